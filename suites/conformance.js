// The one vitest file of a conformance run: it loads every suite file, here at the top of suites/, and hands their
// checks down to the harness, which waits for the target and registers the run's checks (harness/run-file.ts).
// JavaScript, not TypeScript: vitest imports its test file with a new query string every run, which Node's compile
// cache cannot find again, so a TypeScript file here would start Node's type stripper in the checks' worker on every
// run (~0.1 s of CPU) for these lines; every module it imports is found in the cache.
import { MODULE_EXT } from '../core/package.ts';
import { registerRun } from './harness/run-file.ts';

await registerRun(async (name) => (await import(`./${name}.suite${MODULE_EXT}`)).default);
