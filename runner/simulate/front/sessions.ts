// How the front keeps sessions and takes logins, where the page is silent and real firmware differs: how
// long a session lasts, how an ended one is answered, the cookie's name, a new cookie value on every answer, which
// login encodings are read, an address locked out after failed logins, and a connection closed after N requests (as
// nginx's keepalive_requests does). Each is a switch of the front (FrontOptions.session), of `cs-conformance simulate`
// and the Docker target; without any, the front behaves as it always did.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { parseJsonObject, sendEnvelope, type BodyResult } from './http.ts';

/** The three ways clients post POST /login (the names the runner uses too, wire/login.ts). */
export const LOGIN_ENCODINGS = ['curl-form', 'json', 'form-fields'] as const;
export type LoginEncoding = (typeof LOGIN_ENCODINGS)[number];

/** How a request without a live session is answered: HTTP 401 or 403 with the envelope, or HTTP 200 with code 401. */
export const ENDED_ANSWERS = ['401', '403', '200'] as const;
export type EndedAnswer = (typeof ENDED_ANSWERS)[number];

export const DEFAULT_SESSION_COOKIE = 'CS_SESS_ID';

export interface SessionOptions {
  /** A session ends this many ms after its login (default: never). */
  lifetimeMs?: number;
  /** How an ended or absent session is answered (default 401). */
  endedAnswer?: EndedAnswer;
  /** The session cookie's name (default CS_SESS_ID). */
  cookieName?: string;
  /** A new cookie value on every answer to a logged-in request; the old values stay valid until the session ends. */
  rotateCookie?: boolean;
  /** The login encodings read (default all three). */
  loginEncodings?: readonly LoginEncoding[];
  /** After this many failed logins from one address, every login from it is refused, the right password too. */
  lockoutAfter?: number;
  /** The server closes a connection after this many requests (`Connection: close` on the last answer). */
  maxRequestsPerConnection?: number;
}

export interface Session {
  username: string;
  logintime: string;
  /** Date.now() after which the session is over. */
  endsAt: number;
  ended: boolean;
  /** Every cookie value issued for it (several when the cookie rotates), all forgotten when it ends. */
  tokens: string[];
}

/** How often at most expired sessions are looked for at a login (a session found expired on use goes at once). */
const SWEEP_EVERY_MS = 1000;

/** `YYYY-MM-DD HH:MM:SS` in the NAS's local time, no zone, as the documented login response shows it. */
function loginTime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The encoding of a login body: JSON text under the form type is the page's curl -d. */
export function loginEncodingOf(contentType: string | undefined, text: string): LoginEncoding {
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) return 'json';
  return text.trimStart().startsWith('{') ? 'curl-form' : 'form-fields';
}

/** The front's sessions and logins. */
export class SessionStore {
  readonly cookieName: string;
  readonly #username: string;
  #password: Buffer;
  readonly #options: SessionOptions;
  readonly #accepted: ReadonlySet<LoginEncoding>;
  readonly #anyPassword: boolean;
  /** The cookie values of the live sessions, to their session; an ended session's values are dropped. */
  readonly #byToken = new Map<string, Session>();
  /** Every value ever issued, when asked for (a test's list of secrets to look for); otherwise nothing is kept. */
  readonly #issued: string[] | undefined;
  readonly #failed = new Map<string, number>();
  readonly #locked = new Set<string>();
  #sweptAt = 0;

  /**
   * @param extra.refused encodings a seeded fault refuses (login-curl-form-refused, login-form-fields-refused);
   *   extra.anyPassword the login-any-password fault; extra.recordIssued keep every cookie value for issued().
   */
  constructor(options: SessionOptions, username: string, password: string, extra: { refused: LoginEncoding[]; anyPassword: boolean; recordIssued?: boolean }) {
    this.#options = options;
    this.cookieName = options.cookieName ?? DEFAULT_SESSION_COOKIE;
    this.#username = username;
    this.#password = digest(password);
    this.#accepted = new Set((options.loginEncodings ?? LOGIN_ENCODINGS).filter((e) => !extra.refused.includes(e)));
    this.#anyPassword = extra.anyPassword;
    this.#issued = extra.recordIssued ? [] : undefined;
  }

