// HTTP to the target: one keep-alive undici Agent per target, a cookie jar, a per-request deadline that also bounds
// reading the body, a cap on body size, and a redacted transcript of every exchange.
import { createRequire } from 'node:module';
import type { Agent, Dispatcher } from 'undici';
import { Cookie, CookieJar } from 'tough-cookie';
import type { Exchange } from '../reporters/model.ts';
import { type Collected, Collector, MAX_BODY_BYTES, type ResponseHeaders, TransportError, transportErrorOf } from './answer.ts';
import { CutShortError, cutShortBy } from './cut-short.ts';
import { RateLimiter } from './rate-limit.ts';
import { Redactor } from '../core/redaction/redact.ts';

/**
 * undici's Agent, from the module that defines it. undici's index also loads its fetch, WebSocket, EventSource, caches
 * and mocks (~90 ms) and, as a side effect, the Agent's convenience methods (request, stream…): the transport uses
 * neither, only the Agent's own dispatch(). Loading the index cost that time at the start of every run, once in the
 * runner's thread and again in the checks' worker. (The proxy, which calls agent.request(), loads the index itself.)
 */
const UndiciAgent: typeof Agent = createRequire(import.meta.url)('undici/lib/dispatcher/agent.js');

export interface TransportOptions {
  /** The target's origin plus base path, e.g. http://nas:8080/container-station/api/v1 */
  baseUrl: string;
  timeoutMs: number;
  insecure: boolean;
  maxBodyBytes?: number;
  redactor?: Redactor;
  /** Spaces the requests (--rate-limit); shared by every transport to one target in a thread. Unlimited if absent. */
  limiter?: RateLimiter;
}

export type CookieMode = 'jar' | 'none' | 'forged';

/**
 * Where one request's exchange is reported: the scope of the check (or the runner's step) that made the call. Passed
 * with each request rather than set on the transport, so that checks sharing one transport side by side each get
 * their own exchanges and nobody else's.
 */
export interface ExchangeRecorder {
  record(exchange: Exchange): void;
}

/** One request, as the generated SDK described it (see sdk-client.ts). */
export interface OutgoingRequest {
  operationId?: string;
  method: string;
  /** Path and query under the base path, e.g. `/networks/abc`. */
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string;
  cookies?: CookieMode;
  recorder?: ExchangeRecorder;
  /**
   * The calling check's signal (suites/harness/deadline.ts): once it aborts, the request is not sent, or, in flight, is
   * abandoned (its connection closed); either way it rejects with a CutShortError.
   */
  signal?: AbortSignal;
}

/** The target's answer, read whole, and the redacted record of the exchange. */
export interface Answer {
  status: number;
  headers: ResponseHeaders;
  text: string;
  exchange: Exchange;
}

/** A transcript keeps this much of each body, so that a long run's reports stay bounded. */
export const TRANSCRIPT_BODY_BYTES = 64 * 1024;
/** Login answers whose token fields are secrets from then on (a `sid` in the JSON, as some firmware sends). */
const LOGIN_OPERATIONS = new Set(['login', 'loginRefresh']);

export class Transport {
  readonly baseUrl: string;
  readonly jar = new CookieJar();
  readonly redactor: Redactor;
  readonly #agent: Agent;
  readonly #origin: string;
  readonly #basePath: string;
  readonly #timeoutMs: number;
  readonly #maxBody: number;
  readonly #limiter: RateLimiter;
  /** Logins that set a cookie so far (see send). */
  #epoch = 0;

  constructor(opts: TransportOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    const url = new URL(this.baseUrl);
    this.#origin = url.origin;
    this.#basePath = url.pathname.replace(/\/+$/, '');
    this.redactor = opts.redactor ?? new Redactor();
    this.#timeoutMs = opts.timeoutMs;
    this.#maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
    this.#agent = targetAgent(opts.timeoutMs, opts.insecure);
    this.#limiter = opts.limiter ?? new RateLimiter();
  }

