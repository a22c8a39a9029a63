import type { LoginResponse } from '../generated/types.gen.ts';
import { Api, type ApiResult, type CallOptions } from '../runner/api.ts';
import { Transport } from '../runner/transport.ts';
import catalogue from './session.checks.ts';
import { defineSuite, type CheckScope } from './lib/check.ts';

const { check } = defineSuite(catalogue);

function refused(t: CheckScope, r: ApiResult, what: string): void {
  const denied = r.status === 401 || r.status === 403 || r.envelope !== undefined;
  t.expect(denied, `${what} to be refused (HTTP 401/403 or the error envelope)`, `HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`, r.exchange);
  t.expect(!Array.isArray(r.body), `${what} to carry no network data`, 'a list of networks', r.exchange);
}

/**
 * A session of its own, logged in with `login` (a body or a raw body): its own transport and cookie jar, so that logging
 * it out leaves the run's session alone; the password and the session's cookies are redacted from what it records.
 */
async function openSession(t: CheckScope, login: Pick<CallOptions<'login'>, 'body' | 'rawBody'>): Promise<{ api: Api; login: ApiResult<LoginResponse> }> {
  const { target } = t.ctx;
  // The check's Redactor: whatever this session is issued becomes a secret of the run's reports too.
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor: t.ctx.transport.redactor });
  transport.onExchange = t.ctx.transport.onExchange;
  t.onCleanup(() => transport.close());
  const api = new Api(transport, { mock: target.mock, onWarning: (m) => t.warn(m) });
  const result = await api.call('login', { ...login, allowPlainJsonError: true });
  return { api, login: result };
}

/** The run's credentials: the `login` need guarantees them (the runner logs in with them, on the mock too). */
function credentials(t: CheckScope): { username: string; password: string } {
  const { username, password } = t.ctx.target;
  if (username === undefined || password === undefined) throw new Error('the run provided no credentials to a check that needs a login');
  return { username, password };
}

/** A second session of the same user, logged in as the runner logs in (JSON). */
async function ownSession(t: CheckScope): Promise<Api> {
  const { username, password } = credentials(t);
  const s = await openSession(t, { body: { username, password } });
  t.expectOk(s.login, `a second login of ${username}`);
  return s.api;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The encodings of POST /login that clients use against real NAS units (the spec declares all three). */
const LOGIN_ENCODINGS: {
  label: string;
  must: boolean;
  login: (username: string, password: string) => Pick<CallOptions<'login'>, 'body' | 'rawBody'>;
  /** Why the Prism mock cannot answer this encoding as the spec describes it. */
  notOnMock?: string;
}[] = [
  {
    label: `the page's curl -d (JSON text, Content-Type ${FORM_TYPE})`,
    must: true,
    login: (username, password) => ({ rawBody: { text: JSON.stringify({ username, password }), contentType: FORM_TYPE } }),
    notOnMock: 'Prism splits every form body into form fields, so it cannot validate JSON text under the form type',
  },
  {
    label: `form fields (username=…&password=…, Content-Type ${FORM_TYPE})`,
    must: false,
    login: (username, password) => ({ rawBody: { text: `username=${encodeURIComponent(username)}&password=${encodeURIComponent(password)}`, contentType: FORM_TYPE } }),
  },
  { label: 'JSON (Content-Type application/json)', must: false, login: (username, password) => ({ body: { username, password } }) },
];

check('SESSION-001', async (t) => {
  refused(t, await t.call('listNetworks', { cookies: 'none', allowPlainJsonError: true }), 'GET /networks without the session cookie');
});

check('SESSION-002', async (t) => {
  refused(t, await t.call('listNetworks', { cookies: 'forged', allowPlainJsonError: true }), 'GET /networks with a forged session cookie');
});

check('SESSION-003', async (t) => {
  const api = await ownSession(t);
  t.expectOk(await api.call('listNetworks'), 'GET /networks in the second session');
  const out = t.expectOk(await api.call('logout'), 'PUT /logout');
  // The mock keeps no sessions: it answers the documented shape, and nothing can be said about the ended session.
  if (t.mock) return;
  t.expect(out.username === t.ctx.target.username, `username ${t.ctx.target.username}`, JSON.stringify(out));
  refused(t, await api.call('listNetworks', { allowPlainJsonError: true }), 'GET /networks with the logged-out session');
});

check('SESSION-004', async (t) => {
  const me = t.expectOk(await t.call('loginRefresh'), 'GET /login_refresh');
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
  const r = await api.call('login', { body: { username: credentials(t).username, password: wrong }, allowPlainJsonError: true });
  t.expect(!r.ok, 'the login with a wrong password to be refused', `HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`, r.exchange);
  const after = await api.call('listNetworks', { allowPlainJsonError: true });
  refused(t, after, 'GET /networks after the refused login');
});

check('SESSION-006', async (t) => {
  const username = t.ctx.target.username ?? '';
  const password = t.ctx.target.password ?? '';
  const outcomes: { label: string; must: boolean; accepted: boolean; why: string; login: ApiResult }[] = [];
  for (const encoding of LOGIN_ENCODINGS) {
    if (t.mock && encoding.notOnMock) {
      t.observe(`${encoding.label}: not measured on the mock (${encoding.notOnMock})`);
      continue;
    }
    const s = await openSession(t, encoding.login(username, password));
    const answered = s.login.body;
    let why = s.login.ok ? '' : `HTTP ${s.login.status} ${JSON.stringify(s.login.body).slice(0, 120)}`;
    // The mock keeps no sessions and answers the documented user: only a stateful target can show the session works.
    if (!why && !t.mock && answered.username !== username) why = `the login answered user ${JSON.stringify(answered.username)}`;
    if (!why && !t.mock) {
      // The session works: GET /networks answers the list with it (SESSION-004 is the check of login_refresh).
      const list = await s.api.call('listNetworks', { allowPlainJsonError: true });
      if (!list.ok) why = `the session it opened does not work: GET /networks answered HTTP ${list.status} ${JSON.stringify(list.body).slice(0, 120)}`;
    }
    // Leave no session open on the target; a failed logout here is not what this check is about.
    if (s.login.ok) await s.api.call('logout', { allowPlainJsonError: true }).catch(() => undefined);
    outcomes.push({ label: encoding.label, must: encoding.must, accepted: !why, why, login: s.login });
  }
  const accepted = outcomes.filter((o) => o.accepted).map((o) => o.label);
  t.observe(`POST /login accepts: ${accepted.join('; ') || 'none of the three encodings'}`);
  for (const o of outcomes) {
    if (o.accepted) continue;
    if (o.must) t.fail(`expected POST /login with ${o.label} to open a session of ${username}; got ${o.why}`, o.login.exchange);
    t.warn(`POST /login with ${o.label} SHOULD open a session of ${username}; got ${o.why}`);
  }
});
