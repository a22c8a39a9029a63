// How one answer of the target is judged against the spec: JSON Content-Type, the error envelope on any status, the
// body's schema, and the status. The same judgement for a run (api.ts, which throws on a problem) and for the
// validating proxy (proxy-record.ts, which records it): a violation means the same thing wherever it was seen. What
// the page shows (JSON answers, the envelope, the captured bodies) is a problem; what is only inferred (every status,
// since the page shows none) is a warning naming its quirk (answer-rules.ts holds each rule's evidence).
import type { Evidence } from '../reporters/model.ts';
import { RULES, type Rule } from './answer-rules.ts';
import { asEnvelope, type ErrorEnvelope } from './docker-py.ts';
import { pointerOf } from './json-pointer.ts';
import { placeInSchema } from './schema-walk.ts';
import { errorEnvelopeFor, responseKeyFor, type SpecOperation } from './spec.ts';
import { validateAgainst, type Violation } from './validator.ts';

export const ENVELOPE_SCHEMA = '/components/schemas/ErrorEnvelope';
/** Deeper answers would overflow the validator's and the reporters' recursion. */
const MAX_JSON_DEPTH = 256;

/** How deeply a parsed JSON value nests (iteratively: the value may be deeper than the call stack allows). */
function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_JSON_DEPTH) break;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** The parts of an answer the judgement reads. */
export interface JudgedAnswer {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
}

export interface JudgeOptions {
  /** The target is the Prism mock, which picks 401 and 422 itself (no warning about error.code). */
  mock?: boolean;
  /** Accept a 4xx JSON body that is not the envelope (session and bad-input checks). */
  allowPlainJsonError?: boolean;
}

export { RULES, RULE_TEXT, type Rule } from './answer-rules.ts';

export interface AnswerProblem {
  rule: Rule;
  /** One line, as a run's failure states it (after "operation (METHOD path): "). */
  message: string;
  /** Where in the spec document the broken requirement is written (a JSON pointer into the document). */
  specPointer: string;
  /** Schema violations: pointer into the body, expected, actual. */
  violations: Violation[];
  /** The places in the body it went wrong, folded (array indexes and map keys as `*`), for the departure's signature. */
  places: string[];
  evidence: Evidence;
}

/** A departure from an inferred rule: a SHOULD warning that names the quirk. */
export interface AnswerWarning {
  rule: Rule;
  /** One line, ending with the quirk id in parentheses. */
  message: string;
  places: string[];
  evidence: Evidence;
}

export type AnswerVerdict =
  | { problem: AnswerProblem }
  | {
      problem?: undefined;
      /** A documented success: 2xx without the error envelope. */
      ok: boolean;
      body: unknown;
      envelope?: ErrorEnvelope;
      /** Departures from inferred rules (statuses, inferred schema nodes): SHOULD warnings. */
      warnings: AnswerWarning[];
      /** The schema the body was validated against (absent when the spec documents none). */
      schemaPointer?: string;
    };

export function responsesPointer(op: SpecOperation): string {
  return pointerOf('paths', op.path, op.method.toLowerCase(), 'responses');
}

/** A warning about an inferred rule, its message naming the quirk. */
function warning(rule: Rule, message: string, places: string[] = [], evidence: Evidence = RULES[rule].evidence): AnswerWarning {
  return { rule, message: evidence.quirk ? `${message} (${evidence.quirk})` : message, places, evidence };
}

/** The folded places of schema violations, distinct and sorted. */
function placesOf(schemaPointer: string, violations: Violation[]): string[] {
  return [...new Set(violations.map((v) => placeInSchema(schemaPointer, v.pointer).folded))].sort();
}

/** The documented success the spec declares (200, or the 2XX range), for a success on another 2xx. */
function successKey(op: SpecOperation): string | undefined {
  return Object.keys(op.responses).find((k) => /^2(\d\d|XX)$/i.test(k));
}

