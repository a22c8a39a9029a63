// The one vitest file of a conformance run: connects to the target the runner provided, loads the suites and
// registers their checks (lib/register.ts). One file, so that checks of every suite can run side by side and the
// suites load in one go.
import { inject } from 'vitest';
import { MODULE_EXT } from '../runner/package.ts';
import { SUITES } from './catalogue.ts';
import type { SuiteBodies } from './lib/define.ts';
import { registerChecks } from './lib/register.ts';
import { connectWorker } from './lib/worker.ts';

const worker = connectWorker(inject('target'));
const wanted = new Set(worker.target.checks);
const suites = SUITES.filter((s) => s.checks.some((c) => wanted.has(c.id)));
const bodies: SuiteBodies[] = await Promise.all(suites.map(async (s) => (await import(`./${s.name}.suite${MODULE_EXT}`)).default));
registerChecks(worker, suites, bodies);
