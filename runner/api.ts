// The only way suites talk to a target: the generated SDK (on the client in sdk-client.ts), over our transport, with
// every response checked against the spec. A response that breaks the spec throws a ConformanceFailure naming the
// operation, the JSON pointer, what was expected and what came back.
import type { Client } from '../generated/client/index.ts';
import * as sdk from '../generated/sdk.gen.ts';
import type { Exchange } from '../reporters/model.ts';
import { asEnvelope, parseDockerPyMessage, type DockerPyMessage, type ErrorEnvelope } from './docker-py.ts';
import { errorEnvelopeFor, responseKeyFor, specOperation } from './spec.ts';
import { createSdkClient, type SdkMeta } from './sdk-client.ts';
import type { Answer, CookieMode, Transport } from './transport.ts';
import { validateAgainst } from './validator.ts';

export type OperationId =
  | 'login' | 'loginRefresh' | 'logout' | 'getSystem' | 'listNetworks' | 'createNetwork' | 'pruneNetworks'
  | 'inspectNetwork' | 'inspectNetworkByInspectPath' | 'removeNetwork' | 'connectContainer' | 'disconnectContainer';

/** A departure from the documented contract, raised by the API layer or by a check. */
export class ConformanceFailure extends Error {
  readonly exchange?: Exchange;
  constructor(message: string, exchange?: Exchange) {
    super(message);
    this.name = 'ConformanceFailure';
    this.exchange = exchange;
  }
}

export interface CallOptions {
  /** Path parameter network_id. */
  networkId?: string;
  body?: unknown;
  /** Send this text as the body instead of JSON (bad-input checks). */
  rawBody?: { text: string; contentType: string };
  /** Prism's `Prefer` header (only sent to the mock): `code=404`, `example=nothing`. */
  prefer?: string;
  cookies?: CookieMode;
  /** Accept a 4xx JSON body that is not the envelope (session and bad-input checks). */
  allowPlainJsonError?: boolean;
}

export interface ApiResult<T = unknown> {
  operationId: OperationId;
  status: number;
  /** A documented success: 2xx without the error envelope. */
  ok: boolean;
  body: T;
  envelope?: ErrorEnvelope;
  docker?: DockerPyMessage;
  exchange: Exchange;
}

export interface ApiOptions {
  /** The target is the stateless Prism mock: `prefer` is honoured. */
  mock: boolean;
  /** Called with SHOULD-level departures (an error on a 2xx status, error.code differing from the status). */
  onWarning?: (message: string) => void;
  /** The credentials to log in again, once, when the session expires mid-run (a 401 to the jar's cookie). */
  credentials?: { username: string; password: string };
  /** Told when the session was renewed, or could not be. */
  onNotice?: (message: string) => void;
}

type SdkFn = (options: Record<string, unknown>) => Promise<unknown>;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

export class Api {
  readonly transport: Transport;
  readonly client: Client;
  readonly options: ApiOptions;
  #renewed = false;

  constructor(transport: Transport, options: ApiOptions) {
    this.transport = transport;
    this.options = options;
    this.client = createSdkClient(transport);
  }

