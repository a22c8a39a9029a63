import { Api, type ApiResult } from '../runner/api.ts';
import { Transport } from '../runner/transport.ts';
import catalogue from './session.checks.ts';
import { defineSuite, type CheckScope } from './lib/check.ts';

const { check } = defineSuite(catalogue);

function refused(t: CheckScope, r: ApiResult, what: string): void {
  const denied = r.status === 401 || r.status === 403 || r.envelope !== undefined;
  t.expect(denied, `${what} to be refused (HTTP 401/403 or the error envelope)`, `HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`, r.exchange);
  t.expect(!Array.isArray(r.body), `${what} to carry no network data`, 'a list of networks', r.exchange);
}

/** A second session of the same user, so that logging it out leaves the run's own session alone. */
async function ownSession(t: CheckScope): Promise<{ api: Api; transport: Transport; close: () => Promise<void> }> {
  const { target } = t.ctx;
  // The check's Redactor: whatever this session is issued becomes a secret of the run's reports too.
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor: t.ctx.transport.redactor });
  transport.onExchange = t.ctx.transport.onExchange;
  const api = new Api(transport, { mock: target.mock, onWarning: (m) => t.warn(m) });
  const login = await api.call('login', { body: { username: target.username, password: target.password } });
  t.expectOk(login, `a second login of ${target.username}`);
  return { api, transport, close: () => transport.close() };
}

check('SESSION-001', async (t) => {
  refused(t, await t.call('listNetworks', { cookies: 'none', allowPlainJsonError: true }), 'GET /networks without the session cookie');
});

check('SESSION-002', async (t) => {
  refused(t, await t.call('listNetworks', { cookies: 'forged', allowPlainJsonError: true }), 'GET /networks with a forged session cookie');
});

check('SESSION-003', async (t) => {
  const s = await ownSession(t);
  t.onCleanup(s.close);
  t.expectOk(await s.api.call('listNetworks'), 'GET /networks in the second session');
  const out = t.expectOk(await s.api.call<{ username: string }>('logout'), 'PUT /logout');
  // The mock keeps no sessions: it answers the documented shape, and nothing can be said about the ended session.
  if (t.mock) return;
  t.expect(out.username === t.ctx.target.username, `username ${t.ctx.target.username}`, JSON.stringify(out));
  refused(t, await s.api.call('listNetworks', { allowPlainJsonError: true }), 'GET /networks with the logged-out session');
});

check('SESSION-004', async (t) => {
  const me = t.expectOk(await t.call<{ username: string }>('loginRefresh'), 'GET /login_refresh');
  if (!t.mock) t.expect(me.username === t.ctx.target.username, `username ${t.ctx.target.username}`, JSON.stringify(me.username));
});

check('SESSION-005', async (t) => {
  if (t.ctx.target.noWrongPassword) t.skip('--no-wrong-password: the deliberate wrong-password login is switched off');
  const { target } = t.ctx;
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor: t.ctx.transport.redactor });
  transport.onExchange = t.ctx.transport.onExchange;
  t.onCleanup(() => transport.close());
  const api = new Api(transport, { mock: target.mock });
  const wrong = `wrong-${crypto.randomUUID()}`;
  const r = await api.call('login', { body: { username: target.username, password: wrong }, allowPlainJsonError: true });
  t.expect(!r.ok, 'the login with a wrong password to be refused', `HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`, r.exchange);
  const after = await api.call('listNetworks', { allowPlainJsonError: true });
  refused(t, after, 'GET /networks after the refused login');
});
