// The seeded faults declared wholly in their row of the table (../faults.ts `rewrites`): once the front has routed a
// request, every successful JSON answer of an operation such a fault names goes through the row's function, and the
// front sends what it returns. The front's modules write their answers as the fault-free front would; nothing else of
// the front knows about these faults.
import type { ServerResponse } from 'node:http';
import type { OperationId } from '../../../../wire/api.ts';
import type { AnswerRewrite, Fault } from '../../faults.ts';
import { isJson, reshapeAnswer } from './held-answer.ts';

export type Rewrites = ReadonlyMap<OperationId, readonly AnswerRewrite['body'][]>;

/** The active faults' rewrites, by the operation they rewrite, in the table's order. */
export function rewritesOf(faults: readonly Fault[]): Rewrites {
  const byOperation = new Map<OperationId, AnswerRewrite['body'][]>();
  for (const { rewrites } of faults) {
    for (const op of rewrites?.operations ?? []) byOperation.set(op, [...(byOperation.get(op) ?? []), rewrites!.body]);
  }
  return byOperation;
}

/**
 * Rewrites the answer `res` is about to send for `operation`, when an active fault rewrites that operation: it holds
 * the status and headers the front writes until it sees the body, then writes the rewritten body with its own length.
 * Errors and pages other than JSON pass untouched.
 */
export function rewriting(res: ServerResponse, operation: OperationId, rewrites: Rewrites): void {
  const chain = rewrites.get(operation);
  if (!chain) return;
  reshapeAnswer(res, (answer) => {
    const { status, headers, body } = answer;
    if (status < 200 || status > 299 || typeof body !== 'string' || !isJson(headers)) return answer;
    const text = JSON.stringify(chain.reduce<unknown>((b, rewrite) => rewrite(b), JSON.parse(body)));
    return { status, headers: { ...headers, 'content-length': Buffer.byteLength(text) }, body: text };
  });
}
