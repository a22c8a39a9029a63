// What the fault runs are held to, beside each fault's own row of the table (runner/simulate/faults.ts: strict, its
// root-cause bound) and the checks that name it (their `Faults:` line): every MUST and SHOULD check of the catalogue
// names at least one fault, and is seen failing in that fault's run.
import type { FaultName } from '../../runner/simulate/faults.ts';
import { catchersOf, SUITES } from '../../suites/index.ts';

/** The IDs of every MUST and SHOULD check of the catalogue: each must have a seeded fault that it catches. */
export const GRADED_CHECKS: readonly string[] = SUITES.flatMap((s) => s.checks).filter((c) => c.level === 'MUST' || c.level === 'SHOULD').map((c) => c.id);

/** The graded checks that no fault run showed failing among the checks that fault is expected to be caught by. */
export function checksNeverCaught(outcomes: readonly { fault: FaultName; failed: readonly string[] }[]): string[] {
  const caught = new Set(outcomes.flatMap((o) => catchersOf(o.fault).checks.map((c) => c.id).filter((id) => o.failed.includes(id))));
  return GRADED_CHECKS.filter((id) => !caught.has(id));
}
