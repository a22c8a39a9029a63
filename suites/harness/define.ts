// How a suite file declares its checks: `const { check, bodies } = defineSuite('remove')`, then one
// `check('NET-RM-001', async (t) => …)` per check, each under the structured comment that declares it
// (catalogue/declaration.ts). Nothing here runs a check: the run's one vitest file (suites/conformance.js, through harness/run-file.ts) takes the bodies.
import type { CheckScope } from './scope.ts';

export type CheckBody = (t: CheckScope) => Promise<void>;

export interface SuiteBodies {
  name: string;
  /** The check bodies by ID, in the file's order. */
  checks: ReadonlyMap<string, CheckBody>;
}

export function defineSuite(name: string): { check: (id: string, body: CheckBody) => void; bodies: SuiteBodies } {
  const checks = new Map<string, CheckBody>();
  return {
    check(id, body) {
      if (checks.has(id)) throw new Error(`check ${id} is defined twice in suites/${name}.suite`);
      checks.set(id, body);
    },
    bodies: { name, checks },
  };
}
