import type { LoginResponse } from '../generated/types.gen.ts';
import type { Exchange } from '../reporters/model.ts';
import { Api, type ApiResult, type CallOptions } from '../wire/api.ts';
import { countsAsFailedLogin, LOGIN_ENCODINGS, loginEncoding, type Credentials, type LoginAttempt, type LoginEncoding, type LoginEncodingSpec } from '../wire/login.ts';
import type { LoginPurpose, LoginTicket } from '../wire/login-budget.ts';
import { Transport } from '../wire/transport.ts';
import { defineSuite } from './harness/define.ts';
import type { CheckScope } from './harness/scope.ts';

/*
 * Suite: Session security
 */
const { check, bodies } = defineSuite('session');
export default bodies;

function refusedAccess(t: CheckScope, r: ApiResult, what: string): void {
  const denied = r.status === 401 || r.status === 403 || r.envelope !== undefined;
  t.expect(denied, `${what} to be refused (HTTP 401/403 or the error envelope)`, `HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`, r.exchange);
  t.expect(!Array.isArray(r.body), `${what} to carry no network data`, 'a list of networks', r.exchange);
}

/**
 * A transport and API of their own, with a cookie jar of their own: logging in or out on them leaves the run's
 * session alone. They share the worker's Redactor (whatever they are issued becomes a secret of the run's reports
 * too), and every call on them goes through `t.callWith`, so their exchanges are this check's.
 */
function separateSession(t: CheckScope): Api {
  const { target } = t;
  const transport = new Transport({ baseUrl: target.baseUrl, timeoutMs: target.timeoutMs, insecure: target.insecure, redactor: t.worker.redactor, limiter: t.worker.limiter });
  t.onCleanup(() => transport.close());
  return new Api(transport, { mock: target.mock });
}

/** A session of its own (separateSession), logged in with `login` (a body or a raw body). */
async function openSession(t: CheckScope, login: Pick<CallOptions<'login'>, 'body' | 'rawBody'>): Promise<{ api: Api; login: ApiResult<LoginResponse> }> {
  const api = separateSession(t);
  const result = await t.callWith(api, 'login', { ...login, allowPlainJsonError: true });
  return { api, login: result };
}

/** The run's credentials: the `login` need guarantees them (the runner logs in with them, on the mock too). */
function credentials(t: CheckScope): Credentials {
  const { username, password } = t.target;
  if (username === undefined || password === undefined) throw new Error('the run provided no credentials to a check that needs a login');
  return { username, password };
}

/**
 * Room in the run's failed-login budget for a login that may be refused (wire/login-budget.ts), or a skip that says
 * why there is none: a NAS locks an address out after repeated failed logins.
 */
async function loginRoom(t: CheckScope, purpose: LoginPurpose, what: string): Promise<LoginTicket> {
  const ticket = await t.worker.budget.acquire(purpose);
  if (!ticket) t.skip(`${what} could be refused, and ${budgetSpent(t)}`);
  return ticket;
}

function budgetSpent(t: CheckScope): string {
  return `the failed-login budget has no room left (${t.worker.budget.describe()}): a NAS locks an address out after repeated failed logins (QTS IP Access Protection); --max-failed-logins raises it`;
}

/** A second session of the same user, logged in as the runner logged in (the encoding that worked for it). */
async function ownSession(t: CheckScope): Promise<Api> {
  const encoding = t.target.login?.encoding ?? 'json';
  const ticket = await loginRoom(t, 'login', 'a second login');
  const s = await openSession(t, loginEncoding(encoding).options(credentials(t))).catch((err: unknown) => {
    ticket.settle(true, `${t.id}'s second login: no valid answer`);
    throw err;
  });
  ticket.settle(countsAsFailedLogin(attemptOf(s.login, encoding)), `${t.id}'s second login in ${loginEncoding(encoding).label}: HTTP ${s.login.status}`);
  t.expectOk(s.login, `a second login of ${credentials(t).username}`);
  return s.api;
}

function attemptOf(login: ApiResult, encoding: LoginEncoding): LoginAttempt {
  return { encoding, accepted: login.ok, status: login.status, why: login.ok ? '' : `HTTP ${login.status} ${JSON.stringify(login.body).slice(0, 120)}` };
}

