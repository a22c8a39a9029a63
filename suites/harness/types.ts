// The target as the runner hands it to the checks' worker (suites/harness/target-channel.ts), and what the worker hands back
// with each check's result (the test's meta).
import type { CheckResult } from '../../reporters/model.ts';
import type { LoginAttempt, LoginEncoding } from '../../wire/login.ts';
import type { FailedLogins } from '../../wire/login-budget.ts';
import type { Placeholder } from '../../core/redaction/redact.ts';

/** The settings of the run (runner/run/settings.ts) that the checks read, handed to their worker as they are. */
export interface CheckSettings {
  insecure: boolean;
  /** The user's container, which the checks may connect to their own networks and disconnect. */
  container?: string;
  allowDestructive: boolean;
  strict: boolean;
  /** Seed of the negative suite's generated bad input; printed in every run. Fixed unless given; `--seed random` draws one. */
  seed: number;
  /** How many generated requests the negative suite may send. */
  budget: number;
  /** Skip the one deliberate wrong-password login (NAS units block addresses after repeated failures). */
  noWrongPassword: boolean;
  /** How many checks run at the same time (1..64); 1: one after another, in catalogue order. */
  concurrency: number;
  /** At most this many requests per second to the target; undefined: unlimited. */
  rateLimit?: number;
}

export const CHECK_SETTINGS = ['insecure', 'container', 'allowDestructive', 'strict', 'seed', 'budget', 'noWrongPassword', 'concurrency', 'rateLimit'] as const satisfies readonly (keyof CheckSettings)[];

/**
 * How long one check may take before it is reported as not ending: a check sends a few dozen requests at most, each
 * bounded by --timeout. Counted from when the check starts its work, not while it waits for a slot.
 */
export function checkTimeoutMs(requestTimeoutMs: number): number {
  return requestTimeoutMs * 30 + 5_000;
}

/** What the run hands the checks' worker: the settings the checks read, where the target is, and what the run learned. */
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
  /** The runner's logins (each encoding it tried, redacted, the last one accepted): the session suite's check of the encodings reads them. */
  login?: { encoding: LoginEncoding; attempts: LoginAttempt[] };
  /** The run's failed-login budget as the runner left it (wire/login-budget.ts). */
  failedLogins: FailedLogins;
}

/** The worker's session as it stands when a check ends: handed back to the runner with the check's result. */
export interface WorkerSession {
  /** How often the worker renewed the session so far. */
  renewals: number;
  failedLogins: FailedLogins;
}

/** Every name a run gives a network starts so: cs-conformance-<run id>-<purpose> (harness/worker.ts resourceName). */
export const NAME_PREFIX = 'cs-conformance-';

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
    /** The BroadcastChannel the target arrives on (suites/harness/target-channel.ts). */
    targetChannel: string;
  }
  interface TaskMeta {
    check?: CheckResult;
    /**
     * The secrets the worker's Redactor learned since the previous check's result, for the runner's (in memory between
     * threads, never written): each result carries only what is new, so that the cost stays flat however many
     * cookie values the target issues.
     */
    secrets?: [string, Placeholder][];
    session?: WorkerSession;
    /** Every Id the check's creates answered: the run's final sweep removes any still there by it (runner/run/sweep.ts). */
    created?: string[];
  }
}
