// The checks' connection to the target inside the vitest worker: one transport (one connection pool, one cookie jar
// holding the run's session) and one API, built from what the runner provided. Every check of the run shares it;
// it holds no state of any check: each call reports to the scope that made it (runner/api.ts CallRecorder).
import { CookieJar } from 'tough-cookie';
import { Api } from '../../runner/api.ts';
import { RateLimiter } from '../../runner/rate-limit.ts';
import { PASSWORD_PLACEHOLDER, Redactor } from '../../runner/redact.ts';
import { Transport } from '../../runner/transport.ts';
import type { ProvidedTarget } from './types.ts';

export interface Worker {
  target: ProvidedTarget;
  api: Api;
  transport: Transport;
  /** --rate-limit, for every transport of the worker (the session suite opens sessions of its own). */
  limiter: RateLimiter;
  /** What the worker learned is secret; handed to the runner's Redactor with each result. */
  redactor: Redactor;
}

export function connectWorker(target: ProvidedTarget): Worker {
  const redactor = new Redactor();
  redactor.addSecret(target.password, PASSWORD_PLACEHOLDER);
  const limiter = new RateLimiter(target.rateLimit);
  // The runner's login and GET /system went just before, through its own limiter.
  limiter.markSent();
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor, limiter });
  const jar = CookieJar.deserializeSync(target.cookies);
  // The run's session; the transport learns each value as a secret.
  for (const c of jar.getCookiesSync(target.baseUrl + '/')) transport.setCookie(c);
  const credentials = !target.mock && target.username && target.password ? { username: target.username, password: target.password } : undefined;
  const api = new Api(transport, { mock: target.mock, credentials });
  return { target, api, transport, limiter, redactor };
}

export const NAME_PREFIX = 'cs-conformance-';

export function resourceName(runId: string, purpose: string): string {
  return `${NAME_PREFIX}${runId}-${purpose}`;
}