  /**
   * Sends one request and reads the whole answer. Rejects with a TransportError (timeout, refused, reset, too large,
   * ...); every exchange, failed or not, is recorded and handed to the request's recorder. A request whose signal
   * aborted before it went out rejects with a CutShortError, unsent and unrecorded.
   */
  async send(req: OutgoingRequest): Promise<Answer> {
    const { signal } = req;
    if (signal?.aborted) throw cutShortBy(signal);
    // Before anything of the exchange is timed: a request waiting for its slot is not the target's slowness.
    await this.#limiter.take(signal).catch((err: unknown) => {
      throw signal?.aborted ? cutShortBy(signal) : err;
    });
    if (signal?.aborted) throw cutShortBy(signal);
    const headers = req.headers;
    const cookie = this.#cookieHeader(req.cookies ?? 'jar');
    if (cookie) headers.cookie = cookie;
    else delete headers.cookie;
    const url = this.baseUrl + req.path;
    const exchange: Exchange = {
      operationId: req.operationId,
      startedAt: new Date().toISOString(),
      request: { method: req.method, url: this.redactor.text(url), headers: this.redactor.headers(Object.entries(headers)), body: req.body === undefined ? undefined : this.#record(req.body) },
      durationMs: 0,
    };
    const started = performance.now();
    // An answer to a request sent before the latest login belongs to the session that login replaced: a cookie it
    // sets (a NAS may set a new value on every answer) must not take the new session's place in the jar.
    const epoch = this.#epoch;
    const opensSession = req.operationId === 'login';
    try {
      const res = await this.#exchange(req, headers);
      const setCookies = res.headers.setCookies();
      for (const sc of setCookies) {
        // Every value the target ever sets is a secret, whether or not the jar keeps the cookie.
        const parsed = Cookie.parse(sc);
        if (parsed) this.redactor.addCookie(parsed.key, parsed.value);
        if (opensSession || epoch === this.#epoch) this.jar.setCookieSync(sc, url, { ignoreError: true });
      }
      if (setCookies.length) {
        this.#cookieCache = undefined;
        if (opensSession) this.#epoch++;
      }
      if (req.operationId && LOGIN_OPERATIONS.has(req.operationId)) this.#learnTokens(res.text);
      exchange.response = { status: res.status, headers: this.redactor.headers(res.headers.entries()), body: this.#record(res.text) };
      return { status: res.status, headers: res.headers, text: res.text, exchange };
    } catch (err) {
      // Called off by us, not failed by the target: recorded as such, never as a timeout or a reset.
      if (err instanceof CutShortError) {
        exchange.error = `called off by cs-conformance before the answer was complete: ${err.message}`;
        throw err;
      }
      const e = transportErrorOf(err, this.#timeoutMs);
      exchange.error = e.message;
      throw e;
    } finally {
      exchange.durationMs = Math.round((performance.now() - started) * 10) / 10;
      req.recorder?.record(exchange);
    }
  }

  /**
   * One request on the wire and its whole answer. A keep-alive connection the target closed while it was idle (a
   * server's keep-alive timeout or request limit, met just as the request went out) fails before any byte of an
   * answer: a GET or HEAD, which changes nothing, is then sent once more on a fresh connection; any other method
   * never is, since the target may have acted on it — the check reports the closed connection.
   */
  async #exchange(req: OutgoingRequest, headers: Record<string, string>): Promise<Collected> {
    // Whether the failed attempt had begun to be answered (a status line came back): then it is never sent again.
    let answered = true;
    const { signal } = req;
    const once = () =>
      // undici's dispatcher API with a handler that collects the body: no stream, and no AbortSignal of undici's own
      // (dispatch() takes none): the caller's signal, when it has one, aborts the collector as the deadline does.
      new Promise<Collected>((resolve, reject) => {
        if (signal?.aborted) return reject(cutShortBy(signal));
        const collector = new Collector(this.#maxBody, resolve, reject);
        // One deadline for the whole exchange, body included: a target that drips bytes cannot outlast it.
        const timer = setTimeout(() => collector.abort(new TransportError('timeout', `no complete answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
        const calledOff = () => collector.abort(cutShortBy(signal!));
        signal?.addEventListener('abort', calledOff, { once: true });
        collector.finally = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', calledOff);
        };
        collector.onNoAnswer = () => (answered = false);
        this.#agent.dispatch({ origin: this.#origin, path: this.#basePath + req.path, method: req.method as Dispatcher.HttpMethod, headers, body: req.body }, collector);
      });
    try {
      return await once();
    } catch (err) {
      const safe = req.method === 'GET' || req.method === 'HEAD';
      if (!safe || answered || err instanceof CutShortError || transportErrorOf(err, this.#timeoutMs).code !== 'reset') throw err;
      await this.#limiter.take(signal).catch((e: unknown) => {
        throw signal?.aborted ? cutShortBy(signal) : e;
      });
      return once();
    }
  }

  /** Stores a cookie (as if the target had set it) and drops the cached Cookie header; its value is a secret. */
  setCookie(cookie: Cookie): void {
    this.redactor.addCookie(cookie.key, cookie.value);
    this.jar.setCookieSync(cookie, this.baseUrl + '/');
    this.#cookieCache = undefined;
  }

  /** A body as the transcript keeps it: redacted, then cut to TRANSCRIPT_BODY_BYTES. */
  #record(body: string): string {
    const text = this.redactor.text(body);
    const bytes = Buffer.byteLength(text);
    if (bytes <= TRANSCRIPT_BODY_BYTES) return text;
    // Cut on a character boundary (a lone surrogate would not survive JSON and XML).
    const kept = Buffer.from(text).subarray(0, TRANSCRIPT_BODY_BYTES).toString('utf8').replace(/\uFFFD$/, '');
    return `${kept}… (${bytes - Buffer.byteLength(kept)} bytes more)`;
  }

  /** The token fields of a login answer become secrets (Redactor.learnFields). */
  #learnTokens(text: string): void {
    try {
      this.redactor.learnFields(JSON.parse(text));
    } catch {
      // Not JSON: no fields to learn; the answer is judged elsewhere.
    }
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

  sessionCookieNames(): string[] {
    return this.jar.getCookiesSync(this.baseUrl + '/').map((c) => c.key);
  }

  async close(): Promise<void> {
    await this.#agent.close().catch(() => undefined);
  }
}

/** One keep-alive connection pool to the target, every phase bounded by the request timeout. */
export function targetAgent(timeoutMs: number, insecure: boolean): Agent {
  return new UndiciAgent({
    keepAliveTimeout: 10_000,
    connect: { rejectUnauthorized: !insecure, timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}

function forgedValue(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
