// The checks' connection to the target inside the vitest worker: one transport (one connection pool, one cookie jar
// holding the run's session) and one API, built from what the runner provided. Every check of the run shares it;
// it holds no state of any check: each call reports to the scope that made it (wire/api.ts CallRecorder).
import { CookieJar } from 'tough-cookie';
import { Api } from '../../wire/api.ts';
import { LoginBudget } from '../../wire/login-budget.ts';
import { RateLimiter } from '../../wire/rate-limit.ts';
import { PASSWORD_PLACEHOLDER, Redactor, type Placeholder } from '../../core/redaction/redact.ts';
import { SessionKeeper } from '../../wire/session-keeper.ts';
import { reportLostSession } from './target-channel.ts';
import { Transport } from '../../wire/transport.ts';
import { NetworkRoom } from './room.ts';
import { NAME_PREFIX, type ProvidedTarget, type WorkerSession } from './types.ts';

export interface Worker {
  target: ProvidedTarget;
  api: Api;
  transport: Transport;
  /** --rate-limit, for every transport of the worker (the session suite opens sessions of its own). */
  limiter: RateLimiter;
  /** What the worker learned is secret; handed to the runner's Redactor with each result. */
  redactor: Redactor;
  /** The run's own networks, which may hold every address pool of the engine for a moment (harness/room.ts). */
  room: NetworkRoom;
  /** The run's failed-login budget, as this thread spends it (wire/login-budget.ts). */
  budget: LoginBudget;
  /** Renews the run's session for the checks (absent on the mock and without a login). */
  keeper?: SessionKeeper;
  /** The secrets learned since the last call: each check's result hands the runner only what is new. */
  newSecrets(): [string, Placeholder][];
  /** The session's state for the runner, with each check's result. */
  session(): WorkerSession;
}

/** @param channel the run's channel (suites/harness/target-channel.ts), where a lost session stops the run. */
export function connectWorker(target: ProvidedTarget, channel: string): Worker {
  const redactor = new Redactor();
  const learned: [string, Placeholder][] = [];
  redactor.onSecret = (value, placeholder) => learned.push([value, placeholder]);
  redactor.addSecret(target.password, PASSWORD_PLACEHOLDER);
  const limiter = new RateLimiter(target.rateLimit);
  // The runner's login and GET /system went just before, through its own limiter.
  limiter.markSent();
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor, limiter });
  const jar = CookieJar.deserializeSync(target.cookies);
  // The run's session; the transport learns each value as a secret.
  for (const c of jar.getCookiesSync(target.baseUrl + '/')) transport.setCookie(c);
  const api = new Api(transport, { mock: target.mock });
  const budget = new LoginBudget(target.failedLogins);
  let keeper: SessionKeeper | undefined;
  if (!target.mock && target.username && target.password && target.login) {
    keeper = new SessionKeeper(api, {
      credentials: { username: target.username, password: target.password },
      encoding: target.login.encoding,
      budget,
      who: 'the checks',
      budgetWaitMs: target.timeoutMs,
      // The runner stops the run as on an interrupt, with this one line (the message may quote the target).
      onLost: (err) => reportLostSession(channel, { message: redactor.text(err.message), hint: err.hint }),
    });
    api.options.session = keeper;
  }
  return {
    target,
    api,
    transport,
    limiter,
    redactor,
    budget,
    keeper,
    room: new NetworkRoom(),
    newSecrets: () => learned.splice(0),
    session: () => ({ renewals: keeper?.renewals ?? 0, failedLogins: budget.state() }),
  };
}


export function resourceName(runId: string, purpose: string): string {
  return `${NAME_PREFIX}${runId}-${purpose}`;
}
