// The suites' side of a run: one transport and API per worker, built from what the runner provided, and the ledger
// of every network this run created (named cs-conformance-<run id>-<purpose>), removed at teardown.
import { inject } from 'vitest';
import { CookieJar } from 'tough-cookie';
import { Api } from '../../runner/api.ts';
import { PASSWORD_PLACEHOLDER, Redactor } from '../../runner/redact.ts';
import { Transport } from '../../runner/transport.ts';
import type { ProvidedTarget } from './types.ts';

export interface SuiteContext {
  target: ProvidedTarget;
  api: Api;
  transport: Transport;
  /** Warnings of the check now running (set by the check wrapper). */
  warnings: string[];
  /** Notes for the report of the check now running (e.g. a renewed session). */
  notes: string[];
}

let shared: SuiteContext | undefined;

export function suiteContext(): SuiteContext {
  if (shared) return shared;
  const target = inject('target');
  const redactor = new Redactor();
  redactor.addSecret(target.password, PASSWORD_PLACEHOLDER);
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor });
  const jar = CookieJar.deserializeSync(target.cookies);
  // The run's session; the transport learns each value as a secret.
  for (const c of jar.getCookiesSync(target.baseUrl + '/')) transport.setCookie(c);
  const credentials = !target.mock && target.username && target.password ? { username: target.username, password: target.password } : undefined;
  // The API reports to the lists of the check now running: the check wrapper replaces them on ctx, hence `ctx.` here.
  const api = new Api(transport, { mock: target.mock, onWarning: (m) => ctx.warnings.push(m), credentials, onNotice: (m) => ctx.notes.push(m) });
  const ctx: SuiteContext = { target, transport, warnings: [], notes: [], api };
  shared = ctx;
  return ctx;
}

export const NAME_PREFIX = 'cs-conformance-';

export function resourceName(runId: string, purpose: string): string {
  return `${NAME_PREFIX}${runId}-${purpose}`;
}
