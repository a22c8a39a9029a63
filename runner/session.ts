// The run's own session with the target: opened before the suites (login, or a first request when there is no login),
// where a target that cannot be reached or does not speak the API ends the run as "could not run" (exit 2) rather
// than as a list of failures; closed (logout) after the sweep.
import { randomBytes } from 'node:crypto';
import { Api, ConformanceFailure, type ApiResult } from './api.ts';
import { CannotRunError, UsageError } from './errors.ts';
import type { Io } from './output.ts';
import { isDistinctive, PASSWORD_PLACEHOLDER, type Redactor } from './redact.ts';
import { readPassword, type Settings } from './settings.ts';
import { RateLimiter } from './rate-limit.ts';
import { Transport, TransportError } from './transport.ts';

export interface Session {
  transport: Transport;
  /** --rate-limit for the runner's own requests (the checks' worker has its own, and they take turns). */
  limiter: RateLimiter;
  api: Api;
  password?: string;
  username?: string;
}

export async function openSession(settings: Settings, baseUrl: string, mock: boolean, io: Io, redactor: Redactor): Promise<Session> {
  const limiter = new RateLimiter(settings.rateLimit);
  const transport = new Transport({ baseUrl, timeoutMs: settings.timeout, insecure: settings.insecure, redactor, limiter });
  const api = new Api(transport, { mock });
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
  try {
    if (username && password) {
      const login = await preflight(() => api.call('login', { body: { username, password }, allowPlainJsonError: true }), 'POST /login', baseUrl, settings);
      if (!login) throw new CannotRunError('POST /login answered JSON that is not a login answer', 'check --target and --base-path');
      if (!login.ok) {
        const detail = login.envelope?.message ?? JSON.stringify(login.body).slice(0, 120);
        const twoStep = login.status === 403 ? ' (an account with 2-step verification answers 403 to a password login)' : '';
        throw new CannotRunError(`login refused for user ${username}: HTTP ${login.status} ${detail}${twoStep}`, `check --username and the password in ${settings.passwordFile ? '--password-file' : settings.passwordEnv}`);
      }
      if (!transport.sessionCookieNames().length) io.err('warning: the login answer set no session cookie; continuing without one');
      if (!mock) Object.assign(api.options, { credentials: { username, password: password! }, onNotice: (m: string) => io.err(`cs-conformance: ${m}`) });
    }
    if (!username) {
      // Without a login nothing has shown yet that the target speaks this API; with one, the login answer has.
      const probe = await preflight(() => api.call('listNetworks', { allowPlainJsonError: true }), 'GET /networks', baseUrl, settings);
      if (probe && (probe.status === 401 || probe.status === 403)) {
        throw new CannotRunError(`the target refused GET /networks with HTTP ${probe.status}`, 'pass --username (and the password in CS_PASSWORD)');
      }
    }
  } catch (err) {
    await transport.close();
    throw err;
  }
  return { transport, limiter, api, password, username };
}

/**
 * A first request whose failure to reach the target or to answer JSON means "could not run" (exit 2). A JSON answer
 * that breaks the spec is left to the suites, which report it as a conformance failure (undefined here).
 */
async function preflight(fn: () => Promise<ApiResult>, what: string, where: string, settings: Settings): Promise<ApiResult | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof TransportError) {
      const hint =
        err.code === 'tls'
          ? 'pass --insecure to accept a self-signed certificate'
          : err.code === 'refused' || err.code === 'timeout' || err.code === 'dns'
            ? 'check --target (scheme, host and the NAS system port)'
            : 'check --target';
      throw new CannotRunError(`cannot reach ${where}: ${what}: ${err.message}`, hint);
    }
    if (err instanceof ConformanceFailure) {
      const res = err.exchange?.response;
      const type = res?.headers['content-type'] ?? 'none';
      if (res && res.status >= 300 && res.status < 400) throw new CannotRunError(`${what} was redirected (HTTP ${res.status}) to ${res.headers.location ?? 'nowhere'}`, 'point --target at that origin');
      if (res && (res.status === 404 || !/json/i.test(type))) {
        throw new CannotRunError(`the target does not speak the Container Station API: ${what} answered HTTP ${res.status} (${type})`, `check --target and --base-path (now ${settings.basePath})`);
      }
      return undefined;
    }
    throw err;
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
