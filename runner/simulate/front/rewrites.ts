// The seeded faults declared wholly in their row of the table (../faults.ts `rewrites`): once the front has routed a
// request, every successful JSON answer of an operation such a fault names goes through the row's function, and the
// front sends what it returns. The front's modules write their answers as the fault-free front would; nothing else of
// the front knows about these faults.
import type { ServerResponse } from 'node:http';
import type { OperationId } from '../../wire/api.ts';
import type { AnswerRewrite, Fault } from '../faults.ts';

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
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string | number>) => ServerResponse;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  let pending: [number, Record<string, string | number>] | undefined;
  (res as { writeHead: unknown }).writeHead = (status: number, headers: Record<string, string | number> = {}) => {
    pending = [status, headers];
    return res;
  };
  (res as { end: unknown }).end = (chunk?: unknown) => {
    if (!pending) return end(chunk);
    const [status, headers] = pending;
    pending = undefined;
    if (status < 200 || status > 299 || typeof chunk !== 'string' || !/^application\/json\b/i.test(String(headers['content-type'] ?? ''))) {
      writeHead(status, headers);
      return end(chunk);
    }
    const text = JSON.stringify(chain.reduce<unknown>((body, rewrite) => rewrite(body), JSON.parse(chunk)));
    writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) });
    return end(text);
  };
}
