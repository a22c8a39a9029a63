// What a check declares about itself: the catalogue entries read by `cs-conformance list`, suites/requirements.md
// and the reports. Declared as data, beside each suite.
import type { Level } from '../../reporters/model.ts';
import type { OperationId } from '../../runner/api.ts';

/** What a check needs from the target; a missing need skips the check with its reason. */
export type Need = 'state' | 'container' | 'destructive' | 'login';

export interface CheckDef {
  id: string;
  level: Level;
  /** One sentence with MUST, SHOULD or MAY-INFO. */
  requirement: string;
  operations: OperationId[];
  needs?: Need[];
}

export interface SuiteDef {
  name: string;
  title: string;
  /** Runs last and alone (prune). */
  exclusive?: boolean;
  checks: CheckDef[];
}

/** The target, as the runner hands it to the suites (vitest `provide`). */
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    target: ProvidedTarget;
  }
}
