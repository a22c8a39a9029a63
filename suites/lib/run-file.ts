// What the one vitest file of a conformance run (suites/conformance.js) does: loads every suite, waits for the target
// the runner hands over, connects to it and registers the run's checks (register.ts). One file, so that checks of
// every suite can run side by side and the suites load in one go, while the runner is still starting the mock and
// logging in.
import { inject } from 'vitest';
import { MODULE_EXT } from '../../runner/package.ts';
import { receiveTarget } from '../../runner/target-channel.ts';
import { SUITES } from '../catalogue.ts';
import type { SuiteBodies } from './define.ts';
import { registerChecks } from './register.ts';
import { connectWorker } from './worker.ts';

/** Registers the run's checks with vitest: called at the top level of the run's vitest file, while vitest collects it. */
export async function registerRun(): Promise<void> {
  const bodies: SuiteBodies[] = await Promise.all(SUITES.map(async (s) => (await import(`../${s.name}.suite${MODULE_EXT}`)).default));
  const channel = inject('targetChannel');
  const target = await receiveTarget(channel);
  if (target) {
    const wanted = new Set(target.checks);
    const suites = SUITES.filter((s) => s.checks.some((c) => wanted.has(c.id)));
    registerChecks(connectWorker(target, channel), suites, bodies.filter((b) => suites.some((s) => s.name === b.name)));
  }
}
