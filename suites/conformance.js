// The one vitest file of a conformance run; what it does is in lib/run-file.ts. JavaScript, not TypeScript: vitest
// imports its test file with a new query string every run, which Node's compile cache cannot find again, so a
// TypeScript file here would start Node's type stripper in the checks' worker on every run (~0.1 s of CPU) for
// these two lines; every module it imports is found in the cache.
import { registerRun } from './lib/run-file.ts';

await registerRun();
