// Operations the front never answers: a NAS whose call hangs (a stuck engine call, a lock never released)
// rather than failing. `--hang inspect` holds every inspect (both paths) open until the client gives up; the seeded
// fault hang-list is the same for GET /networks. The connection stays open, with nothing sent, until the client's
// own deadline ends it or the front closes.

/** What `--hang` accepts, and the front's routes each one holds. */
import type { FaultName } from '../faults.ts';

export const HANG_OPERATIONS = {
  login: ['login'],
  'login-refresh': ['loginRefresh'],
  logout: ['logout'],
  system: ['system'],
  list: ['list'],
  create: ['create'],
  inspect: ['inspect', 'inspectPath'],
  remove: ['remove'],
  connect: ['connect'],
  disconnect: ['disconnect'],
  prune: ['prune'],
} as const satisfies Record<string, readonly string[]>;

export type HangOperation = keyof typeof HANG_OPERATIONS;

export const HANG_NAMES = Object.keys(HANG_OPERATIONS) as HangOperation[];

const isHangOperation = (name: string): name is HangOperation => Object.hasOwn(HANG_OPERATIONS, name);

/** The front's route kinds that are never answered, for `--hang` operations and the hang-list fault. */
export function hangingRoutes(operations: readonly string[], faults: ReadonlySet<FaultName>): ReadonlySet<string> {
  const unknown = operations.filter((op) => !isHangOperation(op));
  if (unknown.length) throw new Error(`unknown --hang operation(s): ${unknown.join(', ')} (known: ${HANG_NAMES.join(', ')})`);
  const ops = [...operations, ...(faults.has('hang-list') ? ['list'] : [])] as HangOperation[];
  return new Set(ops.flatMap((op) => HANG_OPERATIONS[op]));
}