  async call<T = unknown>(operationId: OperationId, opts: CallOptions = {}): Promise<ApiResult<T>> {
    const meta: SdkMeta = { operationId, cookies: opts.cookies };
    const args: Record<string, unknown> = { client: this.client, meta };
    if (opts.prefer && this.options.mock) args.headers = { Prefer: opts.prefer };
    if (opts.networkId !== undefined) args.path = { network_id: opts.networkId };
    if (opts.rawBody) {
      args.body = opts.rawBody.text;
      args.bodySerializer = (b: unknown) => b;
      args.headers = { ...(args.headers as object), 'Content-Type': opts.rawBody.contentType };
    } else if (opts.body !== undefined) args.body = opts.body;
    const fn = (sdk as unknown as Record<string, SdkFn>)[operationId];
    // The SDK function resolves to what the client resolves to: the transport's Answer (see sdk-client.ts).
    const answer = (await fn(args)) as Answer;
    if (answer.status === 401 && (opts.cookies ?? 'jar') === 'jar' && operationId !== 'login' && (await this.#renewSession())) {
      return this.call<T>(operationId, opts);
    }
    return this.#check<T>(operationId, answer, opts);
  }

  /** Removes a network, disconnecting `container` first; tolerates already-gone (the final sweep reports leftovers). */
  async removeNetworkQuietly(id: string, container?: string): Promise<void> {
    if (container) await this.call('disconnectContainer', { networkId: id, body: { container, force: true } }).catch(() => undefined);
    await this.call('removeNetwork', { networkId: id }).catch(() => undefined);
  }

  /** Logs in again, once per API instance: a session that expires twice is a failure the checks report. */
  async #renewSession(): Promise<boolean> {
    const creds = this.options.credentials;
    if (!creds || this.#renewed) return false;
    this.#renewed = true;
    // Without the stale cookie: a fresh login, as a browser after a timeout.
    const login = await this.call('login', { body: { username: creds.username, password: creds.password }, cookies: 'none', allowPlainJsonError: true }).catch(() => undefined);
    const ok = Boolean(login?.ok);
    if (ok) this.transport.protectSessionCookies();
    this.options.onNotice?.(ok ? 'the session expired (HTTP 401); logged in again once' : `the session expired (HTTP 401) and a new login failed (${login ? `HTTP ${login.status}` : 'no answer'})`);
    return ok;
  }

  #check<T>(operationId: OperationId, raw: Answer, opts: CallOptions): ApiResult<T> {
    const exchange = raw.exchange;
    const op = specOperation(operationId);
    const where = `${operationId} (${op.method} ${op.path})`;
    const fail = (what: string) => {
      throw new ConformanceFailure(`${where}: ${what}`, exchange);
    };
    const status = raw.status;
    if (status >= 300 && status < 400) fail(`answered a redirect (HTTP ${status} to ${raw.headers.get('location') ?? 'nowhere'}), which the spec does not document`);
    if (status >= 500) fail(`answered HTTP ${status}; a server error is never a documented answer (body: ${snippet(raw.text)})`);
    const contentType = raw.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(contentType)) fail(`expected a JSON body (Content-Type application/json), got Content-Type "${contentType || 'none'}" and body ${snippet(raw.text)}`);
    let body: unknown;
    try {
      body = JSON.parse(raw.text);
    } catch {
      fail(raw.text.startsWith('\uFEFF') ? 'the JSON body starts with a byte order mark (U+FEFF), which RFC 8259 §8.1 forbids on the network' : `expected a JSON body, got unparseable text ${snippet(raw.text)}`);
    }
    // The spec's x-cs-error-envelope says on which statuses a top-level "error" makes the answer an error (200 too).
    const envelopeRule = errorEnvelopeFor(status);
    const envelope = envelopeRule ? asEnvelope(body) : undefined;
    const is2xx = status >= 200 && status < 300;
    const key = responseKeyFor(op, status);
    if (!key) fail(`answered HTTP ${status}, which the spec does not document for this operation`);

    if (envelopeRule && envelope) {
      const violations = validateAgainst(envelopeRule.schemaPointer, body);
      if (violations.length) fail(`error envelope does not match the spec: ${formatViolations(violations)}`);
      if (is2xx) this.options.onWarning?.(`${where}: an error (error.code ${envelope.code}) was answered with HTTP ${status}; it SHOULD carry a 4xx status`);
      // Prism picks 401 (security) and 422 (request validation) itself and fills the body from the documented example.
      else if (envelope.code !== status && !(this.options.mock && (status === 401 || status === 422))) this.options.onWarning?.(`${where}: HTTP status ${status} differs from error.code ${envelope.code}`);
      return { operationId, status, ok: false, body: body as T, envelope, docker: parseDockerPyMessage(envelope.message), exchange };
    }
    if (!is2xx) {
      if (opts.allowPlainJsonError && typeof body === 'object' && body !== null) return { operationId, status, ok: false, body: body as T, exchange };
      fail(`answered HTTP ${status} without the error envelope {"error": {"code", "message"}}: ${snippet(raw.text)}`);
    }
    const pointer = op.schemaPointers[key!];
    if (pointer) {
      const violations = validateAgainst(pointer, body);
      if (violations.length) fail(`response (HTTP ${status}) does not match the spec: ${formatViolations(violations)}`);
    }
    return { operationId, status, ok: true, body: body as T, exchange };
  }
}

export function formatViolations(violations: { pointer: string; expected: string; actual: string }[]): string {
  return violations.map((v) => `at ${v.pointer} expected ${v.expected}, got ${v.actual}`).join('; ');
}

export function snippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '(empty)';
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}
