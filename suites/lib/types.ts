// The target as the runner hands it to the checks' worker (runner/target-channel.ts), and what the worker hands back
// with each check's result (the test's meta).
import type { CheckResult } from '../../reporters/model.ts';
import type { LoginAttempt, LoginEncoding } from '../../runner/login.ts';
import type { FailedLogins } from '../../runner/login-budget.ts';
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
  /** The runner's logins (each encoding it tried, redacted, the last one accepted): SESSION-006 reads them. */
  login?: { encoding: LoginEncoding; attempts: LoginAttempt[] };
  /** The run's failed-login budget as the runner left it (runner/login-budget.ts). */
  failedLogins: FailedLogins;
}

/** The worker's session as it stands when a check ends: handed back to the runner with the check's result. */
export interface WorkerSession {
  /** How often the worker renewed the session so far. */
  renewals: number;
  failedLogins: FailedLogins;
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
    /**
     * The secrets the worker's Redactor learned since the previous check's result, for the runner's (in memory between
     * threads, never written): each result carries only what is new, so that the cost stays flat however many
     * cookie values the target issues.
     */
    secrets?: [string, Placeholder][];
    session?: WorkerSession;
    /** Every Id the check's creates answered: the run's final sweep removes any still there by it (runner/sweep.ts). */
    created?: string[];
  }
}