/*
 * Requirement: A request without the session cookie MUST be refused (HTTP 401/403 or the error envelope) and carry no
 *   network data.
 * Evidence: page: every documented request carries the login's cookie jar (-b cookies.txt), and the pages' build
 *   treats an "error" answer as unauthorized
 * Faults: session-no-auth
 * Operations: listNetworks
 */
check('SESSION-001', async (t) => {
  refusedAccess(t, await t.call('listNetworks', { cookies: 'none', allowPlainJsonError: true }), 'GET /networks without the session cookie');
});

/*
 * Requirement: A request with a forged session cookie value MUST be refused and carry no network data.
 * Evidence: page: every documented request carries the cookie the login set, not any value
 * Faults: session-forged
 * Operations: listNetworks
 * Needs: state
 */
check('SESSION-002', async (t) => {
  refusedAccess(t, await t.call('listNetworks', { cookies: 'forged', allowPlainJsonError: true }), 'GET /networks with a forged session cookie');
});

/*
 * Requirement: After PUT /logout answers {username}, the ended session MUST be refused.
 * Evidence: page: the System page's PUT /logout answers {username} and ends the session
 * Faults: session-logout-noop
 * Operations: login, logout, listNetworks
 * Needs: login
 */
check('SESSION-003', async (t) => {
  const api = await ownSession(t);
  t.expectOk(await t.callWith(api, 'listNetworks'), 'GET /networks in the second session');
  const out = t.expectOk(await t.callWith(api, 'logout'), 'PUT /logout');
  // The mock keeps no sessions: it answers the documented shape, and nothing can be said about the ended session.
  if (t.mock) return;
  t.expect(out.username === t.target.username, `username ${t.target.username}`, JSON.stringify(out));
  refusedAccess(t, await t.callWith(api, 'listNetworks', { allowPlainJsonError: true }), 'GET /networks with the logged-out session');
});

/*
 * Requirement: GET /login_refresh MUST answer the logged-in user.
 * Evidence: page: the System page's GET /login_refresh answers the login's shape, the logged-in user
 * Faults: login-refresh-anonymous
 * Operations: loginRefresh
 * Needs: login
 */
check('SESSION-004', async (t) => {
  const me = t.expectOk(await t.call('loginRefresh'), 'GET /login_refresh');
  if (!t.mock) t.expect(me.username === t.target.username, `username ${t.target.username}`, JSON.stringify(me.username));
});

/*
 * Requirement: A login with a wrong password MUST be refused and open no session (attempted once at most;
 *   --no-wrong-password skips it).
 * Evidence: page: the System page's login takes a username and its password
 * Faults: login-any-password
 * Operations: login
 * Needs: login, state, wrong-password
 * Runs alone: the wrong-password login may count against this address on a NAS (a lockout would fail the checks
 *   beside it)
 */
check('SESSION-005', async (t) => {
  const ticket = await loginRoom(t, 'wrong-password', 'the deliberate wrong-password login');
  const api = separateSession(t);
  const wrong = { username: credentials(t).username, password: `wrong-${crypto.randomUUID()}` };
  // In the encoding the target accepts: a refusal must be the password's, never the encoding's.
  const encoding = loginEncoding(t.target.login?.encoding ?? 'json');
  const r = await t.callWith(api, 'login', { ...encoding.options(wrong), allowPlainJsonError: true }).catch((err: unknown) => {
    ticket.settle(true, `${t.id}'s deliberate wrong password: no valid answer`);
    throw err;
  });
  ticket.settle(!r.ok, `${t.id}'s deliberate wrong password: HTTP ${r.status}`);
  t.expect(!r.ok, 'the login with a wrong password to be refused', `HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`, r.exchange);
  const after = await t.callWith(api, 'listNetworks', { allowPlainJsonError: true });
  refusedAccess(t, after, 'GET /networks after the refused login');
});

/*
 * Requirement: POST /login MUST open a session for the page's own curl -d (the JSON text under curl's default
 *   Content-Type application/x-www-form-urlencoded) and SHOULD for the form fields username=…&password=… (the body
 *   before 2.4, posted by the Go client go-containerstation) and for JSON with application/json (popster's qnap
 *   module); which encodings the target accepts is recorded.
 * Evidence: page: the documented login is the page's own curl -d (JSON text under the form Content-Type), which
 *   produced the captures
 * Faults: login-curl-form-refused, login-form-fields-refused
 * Operations: login, listNetworks, logout
 * Needs: login
 */
