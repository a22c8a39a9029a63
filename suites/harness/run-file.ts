// What the one vitest file of a conformance run (suites/conformance.js) does with the suites it loaded: waits for the
// target the runner hands over, connects to it and registers the run's checks (register.ts). One file, so that checks
// of every suite can run side by side and the suites load in one go, while the runner is still starting the mock and
// logging in.
import { inject } from 'vitest';
import { receiveTarget } from './target-channel.ts';
import { SUITES } from '../catalogue/catalogue.ts';
import type { SuiteBodies } from './define.ts';
import { registerChecks } from './register.ts';
import { connectWorker } from './worker.ts';

/**
 * Registers the run's checks with vitest: called at the top level of the run's vitest file, while vitest collects it.
 * @param load the suite file of that name's checks (the vitest file imports them: the suite files stand above this).
 */
export async function registerRun(load: (name: string) => Promise<SuiteBodies>): Promise<void> {
  const bodies = await Promise.all(SUITES.map((s) => load(s.name)));
  const channel = inject('targetChannel');
  const target = await receiveTarget(channel);
  if (target) {
    const wanted = new Set(target.checks);
    const suites = SUITES.filter((s) => s.checks.some((c) => wanted.has(c.id)));
    registerChecks(connectWorker(target, channel), suites, bodies.filter((b) => suites.some((s) => s.name === b.name)));
  }
}
