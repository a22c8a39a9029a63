// The only way suites talk to a target: the generated SDK (on the client in sdk-client.ts), over our transport, with
// every response checked against the spec. A response that breaks the spec throws a ConformanceFailure naming the
// operation, the JSON pointer, what was expected and what came back.
import type { Client } from '../generated/client/index.ts';
import * as sdk from '../generated/sdk.gen.ts';
import type { Options as SdkOptions } from '../generated/sdk.gen.ts';
import type { Exchange } from '../reporters/model.ts';
import { judgeAnswer, RULES } from '../contract/answer-check.ts';
import { parseDockerPyMessage, type DockerPyMessage, type ErrorEnvelope } from '../contract/docker-py.ts';
import { specOperation } from '../contract/spec.ts';
import { createSdkClient, type SdkMeta } from './sdk-client.ts';
import { answerSignature, type Departure } from '../contract/departure.ts';
import type { Answer, CookieMode, ExchangeRecorder, Transport } from './transport.ts';

type Sdk = typeof sdk;

/** The spec's operation ids: the generated SDK has one function per operationId. */
export type OperationId = { [K in keyof Sdk]: Sdk[K] extends (...args: never[]) => unknown ? K : never }[keyof Sdk];

/** The body of a documented success of the operation, as the generated types declare it (the SDK's `data`). */
export type SuccessBody<Op extends OperationId> = Exclude<Awaited<ReturnType<Sdk[Op]>>['data'], undefined>;

/**
 * A generated SDK function as Api.call uses it: taking the SDK's widest options (`Options` over TDataShape). Declared
 * as a method so that its parameter is compared bivariantly: checks deliberately send bodies the spec does not allow
 * (bad-input, negative), so the per-operation body types cannot bind here. It resolves to the transport's Answer
 * (sdk-client.ts), which isAnswer confirms.
 */
type SdkCall = { call(options?: SdkOptions): Promise<unknown> }['call'];
const sdkCalls: Record<OperationId, SdkCall> = sdk;

/**
 * A departure from the documented contract, raised by the API layer (with the departure's signature, rule and
 * evidence) or by a check (whose verdict signs it as the check's own assertion).
 */
export class ConformanceFailure extends Error {
  readonly exchange?: Exchange;
  readonly departure?: Departure;
  constructor(message: string, exchange?: Exchange, departure?: Departure) {
    super(message);
    this.name = 'ConformanceFailure';
    this.exchange = exchange;
    this.departure = departure;
  }
}

/** The request body the generated types declare for the operation (undefined where it takes none). */
export type RequestBody<Op extends OperationId> = NonNullable<Parameters<Sdk[Op]>[0]>['body'];

export interface CallOptions<Op extends OperationId = OperationId> {
  /** Path parameter network_id. */
  networkId?: string;
  body?: RequestBody<Op>;
  /** A JSON body the spec may not allow, sent as is (bad-input and negative checks); instead of `body`. */
  bodyOutsideSpec?: unknown;
  /** Send this text as the body instead of JSON (bad-input checks). */
  rawBody?: { text: string; contentType: string };
  /** Prism's `Prefer` header (only sent to the mock): `code=404`, `example=nothing`. */
  prefer?: string;
  cookies?: CookieMode;
  /** Accept a 4xx JSON body that is not the envelope (session and bad-input checks). */
  allowPlainJsonError?: boolean;
  /** Where this call's exchange, warnings and notices go: the calling check's scope (the Api's options otherwise). */
  recorder?: CallRecorder;
  /** false: an answer saying the session ended is returned as it is (the session keeper's own probe). */
  renew?: boolean;
  /**
   * The calling check's signal (suites/harness/deadline.ts): once it aborts, the call sends nothing more and the request
   * in flight is abandoned; the call rejects with a CutShortError (wire/cut-short.ts).
   */
  signal?: AbortSignal;
}

/** What one call reports to whoever made it: its exchange, SHOULD-level departures, and notices (a renewed session). */
export interface CallRecorder extends ExchangeRecorder {
  /** A departure from an inferred rule: `message` is `departure.message`. */
  warning?(message: string, departure?: Departure): void;
  notice?(message: string): void;
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
  /** Keeps the run's session: renews it when an answer says it ended (wire/session-keeper.ts). Absent: no renewal. */
  session?: SessionWatch;
}

/** What the API asks of whoever keeps the session alive (wire/session-keeper.ts implements it). */
export interface SessionWatch {
  /** Logins since the start: a request sent before the latest renewal is simply sent again. */
  readonly generation: number;
  /**
   * The answer the call stands by: `answer` itself unless it says the session ended; then, once the session is
   * renewed (by this call or one beside it), the answer to `resend`. Throws when the session cannot be kept.
   */
  settle(answer: Answer, sentIn: number, resend: () => Promise<Answer>, recorder?: CallRecorder): Promise<Answer>;
}