  /** The password changes (as an administrator would change it mid-run). */
  setPassword(password: string): void {
    this.#password = digest(password);
  }

  /** Every session cookie value issued so far (the secrets a test looks for in what a run wrote). */
  issued(): string[] {
    if (!this.#issued) throw new Error('this front keeps no record of the cookie values it issued: start it with recordIssued: true');
    return [...this.#issued];
  }

  /** How many sessions are live (the memory a front holds for its sessions). */
  live(): number {
    return new Set(this.#byToken.values()).size;
  }

  /** The addresses locked out so far. */
  lockouts(): string[] {
    return [...this.#locked];
  }

  /** The live session a request carries, if any. */
  session(req: IncomingMessage): Session | undefined {
    const token = cookie(req, this.cookieName);
    const session = token === undefined ? undefined : this.#byToken.get(token);
    if (!session || session.ended) return undefined;
    if (Date.now() >= session.endsAt) {
      this.#end(session);
      return undefined;
    }
    return session;
  }

  /** Whether the request carries a cookie of this front's name (forged or not). */
  hasCookie(req: IncomingMessage): boolean {
    return cookie(req, this.cookieName) !== undefined;
  }

  /** Answers a request without a live session, as this firmware does. */
  refuse(res: ServerResponse): void {
    const answer = this.#options.endedAnswer ?? '401';
    if (answer === '403') sendEnvelope(res, 403, 403, 'forbidden: no valid session');
    else if (answer === '200') sendEnvelope(res, 200, 401, 'unauthorized');
    else sendEnvelope(res, 401, 401, 'unauthorized');
  }

  /** With rotation on, a new cookie value for the session on this answer (set before the handler writes it). */
  rotate(res: ServerResponse, session: Session): void {
    if (!this.#options.rotateCookie) return;
    res.setHeader('set-cookie', this.#issue(session));
  }

  /**
   * A login body as this firmware reads it, or the refusal it answers. An encoding it does not take is read the way
   * such firmware reads it (JSON text under the form type as form fields; form fields as JSON; JSON as form fields),
   * so it finds no user, or no JSON.
   */
  readLogin(contentType: string | undefined, text: string): BodyResult {
    const encoding = loginEncodingOf(contentType, text);
    const accepted = this.#accepted.has(encoding);
    const asFields = encoding === 'form-fields' ? accepted : !accepted;
    if (!asFields) return parseJsonObject(text);
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  }

  /** Whether logins from this address are refused (it failed too often). */
  lockedOut(address: string): boolean {
    return this.#locked.has(address);
  }

  /** A login that was refused, from `address`: counted towards the lockout. */
  failed(address: string): void {
    const n = (this.#failed.get(address) ?? 0) + 1;
    this.#failed.set(address, n);
    const limit = this.#options.lockoutAfter;
    if (limit !== undefined && n >= limit) this.#locked.add(address);
  }

  /** A new session when the body names the user and the password; its Set-Cookie, or undefined. */
  login(body: Record<string, unknown>): { session: Session; setCookie: string } | undefined {
    const ok = body.username === this.#username
      && typeof body.password === 'string'
      && (timingSafeEqual(digest(body.password), this.#password) || this.#anyPassword);
    if (!ok) return undefined;
    const now = Date.now();
    this.#sweep(now);
    const session: Session = { username: this.#username, logintime: loginTime(new Date(now)), endsAt: now + (this.#options.lifetimeMs ?? Infinity), ended: false, tokens: [] };
    return { session, setCookie: this.#issue(session) };
  }

  /** Ends the session whose cookie the request carries (every value it was given). */
  logout(req: IncomingMessage): void {
    const token = cookie(req, this.cookieName);
    const session = token === undefined ? undefined : this.#byToken.get(token);
    if (session) this.#end(session);
  }

  /** The session of anyone who asks (the session faults), logged in now. */
  anyone(): Session {
    return { username: this.#username, logintime: loginTime(new Date()), endsAt: Infinity, ended: false, tokens: [] };
  }

  #issue(session: Session): string {
    const token = randomBytes(16).toString('hex');
    this.#byToken.set(token, session);
    session.tokens.push(token);
    this.#issued?.push(token);
    return `${this.cookieName}=${token}; Path=/; HttpOnly`;
  }

  /** An ended session is forgotten: its cookie values answer like any unknown value from now on. */
  #end(session: Session): void {
    session.ended = true;
    for (const token of session.tokens.splice(0)) this.#byToken.delete(token);
  }

  /** Forgets the sessions whose lifetime is over (at most once a second: a login is not a walk of every session). */
  #sweep(now: number): void {
    if (this.#options.lifetimeMs === undefined || now - this.#sweptAt < SWEEP_EVERY_MS) return;
    this.#sweptAt = now;
    for (const session of new Set(this.#byToken.values())) if (now >= session.endsAt) this.#end(session);
  }
}

/**
 * Counts the requests of each connection and asks Node to close it after the answer to the `max`-th (`Connection:
 * close`, as nginx's keepalive_requests does); called for every request before it is handled.
 */
export function connectionLimit(max: number | undefined): (req: IncomingMessage, res: ServerResponse) => void {
  if (!max) return () => undefined;
  const served = new WeakMap<Socket, number>();
  return (req, res) => {
    const n = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, n);
    if (n >= max) res.setHeader('connection', 'close');
  };
}

// --- Command lines of the targets ------------------------------------------------------------------------------

/** The switches' flags, for node:util parseArgs (../flags.ts gathers them for the simulator and the Docker target). */
export const SESSION_FLAGS = {
  'session-lifetime': { type: 'string' },
  'ended-session': { type: 'string' },
  'session-cookie': { type: 'string' },
  'rotate-cookie': { type: 'boolean' },
  'login-encodings': { type: 'string' },
  'lockout-after': { type: 'string' },
  'max-requests-per-connection': { type: 'string' },
} as const;

export const SESSION_USAGE =
  '[--session-lifetime MS] [--ended-session 401|403|200] [--session-cookie NAME] [--rotate-cookie] [--login-encodings curl-form,json,form-fields] [--lockout-after N] [--max-requests-per-connection N]';

type SessionFlagValues = { [K in keyof typeof SESSION_FLAGS]?: (typeof SESSION_FLAGS)[K]['type'] extends 'boolean' ? boolean : string };

function positive(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--${flag} takes a whole number of at least 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The switches the flags set; throws a one-line error for a bad value. */
export function sessionOptionsFrom(values: SessionFlagValues): SessionOptions {
  const out: SessionOptions = {};
  if (values['session-lifetime'] !== undefined) out.lifetimeMs = positive('session-lifetime', values['session-lifetime']);
  if (values['ended-session'] !== undefined) {
    const v = values['ended-session'];
    if (!(ENDED_ANSWERS as readonly string[]).includes(v)) throw new Error(`--ended-session takes ${ENDED_ANSWERS.join(', ')}, got ${JSON.stringify(v)}`);
    out.endedAnswer = v as EndedAnswer;
  }
  if (values['session-cookie'] !== undefined) {
    if (!/^[!#$%&'*+.^`|~\w-]+$/.test(values['session-cookie'])) throw new Error(`--session-cookie takes a cookie name, got ${JSON.stringify(values['session-cookie'])}`);
    out.cookieName = values['session-cookie'];
  }
  if (values['rotate-cookie']) out.rotateCookie = true;
  if (values['login-encodings'] !== undefined) {
    const list = values['login-encodings'].split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = list.filter((e) => !(LOGIN_ENCODINGS as readonly string[]).includes(e));
    if (!list.length || unknown.length) throw new Error(`--login-encodings takes a comma-separated subset of ${LOGIN_ENCODINGS.join(', ')}, got ${JSON.stringify(values['login-encodings'])}`);
    out.loginEncodings = list as LoginEncoding[];
  }
  if (values['lockout-after'] !== undefined) out.lockoutAfter = positive('lockout-after', values['lockout-after']);
  if (values['max-requests-per-connection'] !== undefined) out.maxRequestsPerConnection = positive('max-requests-per-connection', values['max-requests-per-connection']);
  return out;
}
