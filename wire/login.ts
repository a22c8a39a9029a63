// The three ways clients post POST /login, and one login attempt in one of them. The page documents its own curl -d
// (the JSON text under curl's default Content-Type application/x-www-form-urlencoded); Container Station before 2.4
// took form fields username=…&password=…, and CS 3 clients send JSON with application/json. Which one a NAS accepts
// is not known before trying, so the runner tries them in this order and keeps the first that works for every later
// login of the run (renewals, second sessions); the session suite records which ones the target accepts.
import type { Exchange } from '../reporters/model.ts';
import { ConformanceFailure, type Api, type ApiResult, type CallOptions, type CallRecorder } from './api.ts';

export type LoginEncoding = 'curl-form' | 'json' | 'form-fields';

export interface Credentials {
  username: string;
  password: string;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

export interface LoginEncodingSpec {
  id: LoginEncoding;
  label: string;
  /** The page documents it: a target MUST accept it. */
  must: boolean;
  options(c: Credentials): Pick<CallOptions<'login'>, 'body' | 'rawBody'>;
  /** Why the Prism mock cannot answer this encoding as the spec describes it. */
  notOnMock?: string;
}

/** In the order the runner tries them: the page's own first. */
export const LOGIN_ENCODINGS: readonly LoginEncodingSpec[] = [
  {
    id: 'curl-form',
    label: `the page's curl -d (JSON text, Content-Type ${FORM_TYPE})`,
    must: true,
    options: (c) => ({ rawBody: { text: JSON.stringify({ username: c.username, password: c.password }), contentType: FORM_TYPE } }),
    notOnMock: 'Prism splits every form body into form fields, so it cannot validate JSON text under the form type',
  },
  { id: 'json', label: 'JSON (Content-Type application/json)', must: false, options: (c) => ({ body: { username: c.username, password: c.password } }) },
  {
    id: 'form-fields',
    label: `form fields username and password (Content-Type ${FORM_TYPE})`,
    must: false,
    options: (c) => ({ rawBody: { text: `username=${encodeURIComponent(c.username)}&password=${encodeURIComponent(c.password)}`, contentType: FORM_TYPE } }),
  },
];

export function loginEncoding(id: LoginEncoding): LoginEncodingSpec {
  return LOGIN_ENCODINGS.find((e) => e.id === id)!;
}

/** One login as it went: what the session suite's check of the encodings reads instead of sending them again. */
export interface LoginAttempt {
  encoding: LoginEncoding;
  accepted: boolean;
  /** The HTTP status (0: no answer). */
  status: number;
  /** Why it was not accepted ("HTTP 400 {…}"), empty when it was. */
  why: string;
  /** The user the answer names, when it names one. */
  username?: string;
  /** Redacted, as every exchange is when it is recorded. */
  exchange?: Exchange;
}

/** A login's outcome; `notFound` when POST /login answered 404 (the API is not under this base path). */
export interface LoginOutcome {
  attempt: LoginAttempt;
  result?: ApiResult;
  /** The answer broke the spec (an HTML page, a redirect, a body that is not a login answer). */
  failure?: ConformanceFailure;
  notFound: boolean;
}

/**
 * Sends one login in `encoding` on `api` (without the jar's cookie: a fresh login). A JSON answer is judged as usual;
 * an answer the spec does not allow (a 404 page, a 5xx) is an attempt that was not accepted, with its exchange. A
 * transport failure is thrown.
 */
export async function attemptLogin(api: Api, encoding: LoginEncoding, credentials: Credentials, recorder?: CallRecorder): Promise<LoginOutcome> {
  try {
    const result = await api.call('login', { ...loginEncoding(encoding).options(credentials), cookies: 'none', allowPlainJsonError: true, recorder });
    const body = result.body as { username?: unknown };
    const username = result.ok && typeof body?.username === 'string' ? body.username : undefined;
    const why = result.ok ? '' : `HTTP ${result.status} ${result.envelope?.message ?? JSON.stringify(result.body).slice(0, 120)}`;
    return { attempt: { encoding, accepted: result.ok, status: result.status, why, username, exchange: result.exchange }, result, notFound: result.status === 404 };
  } catch (err) {
    if (!(err instanceof ConformanceFailure)) throw err;
    const status = err.exchange?.response?.status ?? 0;
    const why = `HTTP ${status} ${err.message.split('\n')[0]}`;
    return { attempt: { encoding, accepted: false, status, why, exchange: err.exchange }, failure: err, notFound: status === 404 };
  }
}

/** Whether a refused login counts against the budget: a 404 never reached a login handler, so no NAS counts it. */
export function countsAsFailedLogin(attempt: LoginAttempt): boolean {
  return !attempt.accepted && attempt.status !== 404;
}
