// The switches a simulated NAS takes on its command line, shared by `cs-conformance simulate` (command.ts) and the
// Docker-backed reference target (test/reference-target/docker-target.ts): seeded faults, latency, the base path,
// the dialect (front/shape/dialect.ts), the session switches (front/sessions.ts), another user's networks, a busy client
// and operations that never answer. Every bad value is a one-line Error naming the flag and what it takes.
import { CROWD_MAX_OTHERS } from './engine/crowd.ts';
import { activeFaults, type FaultName } from './faults.ts';
import { DIALECT_FLAGS, dialectFrom, type Dialect } from './front/shape/dialect.ts';
import { HANG_NAMES, hangingRoutes } from './front/hang.ts';
import { parseLatency } from './front/latency.ts';
import { SESSION_FLAGS, sessionOptionsFrom, type SessionOptions } from './front/sessions.ts';

/** The flags, for node:util parseArgs. */
export const TARGET_FLAGS = {
  fault: { type: 'string', multiple: true },
  latency: { type: 'string' },
  'base-path': { type: 'string' },
  others: { type: 'string' },
  busy: { type: 'boolean' },
  hang: { type: 'string', multiple: true },
  ...DIALECT_FLAGS,
  ...SESSION_FLAGS,
} as const;

type FlagValue<F> = F extends { type: 'boolean' } ? boolean : F extends { multiple: true } ? string[] : string;
export type TargetFlagValues = { [K in keyof typeof TARGET_FLAGS]?: FlagValue<(typeof TARGET_FLAGS)[K]> };

/** What the flags set, as the simulator's and the Docker target's options take them. */
export interface TargetSwitches {
  faults: FaultName[];
  latencyMs?: number;
  basePath?: string;
  others?: number;
  busy?: boolean;
  hang: string[];
  dialect: Dialect;
  session: SessionOptions;
}

/** The switches the parsed flags set; throws a one-line Error for a bad value. */
export function targetSwitchesFrom(values: TargetFlagValues): TargetSwitches {
  const out: TargetSwitches = {
    faults: [...activeFaults(values.fault ?? [])],
    hang: values.hang ?? [],
    dialect: dialectFrom(values),
    session: sessionOptionsFrom(values),
  };
  // The operations are checked now, before anything starts.
  hangingRoutes(out.hang, new Set());
  if (values.latency !== undefined) out.latencyMs = parseLatency(values.latency);
  const basePath = values['base-path'];
  if (basePath !== undefined) {
    if (!/^\/[\w./-]*$/.test(basePath)) throw new Error(`--base-path takes a path like /containerstation/api/v1, got ${JSON.stringify(basePath)}`);
    out.basePath = basePath;
  }
  if (values.others !== undefined) {
    if (!/^\d+$/.test(values.others) || Number(values.others) > CROWD_MAX_OTHERS) {
      throw new Error(`--others takes a whole number of networks from 0 to ${CROWD_MAX_OTHERS}, got ${JSON.stringify(values.others)}`);
    }
    out.others = Number(values.others);
  }
  if (values.busy) out.busy = true;
  return out;
}

export const TARGET_USAGE = `[--fault NAME]... [--latency MS] [--base-path PATH] [--others N] [--busy] [--hang ${HANG_NAMES.join('|')}]...`;
