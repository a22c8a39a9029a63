// The result of one conformance run: what every reporter (JUnit, HTML, summary, results.json, diff) reads.
// Secrets never reach this model: transcripts are redacted when they are recorded.

export type CheckStatus = 'pass' | 'fail' | 'skip' | 'error';
export type Level = 'MUST' | 'SHOULD' | 'INFO';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** One HTTP exchange with the target, already redacted (session cookie and password replaced by placeholders). */
export interface Exchange {
  operationId?: string;
  /** When the request was sent (ISO 8601); absent in results written before it was recorded. */
  startedAt?: string;
  request: RecordedRequest;
  response?: RecordedResponse;
  /** Transport failure (timeout, reset, refused), when there is no response. */
  error?: string;
  durationMs: number;
}

export interface CheckResult {
  /** Stable requirement ID, e.g. NET-CREATE-003. */
  id: string;
  suite: string;
  /** The source file of the check, relative to the repository (what CI annotations link to). */
  file?: string;
  level: Level;
  /** One sentence with MUST / SHOULD / MAY-INFO. */
  requirement: string;
  /** operationIds of the spec this check exercises. */
  operations: string[];
  status: CheckStatus;
  /** Failure message (requirement, what was sent, expected, actual), skip reason, or error text. */
  reason?: string;
  /** A SHOULD requirement that did not hold outside --strict: the check passes with this warning. */
  warning?: string;
  /** What an INFO check recorded, or notes any check wants in the report. */
  observations?: string[];
  durationMs: number;
  transcript: Exchange[];
  /** A curl command reproducing the failing request, secrets as placeholders. */
  curl?: string;
  /**
   * The check is listed in --known-failures. A failure it covers keeps status `fail` and counts as a known failure
   * (it does not fail the run); `fixed` when the check passed, so the entry should be removed from the file.
   */
  knownFailure?: KnownFailureMark;
}

export interface KnownFailureMark {
  /** The entry's ID or glob, as written in the file. */
  entry: string;
  reason: string;
  fixed?: boolean;
}

export interface SuiteResult {
  name: string;
  checks: CheckResult[];
}

export interface OperationCoverage {
  operationId: string;
  method: string;
  path: string;
  exercised: boolean;
  /** Every check exercising it passed (skips excluded); false when any failed or when not exercised. */
  passed: boolean;
}

export interface RunResult {
  tool: { name: string; version: string };
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  spec: { title: string; version: string };
  target: { kind: 'mock' | 'url'; origin: string; basePath: string };
  /** From GET /system; `unknownReason` says why a version is missing. */
  system: { containerStation?: string; firmware?: string; docker?: string; unknownReason?: string };
  /** Options in effect, secrets excluded. */
  options: Record<string, string | number | boolean | string[]>;
  suites: SuiteResult[];
  /**
   * Exclusive counts adding up to the number of checks: a pass with a warning counts as `warn`, not `pass`; a failure
   * listed in --known-failures as `known`, not `fail` (absent in results written before known failures existed).
   */
  totals: { pass: number; fail: number; skip: number; error: number; warn: number; known?: number };
  verdict: 'conformant' | 'not-conformant';
  operations: OperationCoverage[];
  /** Why the run stopped before its end (SIGTERM, a fatal condition): the checks it did not finish are skipped. */
  interrupted?: string;
}
