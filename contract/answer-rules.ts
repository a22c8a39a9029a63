// The rules of the answer judgement (answer-check.ts), each with the evidence behind it, in one table. A rule the page
// shows (every answer it shows is a JSON document, every error it shows the envelope, every body it captured) fails a
// MUST; a rule that is only inferred (the statuses, which the page never shows) is a SHOULD warning naming the spec's
// x-cs-quirks id. `status`: the rule is about the status, so the status is part of a departure's signature.
import type { Evidence } from '../reporters/model.ts';

export type Rule =
  | 'no-redirect'
  | 'no-server-error'
  | 'json-content-type'
  | 'json-body'
  | 'json-depth'
  | 'envelope-schema'
  | 'envelope-on-error'
  | 'body-schema'
  | 'status-documented'
  | 'error-status'
  | 'error-code-status'
  | 'server-error-status'
  | 'body-schema-inferred';

export interface RuleInfo {
  /** The requirement, as a report states it. */
  text: string;
  /** MUST: a departure fails; SHOULD: a departure warns (an inferred rule). */
  level: 'MUST' | 'SHOULD';
  evidence: Evidence;
  /** The rule is about the answer's status (the status joins its signature). */
  status: boolean;
}

const ANSWERS_ARE_JSON = 'every answer the page shows is a JSON document (captured through python -mjson.tool)';
const ERRORS_ARE_ENVELOPES = 'every error the page shows is the envelope {"error": {"code", "message"}}';

const page = (why: string): Evidence => ({ kind: 'page', why });
const inferred = (quirk: string, why: string): Evidence => ({ kind: 'inferred', why: `${quirk}: ${why}`, quirk });

export const RULES: Record<Rule, RuleInfo> = {
  'no-redirect': { level: 'MUST', status: true, text: 'an operation answers itself with a final status; a redirect is never a documented answer', evidence: page(ANSWERS_ARE_JSON) },
  'no-server-error': { level: 'MUST', status: true, text: 'a server error (5xx) that is not the error envelope is never a documented answer', evidence: page(ERRORS_ARE_ENVELOPES) },
  'json-content-type': { level: 'MUST', status: false, text: 'every answer is JSON (Content-Type application/json)', evidence: page(ANSWERS_ARE_JSON) },
  'json-body': { level: 'MUST', status: false, text: 'the body is well-formed JSON (RFC 8259)', evidence: page(ANSWERS_ARE_JSON) },
  'json-depth': { level: 'MUST', status: false, text: 'the body nests at most 256 levels deep (no documented answer comes close; deeper ones cannot be validated)', evidence: page('no answer the page shows nests more than a few levels deep') },
  'envelope-schema': { level: 'MUST', status: false, text: 'an error is answered with the error envelope {"error": {"code", "message"}}', evidence: page(ERRORS_ARE_ENVELOPES) },
  'envelope-on-error': { level: 'MUST', status: false, text: 'a non-2xx answer carries the error envelope {"error": {"code", "message"}}', evidence: page(ERRORS_ARE_ENVELOPES) },
  'body-schema': {
    level: 'MUST',
    status: true,
    text: 'the body matches the response schema the spec documents for this status',
    evidence: page('the bodies the page captured (a schema node says where its evidence is the engine instead, x-cs-evidence)'),
  },
  'status-documented': {
    level: 'SHOULD',
    status: true,
    text: 'a success is answered with HTTP 200, the status the spec declares',
    evidence: inferred('success-status-inferred', 'the page shows no status; 200 is inferred from two third-party clients'),
  },
  'error-status': {
    level: 'SHOULD',
    status: true,
    text: 'an error is answered with a 4xx status, not a 2xx',
    evidence: inferred('http-200-with-error-envelope', 'the page shows no status; some firmware answers errors with HTTP 200'),
  },
  'error-code-status': {
    level: 'SHOULD',
    status: true,
    text: 'the HTTP status of an error equals its error.code',
    evidence: inferred('status-codes-undocumented', 'the page shows error.code, never the HTTP status beside it'),
  },
  'server-error-status': {
    level: 'SHOULD',
    status: true,
    text: 'an error is answered with a 4xx status, not a 5xx',
    evidence: inferred('status-codes-undocumented', 'the page shows no status; the 4XX of errors is inferred'),
  },
  'body-schema-inferred': {
    level: 'SHOULD',
    status: true,
    text: 'the body matches a part of the response schema that the spec marks as inferred (x-cs-evidence)',
    // Each such node names its own quirk: a departure's evidence is the node's.
    evidence: { kind: 'inferred', why: 'the x-cs-quirks id the schema node names (x-cs-evidence)' },
  },
};

/** Each rule's text, by rule (what the validating proxy's report states). */
export const RULE_TEXT = Object.fromEntries(Object.entries(RULES).map(([rule, info]) => [rule, info.text])) as Record<Rule, string>;
