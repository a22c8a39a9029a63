// One answer of the target as it comes off the wire: read whole by a handler of undici's dispatcher under a cap on its
// size, its headers as the project reads them, and what a failed exchange means (timeout, refused, reset, TLS…). The
// transport (transport.ts) and the validating proxy (runner/proxy/proxy-forward.ts) both read answers this way.
import type { Dispatcher } from 'undici';

export class TransportError extends Error {
  readonly code: 'timeout' | 'refused' | 'reset' | 'tls' | 'dns' | 'too-large' | 'redirect' | 'other';
  constructor(code: TransportError['code'], message: string) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
  }
}

/** The cap on an answer's body, for the runner and the proxy alike. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** An answer read whole, before the transport records it. */
export interface Collected {
  status: number;
  headers: ResponseHeaders;
  text: string;
}

/** Collects one answer whole, refusing a body over the cap; settles once (answer, error or abort, first wins). */
export class Collector implements Dispatcher.DispatchHandler {
  finally?: () => void;
  /** Called when the exchange fails before any answer started (no status line came back). */
  onNoAnswer?: () => void;
  readonly #max: number;
  readonly #resolve: (c: Collected) => void;
  readonly #reject: (e: unknown) => void;
  #controller?: Dispatcher.DispatchController;
  #abortReason?: Error;
  #settled = false;
  #status = 0;
  #headers?: ResponseHeaders;
  #chunks: Buffer[] = [];
  #size = 0;

  constructor(max: number, resolve: (c: Collected) => void, reject: (e: unknown) => void) {
    this.#max = max;
    this.#resolve = resolve;
    this.#reject = reject;
  }

  /** Ends the exchange now with `reason` (the deadline): the promise rejects even if undici never calls back. */
  abort(reason: Error): void {
    this.#abortReason = reason;
    this.#controller?.abort(reason);
    this.#settle(reason);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    // Aborted while still queued (e.g. connecting): the request must not go out after its deadline.
    if (this.#abortReason) controller.abort(this.#abortReason);
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    this.#status = statusCode;
    this.#headers = new ResponseHeaders(headers);
    // A declared length within the cap is enforced by undici (a longer body is an error).
    const declared = Number(headers['content-length'] ?? NaN);
    if (declared > this.#max) controller.abort(new TransportError('too-large', `response body of ${declared} bytes exceeds the ${this.#max}-byte limit`));
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#size += chunk.byteLength;
    if (this.#size > this.#max) controller.abort(new TransportError('too-large', `response body exceeds the ${this.#max}-byte limit`));
    else this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    const c = this.#chunks;
    const text = c.length === 0 ? '' : c.length === 1 ? c[0].toString('utf8') : Buffer.concat(c).toString('utf8');
    this.#settle(undefined, { status: this.#status, headers: this.#headers ?? new ResponseHeaders({}), text });
  }

  onResponseError(_controller: unknown, err: Error): void {
    this.#settle(err);
  }

  #settle(err: unknown, collected?: Collected): void {
    if (this.#settled) return;
    this.#settled = true;
    this.finally?.();
    if (!collected && this.#status === 0) this.onNoAnswer?.();
    if (collected) this.#resolve(collected);
    else this.#reject(err);
  }
}

/** undici's raw response headers with the two reads this project needs: get() and the Set-Cookie lines. */
export class ResponseHeaders {
  readonly #raw: Record<string, string | string[] | undefined>;
  constructor(raw: Record<string, string | string[] | undefined>) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const v = this.#raw[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  }
  setCookies(): string[] {
    const v = this.#raw['set-cookie'];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  }
  *entries(): IterableIterator<[string, string]> {
    // Set-Cookie lines stay apart (one per line): each one's value is redacted on its own.
    for (const [k, v] of Object.entries(this.#raw)) if (v !== undefined) yield [k, Array.isArray(v) ? v.join(k === 'set-cookie' ? '\n' : ', ') : v];
  }
}

/** The TransportError a failed exchange means (timeout, refused, reset, dns, tls, other), from whatever undici threw. */
export function transportErrorOf(err: unknown, timeoutMs: number): TransportError {
  if (err instanceof TransportError) return err;
  const e = err as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  const code = e.cause?.code ?? e.code ?? '';
  const name = e.name ?? '';
  if (name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) return new TransportError('timeout', `no complete answer within ${timeoutMs} ms`);
  if (code === 'ECONNREFUSED') return new TransportError('refused', 'connection refused');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return new TransportError('reset', 'connection closed by the target before a complete answer');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new TransportError('dns', 'host name not found');
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|SSL/.test(code) || /certificate/i.test(e.cause?.message ?? '')) {
    return new TransportError('tls', `TLS certificate not trusted (${code || 'verification failed'})`);
  }
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return new TransportError('reset', 'truncated answer (Content-Length mismatch)');
  return new TransportError('other', `${e.cause?.message ?? e.message ?? String(err)}${code ? ` (${code})` : ''}`);
}