check('SESSION-006', async (t) => {
  const login = credentials(t);
  const { username } = login;
  type Outcome = { encoding: LoginEncodingSpec; accepted: boolean; why: string; exchange?: Exchange };
  const outcomes: Outcome[] = [];
  // What the runner's login already sent is this check's evidence: never sent again (each refusal counts on a NAS).
  const known = new Map((t.target.login?.attempts ?? []).map((a) => [a.encoding, a]));
  const toProbe: LoginEncodingSpec[] = [];
  for (const encoding of LOGIN_ENCODINGS) {
    const attempt = known.get(encoding.id);
    if (t.mock && encoding.notOnMock) t.observe(`${encoding.label}: not measured on the mock (${encoding.notOnMock})`);
    else if (!attempt) toProbe.push(encoding);
    else {
      if (attempt.exchange) t.recorder.record(attempt.exchange);
      let why = attempt.why;
      if (!why && !t.mock && attempt.username !== username) why = `the login answered user ${JSON.stringify(attempt.username)}`;
      outcomes.push({ encoding, accepted: !why, why, exchange: attempt.exchange });
      t.observe(`${encoding.label}: measured by the run's own login (not sent again)`);
    }
  }
  // Each probe opens a session of its own.
  const probe = async (encoding: LoginEncodingSpec): Promise<void> => {
    const ticket = await t.worker.budget.acquire('probe');
    if (!ticket) {
      t.observe(`${encoding.label}: not probed: ${budgetSpent(t)}`);
      if (encoding.must) t.skip(`${encoding.label} could not be probed: ${budgetSpent(t)}`);
      return;
    }
    const s = await openSession(t, encoding.options(login)).catch((err: unknown) => {
      ticket.settle(true, `${t.id}'s probe of ${encoding.label}: no valid answer`);
      throw err;
    });
    const refused = countsAsFailedLogin(attemptOf(s.login, encoding.id));
    ticket.settle(refused, `${t.id}'s probe of ${encoding.label}: HTTP ${s.login.status}`);
    const answered = s.login.body;
    let why = s.login.ok ? '' : `HTTP ${s.login.status} ${JSON.stringify(s.login.body).slice(0, 120)}`;
    // The mock keeps no sessions and answers the documented user: only a stateful target can show the session works.
    if (!why && !t.mock && answered.username !== username) why = `the login answered user ${JSON.stringify(answered.username)}`;
    if (!why && !t.mock) {
      // The session works: GET /networks answers the list with it (login_refresh has a check of its own).
      const list = await t.callWith(s.api, 'listNetworks', { allowPlainJsonError: true });
      if (!list.ok) why = `the session it opened does not work: GET /networks answered HTTP ${list.status} ${JSON.stringify(list.body).slice(0, 120)}`;
    }
    // Leave no session open on the target; a failed logout here is not what this check is about.
    if (s.login.ok) await t.callWith(s.api, 'logout', { allowPlainJsonError: true }).catch(() => undefined);
    outcomes.push({ encoding, accepted: !why, why, exchange: s.login.exchange });
  };
  // Side by side (one after another at --concurrency 1): a probe without room waits for those under way, since an
  // accepted one gives its room back.
  await t.inParallel(toProbe.map((encoding) => () => probe(encoding)));
  const accepted = LOGIN_ENCODINGS.filter((e) => outcomes.some((o) => o.encoding === e && o.accepted)).map((e) => e.label);
  t.observe(`POST /login accepts: ${accepted.join('; ') || 'none of the encodings measured'}`);
  const refused = outcomes.filter((o) => !o.accepted);
  for (const o of refused) if (!o.encoding.must) t.warn(`POST /login with ${o.encoding.label} SHOULD open a session of ${username}; got ${o.why}`);
  for (const o of refused) if (o.encoding.must) t.fail(`expected POST /login with ${o.encoding.label} to open a session of ${username}; got ${o.why}`, o.exchange);
});
