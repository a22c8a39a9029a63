// HTTP to the target: one keep-alive undici Agent per target, a cookie jar, a per-request deadline that also bounds
// reading the body, a cap on body size, and a redacted transcript of every exchange.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Agent, fetch as undiciFetch } from 'undici';
import { CookieJar } from 'tough-cookie';
import type { Exchange } from '../reporters/model.ts';
import { Redactor } from './redact.ts';

export interface TransportOptions {
  /** The target's origin plus base path, e.g. http://nas:8080/container-station/api/v1 */
  baseUrl: string;
  timeoutMs: number;
  insecure: boolean;
  maxBodyBytes?: number;
  redactor?: Redactor;
}

export type CookieMode = 'jar' | 'none' | 'forged';

/** Per-call context, set by the API layer around one generated-client call. */
export interface CallContext {
  operationId: string;
  extraHeaders?: Record<string, string>;
  cookies?: CookieMode;
  exchange?: Exchange;
  /** A transport failure: the generated client swallows fetch errors, so the API layer rethrows this one. */
  error?: TransportError;
  /** The raw response, read once by the transport. */
  raw?: { status: number; headers: Headers; text: string };
}

export class TransportError extends Error {
  readonly code: 'timeout' | 'refused' | 'reset' | 'tls' | 'dns' | 'too-large' | 'redirect' | 'other';
  constructor(code: TransportError['code'], message: string) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const DEFAULT_MAX_BODY = 8 * 1024 * 1024;

export class Transport {
  readonly baseUrl: string;
  readonly jar = new CookieJar();
  readonly redactor: Redactor;
  readonly context = new AsyncLocalStorage<CallContext>();
  /** Sees every finished exchange (the check wrapper collects a check's transcript with it). */
  onExchange?: (exchange: Exchange) => void;
  readonly #agent: Agent;
  readonly #timeoutMs: number;
  readonly #maxBody: number;

  constructor(opts: TransportOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.redactor = opts.redactor ?? new Redactor();
    this.#timeoutMs = opts.timeoutMs;
    this.#maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
    this.#agent = new Agent({
      keepAliveTimeout: 10_000,
      connect: { rejectUnauthorized: !opts.insecure, timeout: opts.timeoutMs },
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    });
  }

  /** The fetch the generated client is configured with. */
  readonly fetch = async (input: Request): Promise<Response> => {
    const ctx = this.context.getStore();
    const body = input.body ? await input.text() : undefined;
    const headers = new Headers(input.headers);
    for (const [k, v] of Object.entries(ctx?.extraHeaders ?? {})) headers.set(k, v);
    const cookie = this.#cookieHeader(input.url, ctx?.cookies ?? 'jar');
    if (cookie) headers.set('cookie', cookie);
    else headers.delete('cookie');

    const started = performance.now();
    const exchange: Exchange = {
      operationId: ctx?.operationId,
      request: { method: input.method, url: this.redactor.text(input.url), headers: this.redactor.headers(headers), body: body === undefined ? undefined : this.redactor.text(body) },
      durationMs: 0,
    };
    if (ctx) ctx.exchange = exchange;
    try {
      const signal = AbortSignal.timeout(this.#timeoutMs);
      const res = await undiciFetch(input.url, { method: input.method, headers: headers as unknown as Record<string, string>, body, dispatcher: this.#agent, signal, redirect: 'manual' });
      for (const sc of res.headers.getSetCookie()) this.jar.setCookieSync(sc, input.url, { ignoreError: true });
      const text = await readCapped(res, this.#maxBody, signal);
      exchange.response = { status: res.status, headers: this.redactor.headers(res.headers as unknown as Headers), body: this.redactor.text(text) };
      if (ctx) ctx.raw = { status: res.status, headers: res.headers as unknown as Headers, text };
      return new Response(NULL_BODY_STATUSES.has(res.status) ? null : text, { status: res.status, headers: res.headers as unknown as HeadersInit });
    } catch (err) {
      const e = classify(err, this.#timeoutMs, this.#maxBody);
      exchange.error = e.message;
      if (ctx) ctx.error = e;
      throw e;
    } finally {
      exchange.durationMs = Math.round((performance.now() - started) * 10) / 10;
      this.onExchange?.(exchange);
    }
  };

  #cookieHeader(url: string, mode: CookieMode): string {
    if (mode === 'none') return '';
    const real = this.jar.getCookiesSync(url);
    if (mode === 'jar') return real.map((c) => c.cookieString()).join('; ');
    // Same names as the real session (the cookie's name is undocumented), values nobody issued.
    const names = real.length ? real.map((c) => c.key) : ['CS_SESS_ID'];
    return names.map((n) => `${n}=${forgedValue()}`).join('; ');
  }

  /** Record every session cookie value as a secret (call after login). */
  protectSessionCookies(): void {
    for (const c of this.jar.getCookiesSync(this.baseUrl + '/')) this.redactor.addSecret(c.value, '<session-cookie>');
  }

  sessionCookieNames(): string[] {
    return this.jar.getCookiesSync(this.baseUrl + '/').map((c) => c.key);
  }

  async close(): Promise<void> {
    await this.#agent.close().catch(() => undefined);
  }
}

function forgedValue(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function readCapped(res: Awaited<ReturnType<typeof undiciFetch>>, max: number, signal: AbortSignal): Promise<string> {
  if (!res.body) return '';
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await res.body.cancel().catch(() => undefined);
    throw new TransportError('too-large', `response body of ${declared} bytes exceeds the ${max}-byte limit`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TransportError('too-large', `response body exceeds the ${max}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function classify(err: unknown, timeoutMs: number, max: number): TransportError {
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
  void max;
  return new TransportError('other', `${e.cause?.message ?? e.message ?? String(err)}${code ? ` (${code})` : ''}`);
}
