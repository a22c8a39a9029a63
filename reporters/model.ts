// The result of one conformance run: what every reporter (JUnit, HTML, summary, results.json, diff) reads.
// Secrets never reach this model: transcripts are redacted when they are recorded.

export type CheckStatus = 'pass' | 'fail' | 'skip' | 'error';
export type Level = 'MUST' | 'SHOULD' | 'INFO';

/**
 * Where a rule comes from: the documentation page says it, the Docker engine under Container Station does it (as
 * measured), or it is inferred (third-party clients, our own reading). An inferred rule never fails a MUST: a departure
 * from it is a SHOULD warning naming the spec's `x-cs-quirks` id (`quirk`).
 */
export interface Evidence {
  kind: 'page' | 'engine' | 'inferred';
  /** Why, in a few words (for `inferred`, it starts with the quirk id). */
  why: string;
  /** The `x-cs-quirks` id of an inferred rule. */
  quirk?: string;
}

/**
 * Where a departure was seen, folded so that the same departure seen by many checks is one root cause: the operation,
 * the rule, the JSON pointer where it went wrong (array indexes and map keys as `*`), and the status when the rule is
 * about it. A check's own assertion carries the check's ID (`rule: 'check'`).
 */
export interface Signature {
  rule: string;
  operationId?: string;
  pointer?: string;
  status?: number;
  check?: string;
}

/** One departure a check saw: the one it failed on, or a warning. */
export interface Finding {
  signature: Signature;
  /** The root cause it belongs to: a stable id derived from the signature (rc-…). */
  rootCause: string;
  /** MUST: the check failed (or was blocked) on it; SHOULD: a warning. */
  level: 'MUST' | 'SHOULD';
  /** The departure, one line (the operation, what was expected, what came back). */
  message: string;
  /** The requirement it broke: the rule's text, or the check's own requirement. */
  requirement: string;
  evidence?: Evidence;
  /** The exchange it was seen in (an index into the check's transcript). */
  exchange?: number;
  curl?: string;
  /** How many times the check saw it. */
  count?: number;
}

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
  /** Stable requirement ID, as its declaration states it (`<AREA>-<nnn>`). */
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
  /** Where the requirement comes from (the declaration's Evidence). */
  evidence?: Evidence;
  /** The departures the check saw: its failure first, then its warnings (absent in results written before). */
  findings?: Finding[];
  /**
   * The root cause (rc-…) that stopped this MUST check at a step it only needed (a call of an operation its
   * declaration does not list, e.g. the create that sets up a connect test): status `error`, reported as blocked.
   */
  blockedBy?: string;
  /**
   * The check is listed in --known-failures. A failure (or a blocked check) it covers keeps its status and counts as a
   * known failure (it does not fail the run); `fixed` when the check passed, so the entry should be removed from the file.
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

/** One departure, reported once, with every check it failed and every check it blocked. */
export interface RootCause {
  /** rc-… (stable across runs: derived from the signature). */
  id: string;
  signature: Signature;
  /** MUST: a check failed or was blocked on it; SHOULD: only warnings. */
  level: 'MUST' | 'SHOULD';
  message: string;
  requirement: string;
  evidence?: Evidence;
  /** Checks that failed on it (or warned, for a SHOULD root cause). */
  checks: string[];
  /** Checks it blocked. */
  blocked: string[];
  /** A MUST root cause's checks that only warned on it (SHOULD checks, which a departure never fails). */
  warned?: string[];
  /** Every check it touched is a listed known failure. */
  known?: boolean;
  /** One exchange that shows it, and its curl line. */
  exchange?: Exchange;
  curl?: string;
}

export interface RunResult {
  tool: { name: string; version: string };
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  spec: { title: string; version: string };
  target: { kind: 'mock' | 'url'; origin: string; basePath: string };
  /**
   * The run's session with the target (absent in results written before it was recorded): how often it was renewed,
   * the login encoding that worked (wire/login.ts: curl-form, json, form-fields), the base path the API answered
   * under, and how many logins were refused (the failed-login budget's spending).
   */
  session?: { renewals: number; login?: string; basePath: string; failedLogins: number };
  /** From GET /system; `unknownReason` says why a version is missing. */
  system: { containerStation?: string; firmware?: string; docker?: string; unknownReason?: string };
  /** Options in effect, secrets excluded. */
  options: Record<string, string | number | boolean | string[]>;
  suites: SuiteResult[];
  /**
   * Exclusive counts adding up to the number of checks: a pass with a warning counts as `warn`, not `pass`; a failure
   * listed in --known-failures as `known`, not `fail` (absent in results written before known failures existed); a check
   * blocked by a root cause as `blocked`, not `error` (absent before root causes existed).
   */
  totals: { pass: number; fail: number; skip: number; error: number; warn: number; known?: number; blocked?: number };
  verdict: 'conformant' | 'not-conformant';
  operations: OperationCoverage[];
  /** Each departure once, MUST first (absent in results written before root causes existed). */
  rootCauses?: RootCause[];
  /** Why the run stopped before its end (SIGTERM, a fatal condition): the checks it did not finish are skipped. */
  interrupted?: string;
}
