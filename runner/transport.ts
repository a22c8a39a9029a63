// HTTP to the target: one keep-alive undici Agent per target, a cookie jar, a per-request deadline that also bounds
// reading the body, a cap on body size, and a redacted transcript of every exchange.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Agent, type Dispatcher } from 'undici';
import { CookieJar, type Cookie } from 'tough-cookie';
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
  raw?: { status: number; headers: ResponseHeaders; text: string };
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

  /** The fetch the generated client is configured with. It sends with undici's dispatcher API (no second fetch layer). */
  readonly fetch = async (input: Request): Promise<Response> => {
    const ctx = this.context.getStore();
    const body = input.body ? await input.text() : undefined;
    const headers: Record<string, string> = {};
    input.headers.forEach((v, k) => (headers[k] = v));
    for (const [k, v] of Object.entries(ctx?.extraHeaders ?? {})) headers[k.toLowerCase()] = v;
    const cookie = this.#cookieHeader(ctx?.cookies ?? 'jar');
    if (cookie) headers.cookie = cookie;
    else delete headers.cookie;

    const started = performance.now();
    const exchange: Exchange = {
      operationId: ctx?.operationId,
      request: { method: input.method, url: this.redactor.text(input.url), headers: this.redactor.headers(Object.entries(headers)), body: body === undefined ? undefined : this.redactor.text(body) },
      durationMs: 0,
    };
    if (ctx) ctx.exchange = exchange;
    // One deadline for the whole exchange, body included: a target that drips bytes cannot outlast it.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new TransportError('timeout', `no complete answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    try {
      const url = new URL(input.url);
      const res = await this.#agent.request({ origin: url.origin, path: url.pathname + url.search, method: input.method as 'GET', headers, body, signal: abort.signal });
      const resHeaders = new ResponseHeaders(res.headers);
      const setCookies = resHeaders.setCookies();
      for (const sc of setCookies) this.jar.setCookieSync(sc, input.url, { ignoreError: true });
      if (setCookies.length) this.#cookieCache = undefined;
      const text = await readCapped(res.body, Number(resHeaders.get('content-length') ?? NaN), this.#maxBody);
      const status = res.statusCode;
      exchange.response = { status, headers: this.redactor.headers(resHeaders.entries()), body: this.redactor.text(text) };
      if (ctx) ctx.raw = { status, headers: resHeaders, text };
      return answer(status, resHeaders, text);
    } catch (err) {
      const e = classify(abort.signal.aborted ? abort.signal.reason : err, this.#timeoutMs);
      exchange.error = e.message;
      if (ctx) ctx.error = e;
      throw e;
    } finally {
      clearTimeout(timer);
      exchange.durationMs = Math.round((performance.now() - started) * 10) / 10;
      this.onExchange?.(exchange);
    }
  };

  /** Stores a cookie (as if the target had set it) and drops the cached Cookie header. */
  setCookie(cookie: Cookie | string): void {
    this.jar.setCookieSync(cookie, this.baseUrl + '/');
    this.#cookieCache = undefined;
  }

  // Every request goes to one origin under one base path, so the jar's answer is the same for all of them until the
  // target sets a cookie: computed once per change instead of per request.
  #cookieCache: Cookie[] | undefined;

  #cookieHeader(mode: CookieMode): string {
    if (mode === 'none') return '';
    const real = (this.#cookieCache ??= this.jar.getCookiesSync(this.baseUrl + '/'));
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

async function readCapped(body: Dispatcher.ResponseData['body'], declared: number, max: number): Promise<string> {
  if (declared > max) {
    body.destroy();
    throw new TransportError('too-large', `response body of ${declared} bytes exceeds the ${max}-byte limit`);
  }
  // A declared length within the cap is enforced by undici (a longer body is an error), so it can be read whole.
  if (declared >= 0) return body.text();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > max) {
      body.destroy();
      throw new TransportError('too-large', `response body exceeds the ${max}-byte limit`);
    }
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
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

function classify(err: unknown, timeoutMs: number): TransportError {
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

/**
 * What the generated client reads of a response — status, ok, headers, text() or json() — over the body this
 * transport has already read and recorded. A WHATWG Response around it would cost more than a local round trip.
 */
function answer(status: number, headers: ResponseHeaders, text: string): Response {
  const body = NULL_BODY_STATUSES.has(status) ? '' : text;
  return {
    status,
    ok: status >= 200 && status < 300,
    headers,
    text: async () => body,
    json: async () => JSON.parse(body),
  } as unknown as Response;
}
