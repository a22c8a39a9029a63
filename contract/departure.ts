// A departure as the place that saw it describes it, before it becomes a check's finding: its signature, message,
// the requirement it broke and that requirement's evidence, and the exchange that shows it. A judgement of an answer
// is signed by its operation, rule, folded places and (for a rule about it) status; a step a check only needed (a call
// of an operation its declaration does not list) by that operation and its status alone, so that one refused create
// seen by every connect check is one root cause (reporters/findings/signature.ts says how a signature becomes one).
import type { Evidence, Exchange, Signature } from '../reporters/model.ts';
import { RULES, type Rule } from './answer-rules.ts';

/** A departure as the place that saw it describes it, before it becomes a check's Finding. */
export interface Departure {
  signature: Signature;
  message: string;
  /** The requirement it broke (a rule's text, a check's requirement). */
  requirement: string;
  evidence?: Evidence;
  /** The exchange that shows it. */
  exchange?: Exchange;
}

/** What a step that is not the check's own behaviour is held to (the `setup` rule), and a target that does not answer. */
export const STEP_RULES = {
  setup: { text: 'a step the check needs (an operation its requirement is not about) succeeds as documented', evidence: { kind: 'page', why: 'every operation the page documents answers its documented success' } },
  'no-answer': { text: 'every request is answered within --timeout, on an open connection', evidence: { kind: 'page', why: 'every documented request is answered with a JSON document' } },
} as const satisfies Record<string, { text: string; evidence: Evidence }>;

/** The signature of a judgement of an answer of `operationId`. */
export function answerSignature(operationId: string, rule: Rule, status: number, places: readonly string[]): Signature {
  const pointer = places.filter(Boolean).join(',');
  return { operationId, rule, ...(pointer ? { pointer } : {}), ...(RULES[rule].status ? { status } : {}) };
}
