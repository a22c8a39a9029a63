// The target as the runner hands it to the checks' worker (runner/target-channel.ts), and what the worker hands back
// with each check's result (the test's meta).
import type { CheckResult } from '../../reporters/model.ts';
import type { Placeholder } from '../../runner/redact.ts';

export interface ProvidedTarget {
  baseUrl: string;
  mock: boolean;
  insecure: boolean;
  timeoutMs: number;
  /** The logged-in session's cookie jar, serialized (tough-cookie's JSON text). */
  cookies: string;
  username?: string;
  password?: string;
  container?: string;
  allowDestructive: boolean;
  strict: boolean;
  runId: string;
  seed: number;
  budget: number;
  noWrongPassword: boolean;
  /** The IDs of the checks this run takes, in catalogue order. */
  checks: string[];
  /** How many checks may run at once (1: one after another, in catalogue order). */
  concurrency: number;
  /** Requests per second at most; undefined: unlimited. */
  rateLimit?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The BroadcastChannel the target arrives on (runner/target-channel.ts). */
    targetChannel: string;
  }
  interface TaskMeta {
    check?: CheckResult;
    /** Every secret the worker's Redactor knows, for the runner's (in memory between threads, never written). */
    secrets?: [string, Placeholder][];
  }
}