export function judgeAnswer(op: SpecOperation, raw: JudgedAnswer, opts: JudgeOptions = {}): AnswerVerdict {
  const responses = responsesPointer(op);
  const problem = (rule: Rule, message: string, specPointer = responses, violations: Violation[] = [], places: string[] = []): AnswerVerdict => ({
    problem: { rule, message, specPointer, violations, places, evidence: RULES[rule].evidence },
  });
  const status = raw.status;
  if (status >= 300 && status < 400) return problem('no-redirect', `answered a redirect (HTTP ${status} to ${raw.headers.get('location') ?? 'nowhere'}), which the spec does not document`);
  if (status < 200) return problem('no-redirect', `answered HTTP ${status} as its final answer, which the spec does not document`);
  const serverError = status >= 500;
  const notTheEnvelope = () => problem('no-server-error', `answered HTTP ${status} without the error envelope; a server error is never a documented answer (body: ${snippet(raw.text)})`);
  const contentType = raw.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(contentType)) {
    if (serverError) return notTheEnvelope();
    return problem('json-content-type', `expected a JSON body (Content-Type application/json), got Content-Type "${contentType || 'none'}" and body ${snippet(raw.text)}`, responses, [{ pointer: '', expected: 'Content-Type application/json', actual: contentType || 'none' }]);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    if (serverError) return notTheEnvelope();
    return problem('json-body', raw.text.startsWith('\uFEFF') ? 'the JSON body starts with a byte order mark (U+FEFF), which RFC 8259 §8.1 forbids on the network' : `expected a JSON body, got unparseable text ${snippet(raw.text)}`);
  }
  const depth = jsonDepth(body);
  if (depth > MAX_JSON_DEPTH) return problem('json-depth', `the JSON body is nested ${depth} levels deep; cs-conformance does not process answers nested deeper than ${MAX_JSON_DEPTH} levels`);
  // The spec's x-cs-error-envelope says on which statuses a top-level "error" makes the answer an error (any, but 3xx).
  const envelopeRule = errorEnvelopeFor(status);
  const envelope = envelopeRule ? asEnvelope(body) : undefined;
  const is2xx = status >= 200 && status < 300;

  if (envelopeRule && envelope) {
    const violations = validateAgainst(envelopeRule.schemaPointer, body);
    if (violations.length) {
      if (serverError) return notTheEnvelope();
      return problem('envelope-schema', `error envelope does not match the spec: ${formatViolations(violations)}`, envelopeRule.schemaPointer, violations, placesOf(envelopeRule.schemaPointer, violations));
    }
    const warnings: AnswerWarning[] = [];
    // The page shows error bodies, never their statuses: which status carries an error is inferred.
    if (is2xx) warnings.push(warning('error-status', `an error (error.code ${envelope.code}) was answered with HTTP ${status}; it SHOULD carry a 4xx status`));
    else if (serverError) warnings.push(warning('server-error-status', `an error (error.code ${envelope.code}) was answered with HTTP ${status}; it SHOULD carry a 4xx status, not a server error`));
    // Prism picks 401 (security) and 422 (request validation) itself and fills the body from the documented example.
    else if (envelope.code !== status && !(opts.mock && (status === 401 || status === 422))) warnings.push(warning('error-code-status', `HTTP status ${status} differs from error.code ${envelope.code}`));
    return { ok: false, body, envelope, warnings, schemaPointer: envelopeRule.schemaPointer };
  }
  if (serverError) return notTheEnvelope();
  if (!is2xx) {
    if (opts.allowPlainJsonError && typeof body === 'object' && body !== null) return { ok: false, body, warnings: [] };
    return problem('envelope-on-error', `answered HTTP ${status} without the error envelope {"error": {"code", "message"}}: ${snippet(raw.text)}`, ENVELOPE_SCHEMA, [{ pointer: '/error', expected: 'the error envelope', actual: snippet(raw.text) }]);
  }
  const warnings: AnswerWarning[] = [];
  let key = responseKeyFor(op, status);
  if (!key) {
    // The page shows no status at all: a success on another 2xx with the documented body is the documented success.
    key = successKey(op);
    warnings.push(warning('status-documented', `HTTP ${status} where ${key ?? '200'} is inferred`));
  }
  const pointer = key ? op.schemaPointers[key] : undefined;
  if (pointer) {
    const violations = validateAgainst(pointer, body);
    const inferredAt = (v: Violation) => placeInSchema(pointer, v.pointer).evidence;
    const must = violations.filter((v) => inferredAt(v)?.kind !== 'inferred');
    if (must.length) return problem('body-schema', `response (HTTP ${status}) does not match the spec: ${formatViolations(must)}`, pointer, must, placesOf(pointer, must));
    if (violations.length) {
      warnings.push(warning('body-schema-inferred', `response (HTTP ${status}) departs from the spec where it is inferred: ${formatViolations(violations)}`, placesOf(pointer, violations), inferredAt(violations[0])));
    }
  }
  return { ok: true, body, warnings, schemaPointer: pointer };
}

export function formatViolations(violations: { pointer: string; expected: string; actual: string }[]): string {
  return violations.map((v) => `at ${v.pointer} expected ${v.expected}, got ${v.actual}`).join('; ');
}

export function snippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '(empty)';
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}
