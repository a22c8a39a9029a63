// One way for the front's answer hooks (the dialect's status and charset, a fault's rewrite of the body) to change an
// answer the front's modules write as the fault-free front would: hold the status and headers until the body comes,
// then write what the hook makes of the three. Hooks chain: each one installed wraps the one before.
import type { ServerResponse } from 'node:http';

export type Headers = Record<string, string | number>;

/** What a hook answers instead: the status, the headers and the body to send. */
export interface HeldAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Holds `res`'s status and headers until its body is written, then sends `reshape`'s answer instead. */
export function reshapeAnswer(res: ServerResponse, reshape: (answer: HeldAnswer) => HeldAnswer): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Headers) => ServerResponse;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  let pending: [number, Headers] | undefined;
  (res as { writeHead: unknown }).writeHead = (status: number, headers: Headers = {}) => {
    pending = [status, headers];
    return res;
  };
  (res as { end: unknown }).end = (chunk?: unknown) => {
    if (!pending) return end(chunk);
    const [status, headers] = pending;
    pending = undefined;
    const answer = reshape({ status, headers, body: chunk });
    writeHead(answer.status, answer.headers);
    return end(answer.body);
  };
}

/** Whether `headers` say JSON. */
export const isJson = (headers: Headers): boolean => /^application\/json\b/i.test(String(headers['content-type'] ?? ''));
