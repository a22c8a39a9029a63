// The run's own session with the target: opened before the suites (login, or a first request when there is no login),
// where a target that cannot be reached or does not speak the API ends the run as "could not run" (exit 2) rather
// than as a list of failures; closed (logout) after the sweep.
//
// The login tries the encodings in wire/login.ts's order (the page's own first) within the failed-login budget and
// keeps the one that worked for the session's renewals. A 404 to it means the API is not under that base path: the
// other known base path is tried once, and the run goes on with the one that answers.
import { randomBytes } from 'node:crypto';
import { Api, ConformanceFailure, type ApiResult } from '../../wire/api.ts';
import { CannotRunError, UsageError } from '../../core/errors.ts';
import { attemptLogin, countsAsFailedLogin, LOGIN_ENCODINGS, loginEncoding, type Credentials, type LoginAttempt, type LoginEncoding } from '../../wire/login.ts';
import { LoginBudget } from '../../wire/login-budget.ts';
import type { Io } from '../../core/output.ts';
import { isDistinctive, PASSWORD_PLACEHOLDER, type Redactor } from '../../core/redaction/redact.ts';
import { readPassword, type Settings } from './settings.ts';
import { RateLimiter } from '../../wire/rate-limit.ts';
import { SessionKeeper, type SessionLostError } from '../../wire/session-keeper.ts';
import { KNOWN_BASE_PATHS } from '../../contract/spec-match.ts';
import { Transport } from '../../wire/transport.ts';
import { TransportError } from '../../wire/answer.ts';

export interface Session {
  transport: Transport;
  /** --rate-limit for the runner's own requests (the checks' worker has its own, and they take turns). */
  limiter: RateLimiter;
  api: Api;
  password?: string;
  username?: string;
  /** Where the API answered: the base path asked for, or the other known one. */
  basePath: string;
  /** The runner's logins, in order, the last one accepted: the session suite's check of the encodings reads them instead of sending them again. */
  login?: { encoding: LoginEncoding; attempts: LoginAttempt[] };
  /** The run's failed-login budget (wire/login-budget.ts), as the runner's thread knows it. */
  budget: LoginBudget;
  /** Renews the runner's session (absent on the mock and without a login). */
  keeper?: SessionKeeper;
}

/** What the session tells the run while it lasts. */
export interface SessionEvents {
  /** The session is lost and cannot be renewed: the run stops with this error. */
  onLost: (error: SessionLostError) => void;
}

/** Not under this base path: POST /login (or the first GET /networks) answered 404. */
const NOT_FOUND = Symbol('not found');

export async function openSession(settings: Settings, origin: string, basePath: string, mock: boolean, io: Io, redactor: Redactor, events: SessionEvents): Promise<Session> {
  const budget = new LoginBudget({ max: settings.maxFailedLogins, spentOn: [] });
  const credentials = readCredentials(settings, mock, io, redactor);
  const candidates = mock ? [basePath] : [basePath, ...KNOWN_BASE_PATHS.filter((p) => p !== basePath)];
  const what = credentials ? 'POST /login' : 'GET /networks';
  for (const candidate of candidates) {
    const limiter = new RateLimiter(settings.rateLimit);
    const transport = new Transport({ baseUrl: origin + candidate, timeoutMs: settings.timeout, insecure: settings.insecure, redactor, limiter });
    const api = new Api(transport, { mock });
    try {
      const login = credentials ? await logIn(api, credentials, mock, budget, settings, origin + candidate) : await probe(api, settings, origin + candidate);
      if (login === NOT_FOUND) {
        await transport.close();
        continue;
      }
      if (candidate !== basePath) io.out(`note: the API is not at ${origin}${basePath} (${what} answered HTTP 404); it answers at ${origin}${candidate}: the run goes on there`);
      const session: Session = { transport, limiter, api, basePath: candidate, budget, ...credentials, ...(login ? { login } : {}) };
      if (credentials && login) {
        if (!transport.sessionCookieNames().length) io.err('warning: the login answer set no session cookie; continuing without one');
        if (!mock) {
          session.keeper = new SessionKeeper(api, { credentials, encoding: login.encoding, budget, who: 'the runner', onLost: events.onLost, onNotice: (m) => io.out(`note: ${m}`), budgetWaitMs: settings.timeout });
          api.options.session = session.keeper;
        }
      }
      return session;
    } catch (err) {
      await transport.close();
      throw err;
    }
  }
  const elsewhere = candidates.slice(1).map((p) => ` nor at ${origin}${p}`).join('');
  throw new CannotRunError(`the Container Station API was not found at ${origin}${basePath}${elsewhere}: ${what} answered HTTP 404`, 'check --target (the NAS system port) and --base-path');
}

/** The credentials to log in with (a throwaway password on the mock), taught to the Redactor; undefined without --username. */
function readCredentials(settings: Settings, mock: boolean, io: Io, redactor: Redactor): Credentials | undefined {
  let username = settings.username;
  let password: string | undefined;
  if (mock) {
    // The mock accepts any credentials; a throwaway password exercises login without a real secret.
    username ??= 'cs-conformance';
    password = randomBytes(12).toString('hex');
  } else if (username) {
    password = readPassword(settings);
    if (password === undefined || password === '') {
      throw new UsageError(`--username ${username} needs a password: set the environment variable ${settings.passwordEnv} or pass --password-file`);
    }
  }
  redactor.addSecret(password, PASSWORD_PLACEHOLDER);
  if (!mock && password && !isDistinctive(password)) {
    io.err(
      'warning: the password is shorter than 6 characters, or under 12 and of one kind (letters only, digits only): it is replaced in login bodies, password fields and cookies, but not in free text, where the placeholder would replace ordinary words; a target that echoes it in free text would show it',
    );
  }
  return username && password ? { username, password } : undefined;
}

