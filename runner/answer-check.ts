// How one answer of the target is judged against the spec: documented status, JSON Content-Type, the error envelope
// on any status, the body's schema. The same judgement for a run (api.ts, which throws on a problem) and for the
// validating proxy (proxy-record.ts, which records it): a violation means the same thing wherever it was seen.
import { asEnvelope, type ErrorEnvelope } from './docker-py.ts';
import { pointerOf } from './json-pointer.ts';
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

/** The requirement of the spec an answer broke. */
export type Rule = 'no-redirect' | 'no-server-error' | 'json-content-type' | 'json-body' | 'json-depth' | 'status-documented' | 'envelope-schema' | 'envelope-on-error' | 'body-schema';

export const RULE_TEXT: Record<Rule, string> = {
  'no-redirect': 'an operation answers itself; a redirect is never a documented answer',
  'no-server-error': 'a server error (5xx) is never a documented answer',
  'json-content-type': 'every answer is JSON (Content-Type application/json)',
  'json-body': 'the body is well-formed JSON (RFC 8259)',
  'json-depth': `the body nests at most 256 levels deep (no documented answer comes close; deeper ones cannot be validated)`,
  'status-documented': 'the status is one the spec documents for this operation',
  'envelope-schema': 'an error is answered with the error envelope {"error": {"code", "message"}}',
  'envelope-on-error': 'a non-2xx answer carries the error envelope {"error": {"code", "message"}}',
  'body-schema': 'the body matches the response schema the spec documents for this status',
};

export interface AnswerProblem {
  rule: Rule;
  /** One line, as a run's failure states it (after "operation (METHOD path): "). */
  message: string;
  /** Where in the spec document the broken requirement is written (a JSON pointer into the document). */
  specPointer: string;
  /** Schema violations: pointer into the body, expected, actual. */
  violations: Violation[];
}

export type AnswerVerdict =
  | { problem: AnswerProblem }
  | {
      problem?: undefined;
      /** A documented success: 2xx without the error envelope. */
      ok: boolean;
      body: unknown;
      envelope?: ErrorEnvelope;
      /** SHOULD-level departures (an error on a 2xx status, error.code differing from the status). */
      warnings: string[];
      /** The schema the body was validated against (absent when the spec documents none). */
      schemaPointer?: string;
    };

export function responsesPointer(op: SpecOperation): string {
  return pointerOf('paths', op.path, op.method.toLowerCase(), 'responses');
}

export function judgeAnswer(op: SpecOperation, raw: JudgedAnswer, opts: JudgeOptions = {}): AnswerVerdict {
  const responses = responsesPointer(op);
  const problem = (rule: Rule, message: string, specPointer = responses, violations: Violation[] = []): AnswerVerdict => ({ problem: { rule, message, specPointer, violations } });
  const status = raw.status;
  if (status >= 300 && status < 400) return problem('no-redirect', `answered a redirect (HTTP ${status} to ${raw.headers.get('location') ?? 'nowhere'}), which the spec does not document`);
  if (status >= 500) return problem('no-server-error', `answered HTTP ${status}; a server error is never a documented answer (body: ${snippet(raw.text)})`);
  const contentType = raw.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(contentType)) {
    return problem('json-content-type', `expected a JSON body (Content-Type application/json), got Content-Type "${contentType || 'none'}" and body ${snippet(raw.text)}`, responses, [{ pointer: '', expected: 'Content-Type application/json', actual: contentType || 'none' }]);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    return problem('json-body', raw.text.startsWith('\uFEFF') ? 'the JSON body starts with a byte order mark (U+FEFF), which RFC 8259 §8.1 forbids on the network' : `expected a JSON body, got unparseable text ${snippet(raw.text)}`);
  }
  const depth = jsonDepth(body);
  if (depth > MAX_JSON_DEPTH) return problem('json-depth', `the JSON body is nested ${depth} levels deep; cs-conformance does not process answers nested deeper than ${MAX_JSON_DEPTH} levels`);
  // The spec's x-cs-error-envelope says on which statuses a top-level "error" makes the answer an error (200 too).
  const envelopeRule = errorEnvelopeFor(status);
  const envelope = envelopeRule ? asEnvelope(body) : undefined;
  const is2xx = status >= 200 && status < 300;
  const key = responseKeyFor(op, status);
  if (!key) return problem('status-documented', `answered HTTP ${status}, which the spec does not document for this operation`, responses, [{ pointer: '', expected: `one of HTTP ${Object.keys(op.responses).join(', ')}`, actual: `HTTP ${status}` }]);

  if (envelopeRule && envelope) {
    const violations = validateAgainst(envelopeRule.schemaPointer, body);
    if (violations.length) return problem('envelope-schema', `error envelope does not match the spec: ${formatViolations(violations)}`, envelopeRule.schemaPointer, violations);
    const warnings: string[] = [];
    if (is2xx) warnings.push(`an error (error.code ${envelope.code}) was answered with HTTP ${status}; it SHOULD carry a 4xx status`);
    // Prism picks 401 (security) and 422 (request validation) itself and fills the body from the documented example.
    else if (envelope.code !== status && !(opts.mock && (status === 401 || status === 422))) warnings.push(`HTTP status ${status} differs from error.code ${envelope.code}`);
    return { ok: false, body, envelope, warnings, schemaPointer: envelopeRule.schemaPointer };
  }
  if (!is2xx) {
    if (opts.allowPlainJsonError && typeof body === 'object' && body !== null) return { ok: false, body, warnings: [] };
    return problem('envelope-on-error', `answered HTTP ${status} without the error envelope {"error": {"code", "message"}}: ${snippet(raw.text)}`, ENVELOPE_SCHEMA, [{ pointer: '/error', expected: 'the error envelope', actual: snippet(raw.text) }]);
  }
  const pointer = op.schemaPointers[key];
  if (pointer) {
    const violations = validateAgainst(pointer, body);
    if (violations.length) return problem('body-schema', `response (HTTP ${status}) does not match the spec: ${formatViolations(violations)}`, pointer, violations);
  }
  return { ok: true, body, warnings: [], schemaPointer: pointer };
}

export function formatViolations(violations: { pointer: string; expected: string; actual: string }[]): string {
  return violations.map((v) => `at ${v.pointer} expected ${v.expected}, got ${v.actual}`).join('; ');
}

export function snippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '(empty)';
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}
