// The target as the runner hands it to the checks' worker (runner/target-channel.ts), and what the worker hands back
// with each check's result (the test's meta).
import type { CheckResult } from '../../reporters/model.ts';
import type { Placeholder } from '../../runner/redact.ts';
import type { CheckSettings } from '../../runner/settings.ts';

/** The run's settings the checks read (runner/settings.ts CHECK_SETTINGS), and what the run learned. */
export interface ProvidedTarget extends CheckSettings {
  baseUrl: string;
  mock: boolean;
  timeoutMs: number;
  /** The logged-in session's cookie jar, serialized (tough-cookie's JSON text). */
  cookies: string;
  username?: string;
  password?: string;
  runId: string;
  /** The IDs of the checks this run takes, in catalogue order. */
  checks: string[];
}

/**
 * The type of the annotation a check's test makes when it starts its work (a concurrent check may first wait for a
 * slot): the runner's progress reporter counts a check as running from then.
 */
export const CHECK_STARTED = 'cs-conformance:started';

/** The skip reason of a check the run was stopped before it started. */
export const NOT_STARTED = 'interrupted: the run stopped before this check started';
/** The skip reason of a check cut short by a stopped run (it reported no result of its own). */
export const CUT_SHORT = 'interrupted: the run stopped while this check was running';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The BroadcastChannel the target arrives on (runner/target-channel.ts). */
    targetChannel: string;
  }
  interface TaskMeta {
    check?: CheckResult;
    /** Every secret the worker's Redactor knows, for the runner's (in memory between threads, never written). */
    secrets?: [string, Placeholder][];
    /** Every Id the check's creates answered: the run's final sweep removes any still there by it (runner/sweep.ts). */
    created?: string[];
  }
}