/**
 * Logs in with the first encoding the target accepts, within the failed-login budget (each refusal spends one). The
 * mock takes JSON (Prism cannot read the page's JSON text under the form type).
 */
async function logIn(api: Api, credentials: Credentials, mock: boolean, budget: LoginBudget, settings: Settings, where: string): Promise<Session['login'] | typeof NOT_FOUND> {
  const order: LoginEncoding[] = mock ? ['json'] : LOGIN_ENCODINGS.map((e) => e.id);
  const attempts: LoginAttempt[] = [];
  let spokeJson = false;
  for (const encoding of order) {
    const ticket = await budget.acquire('login');
    if (!ticket) break;
    let outcome;
    try {
      outcome = await reach(() => attemptLogin(api, encoding, credentials), 'POST /login', where);
    } catch (err) {
      ticket.settle(false, '');
      throw err;
    }
    const { attempt, failure } = outcome;
    // A redirect or a 404 never reached a login handler: neither counts.
    const response = failure?.exchange?.response;
    const redirected = response !== undefined && response.status >= 300 && response.status < 400;
    ticket.settle(!redirected && countsAsFailedLogin(attempt), `the runner's login in ${loginEncoding(encoding).label}: ${attempt.why}`);
    if (redirected) throw new CannotRunError(`POST /login was redirected (HTTP ${response.status}) to ${response.headers.location ?? 'nowhere'}`, 'point --target at that origin');
    if (outcome.notFound && !attempts.length) return NOT_FOUND;
    attempts.push(attempt);
    spokeJson ||= !failure || /json/i.test(failure.exchange?.response?.headers['content-type'] ?? '');
    if (attempt.accepted) return { encoding, attempts };
  }
  const first = attempts[0]?.exchange?.response;
  if (!spokeJson && first) {
    throw new CannotRunError(`the target does not speak the Container Station API: POST /login answered HTTP ${first.status} (${first.headers['content-type'] ?? 'none'})`, `check --target and --base-path (now ${settings.basePath})`);
  }
  const refusals = attempts.map((a) => `${loginEncoding(a.encoding).label}: ${a.why}`).join('; ');
  const untried = order.slice(attempts.length).map((e) => loginEncoding(e).label);
  const budgetNote = untried.length ? `; not tried, to stay within the failed-login budget (--max-failed-logins ${budget.max}; a NAS locks an address out after a few): ${untried.join('; ')}` : '';
  const twoStep = attempts.some((a) => a.status === 403) ? ' (an account with 2-step verification answers 403 to a password login)' : '';
  throw new CannotRunError(
    `login refused for user ${credentials.username}: ${refusals}${twoStep}${budgetNote}`,
    `check --username and the password in ${settings.passwordFile ? '--password-file' : settings.passwordEnv}`,
  );
}

/** Without a login, nothing has shown yet that the target speaks this API: GET /networks is the first request. */
async function probe(api: Api, settings: Settings, where: string): Promise<undefined | typeof NOT_FOUND> {
  let result: ApiResult | undefined;
  try {
    result = await reach(() => api.call('listNetworks', { allowPlainJsonError: true }), 'GET /networks', where);
  } catch (err) {
    if (!(err instanceof ConformanceFailure)) throw err;
    const res = err.exchange?.response;
    const type = res?.headers['content-type'] ?? 'none';
    if (res?.status === 404) return NOT_FOUND;
    if (res && res.status >= 300 && res.status < 400) throw new CannotRunError(`GET /networks was redirected (HTTP ${res.status}) to ${res.headers.location ?? 'nowhere'}`, 'point --target at that origin');
    if (res && !/json/i.test(type)) {
      throw new CannotRunError(`the target does not speak the Container Station API: GET /networks answered HTTP ${res.status} (${type})`, `check --target and --base-path (now ${settings.basePath})`);
    }
    // JSON that breaks the spec: the suites report it as a conformance failure.
    return undefined;
  }
  if (result.status === 404) return NOT_FOUND;
  if (result.status === 401 || result.status === 403) {
    throw new CannotRunError(`the target refused GET /networks with HTTP ${result.status}`, 'pass --username (and the password in CS_PASSWORD)');
  }
  return undefined;
}

/** A first request whose failure to reach the target means "could not run" (exit 2). */
async function reach<T>(fn: () => Promise<T>, what: string, where: string): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof TransportError)) throw err;
    const hint =
      err.code === 'tls'
        ? 'pass --insecure to accept a self-signed certificate'
        : err.code === 'refused' || err.code === 'timeout' || err.code === 'dns'
          ? 'check --target (scheme, host and the NAS system port)'
          : 'check --target';
    throw new CannotRunError(`cannot reach ${where}: ${what}: ${err.message}`, hint);
  }
}

/** Logs out (a failed logout is a warning: the run's verdict is already known) and always closes the connections. */
export async function closeSession(session: Session, io: Io): Promise<void> {
  try {
    if (session.username) await session.api.call('logout', { allowPlainJsonError: true });
  } catch (err) {
    io.err(`warning: logout failed: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    await session.transport.close();
  }
}