export class Api {
  readonly transport: Transport;
  readonly client: Client;
  readonly options: ApiOptions;

  constructor(transport: Transport, options: ApiOptions) {
    this.transport = transport;
    this.options = options;
    this.client = createSdkClient(transport);
  }

  /** Calls an operation; `body` is typed as the operation's documented success (what a 2xx without envelope holds). */
  async call<Op extends OperationId>(operationId: Op, opts: CallOptions<Op> = {}): Promise<ApiResult<SuccessBody<Op>>> {
    if (operationId === 'removeNetwork') assertRemovableId(opts.networkId);
    // A login opens a session and a logout ends it: neither is worth a renewal; nor is a call without the jar's cookie.
    const watched = (opts.cookies ?? 'jar') === 'jar' && opts.renew !== false && operationId !== 'login' && operationId !== 'logout';
    const watch = watched ? this.options.session : undefined;
    const sentIn = watch?.generation ?? 0;
    const send = () => this.#send(operationId, opts);
    let answer = await send();
    if (watch) answer = await watch.settle(answer, sentIn, send, opts.recorder);
    return this.#check<SuccessBody<Op>>(operationId, answer, opts);
  }

  async #send(operationId: OperationId, opts: CallOptions): Promise<Answer> {
    const meta: SdkMeta = { operationId, cookies: opts.cookies, recorder: opts.recorder, signal: opts.signal };
    const args: SdkOptions = { client: this.client, meta };
    const headers: Record<string, string> = {};
    if (opts.prefer && this.options.mock) headers.Prefer = opts.prefer;
    if (opts.networkId !== undefined) args.path = { network_id: opts.networkId };
    if (opts.rawBody) {
      args.body = opts.rawBody.text;
      args.bodySerializer = (b: unknown) => b;
      headers['Content-Type'] = opts.rawBody.contentType;
    } else if (opts.body !== undefined) args.body = opts.body;
    else if (opts.bodyOutsideSpec !== undefined) args.body = opts.bodyOutsideSpec;
    if (Object.keys(headers).length) args.headers = headers;
    // The SDK function resolves to what the client resolves to: the transport's Answer (see sdk-client.ts).
    const answer = await sdkCalls[operationId](args);
    if (!isAnswer(answer)) throw new Error(`${operationId}: the SDK client resolved to something other than the transport's answer`);
    return answer;
  }

  #check<T>(operationId: OperationId, raw: Answer, opts: Pick<CallOptions, 'allowPlainJsonError' | 'recorder'>): ApiResult<T> {
    const exchange = raw.exchange;
    const op = specOperation(operationId);
    const where = `${operationId} (${op.method} ${op.path})`;
    const verdict = judgeAnswer(op, raw, { mock: this.options.mock, allowPlainJsonError: opts.allowPlainJsonError });
    const departure = (rule: keyof typeof RULES, message: string, places: string[], evidence = RULES[rule].evidence): Departure => ({
      signature: answerSignature(operationId, rule, raw.status, places),
      message: `${where}: ${message}`,
      requirement: RULES[rule].text,
      evidence,
      exchange,
    });
    if (verdict.problem) {
      const p = verdict.problem;
      throw new ConformanceFailure(`${where}: ${p.message}`, exchange, departure(p.rule, p.message, p.places, p.evidence));
    }
    for (const w of verdict.warnings) {
      const d = departure(w.rule, w.message, w.places, w.evidence);
      if (opts.recorder?.warning) opts.recorder.warning(d.message, d);
      else this.options.onWarning?.(d.message);
    }
    const { ok, envelope } = verdict;
    const body = verdict.body as T;
    if (envelope) return { operationId, status: raw.status, ok, body, envelope, docker: parseDockerPyMessage(envelope.message), exchange };
    return { operationId, status: raw.status, ok, body, exchange };
  }
}

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number' && 'exchange' in value;
}

/** An id the API layer will never put in a DELETE: `DELETE /networks/` is prune, and dot segments leave the path. */
export class UnsafeRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeRequestError';
  }
}

function assertRemovableId(id: string | undefined): void {
  if (id === undefined || id === '' || id === '.' || id === '..' || id.includes('/')) {
    throw new UnsafeRequestError(`refusing to send DELETE /networks/${id ?? ''}: the network id ${JSON.stringify(id ?? null)} is empty, a dot segment or holds "/" (DELETE /networks/ is prune)`);
  }
}

export { formatViolations, snippet } from '../contract/answer-check.ts';
