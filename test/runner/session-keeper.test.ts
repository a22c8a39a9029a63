// The session keeper (wire/session-keeper.ts) against the real reference front: what counts as an ended session,
// one login per expiry however many calls met it, a genuine 401/403 of an operation left as it is, and the three
// ways the session is lost (a refused renewal, no budget to risk one, a session that ends again at once).
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Api } from '../../wire/api.ts';
import { attemptLogin, type LoginEncoding } from '../../wire/login.ts';
import { LoginBudget } from '../../wire/login-budget.ts';
import { SessionKeeper, SessionLostError, sessionEnded } from '../../wire/session-keeper.ts';
import { Transport } from '../../wire/transport.ts';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import type { SessionOptions } from '../../runner/simulate/front/sessions.ts';

const PASSWORD = 'keeper-test-password';
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const answer = (status: number, body: unknown) => ({ status, text: JSON.stringify(body) });

describe('an ended session, however the firmware says it', () => {
  it.each([
    ['HTTP 401 with the envelope', answer(401, { error: { code: 401, message: 'unauthorized' } }), 'HTTP 401'],
    ['HTTP 403 with an HTML page', { status: 403, text: '<html>Forbidden</html>' }, 'HTTP 403'],
    ['HTTP 200 with the envelope, code 401', answer(200, { error: { code: 401, message: 'unauthorized' } }), 'HTTP 200, error.code 401'],
    ['HTTP 400 with the envelope, code 403', answer(400, { error: { code: 403, message: 'no session' } }), 'HTTP 400, error.code 403'],
  ])('%s: ended', (_name, a, says) => {
    expect(sessionEnded(a)).toBe(says);
  });

  it.each([
    ['a list of networks', answer(200, [{ Name: 'error', Id: 'x' }])],
    ['an engine error (code 400)', answer(400, { error: { code: 400, message: '404 Client Error: Not Found ("network x not found")' } })],
    // A firmware passing the engine's 403 through as its code and status: the operation's answer, not the session's.
    ['the engine\'s 403 passed through', answer(403, { error: { code: 403, message: '403 Client Error: Forbidden ("endpoint with name c already exists in network n")' } })],
    ['the engine\'s 403 on HTTP 200', answer(200, { error: { code: 403, message: '403 Client Error for http+docker://localhost/v1.41/networks/n/connect: Forbidden ("endpoint with name c already exists in network n")' } })],
  ])('%s: not ended', (_name, a) => {
    expect(sessionEnded(a)).toBeUndefined();
  });
});

interface Kept {
  api: Api;
  keeper: SessionKeeper;
  budget: LoginBudget;
  lost: SessionLostError[];
}

/** The runner's API, logged in, its session kept, against `baseUrl`. */
async function keptApi(baseUrl: string, budget = new LoginBudget({ max: 2, spentOn: [] }), encoding: LoginEncoding = 'json'): Promise<Kept> {
  const transport = new Transport({ baseUrl, timeoutMs: 3000, insecure: false });
  closers.push(() => transport.close());
  const api = new Api(transport, { mock: false });
  const credentials = { username: 'admin', password: PASSWORD };
  expect((await attemptLogin(api, encoding, credentials)).attempt.accepted).toBe(true);
  const lost: SessionLostError[] = [];
  const keeper = new SessionKeeper(api, { credentials, encoding, budget, who: 'the test', onLost: (e) => lost.push(e), budgetWaitMs: 3000 });
  api.options.session = keeper;
  return { api, keeper, budget, lost };
}

async function front(session: SessionOptions): Promise<RunningFront> {
  const f = await startFront({ engine: new MemoryEngine({ containers: [] }), password: PASSWORD, session, recordIssued: true });
  closers.push(() => f.close());
  return f;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the session keeper', () => {
  it('one login per expiry, shared by every call in flight; each refused call is sent again and answered', async () => {
    const f = await front({ lifetimeMs: 300, endedAnswer: '200' });
    const k = await keptApi(f.url + DEFAULT_BASE_PATH);
    for (let round = 1; round <= 2; round++) {
      await sleep(350);
      const results = await Promise.all(Array.from({ length: 8 }, () => k.api.call('listNetworks')));
      expect(results.map((r) => r.ok)).toEqual(Array(8).fill(true));
      expect(k.keeper.renewals).toBe(round);
    }
    // The first login and one per expiry.
    expect(f.issued()).toHaveLength(3);
    expect(k.lost).toEqual([]);
  });

  it('a renewal that is refused: the session is lost, once, with one line; the refusal is spent from the budget', async () => {
    const f = await front({ lifetimeMs: 200 });
    const k = await keptApi(f.url + DEFAULT_BASE_PATH);
    f.setPassword('changed-meanwhile');
    await sleep(250);
    const calls = await Promise.allSettled([k.api.call('listNetworks'), k.api.call('getSystem')]);
    for (const c of calls) expect(c.status === 'rejected' && c.reason).toBeInstanceOf(SessionLostError);
    expect(k.lost).toHaveLength(1);
    expect(k.lost[0].oneLine()).toMatch(/^the session ended \(HTTP 401\) and a new login was refused: HTTP 400 invalid username or password — check --username and the password/);
    expect(k.budget.spent).toBe(1);
  });

  it('no budget left: the session is lost without a login that could lock the address out', async () => {
    const f = await front({ lifetimeMs: 200 });
    const k = await keptApi(f.url + DEFAULT_BASE_PATH, new LoginBudget({ max: 2, spentOn: ['one', 'two'] }));
    await sleep(250);
    await expect(k.api.call('listNetworks')).rejects.toThrow(/failed-login budget is spent \(2 failed logins allowed \(--max-failed-logins\), 2 spent: one; two\)/);
    expect(f.issued()).toHaveLength(1);
  });

  it('a session that ends again at once after a login that worked: lost, not a failure per call', async () => {
    const f = await front({ lifetimeMs: 1 });
    const k = await keptApi(f.url + DEFAULT_BASE_PATH);
    await sleep(5);
    await expect(k.api.call('listNetworks')).rejects.toThrow(/the session ended again right after a new login that worked \(HTTP 401, then HTTP 401 to GET \/login_refresh\)/);
    expect(k.lost).toHaveLength(1);
  });

  it("a genuine 403 of an operation is its answer: the probe shows the session alive, nothing is lost", async () => {
    // A firmware that refuses this one operation with 403 whatever the session: everything else works.
    let logins = 0;
    const server: Server = createServer((req, res) => {
      req.resume();
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.url?.endsWith('/login')) return send(200, { anonymous: false, isAdmin: true, logintime: '2026-01-01 00:00:00', username: 'admin' }, { 'set-cookie': `SID=${++logins}; Path=/` });
      if (req.url?.endsWith('/login_refresh')) return send(200, { anonymous: false, isAdmin: true, logintime: '2026-01-01 00:00:00', username: 'admin' });
      send(403, { error: { code: 403, message: 'forbidden by the NAS policy' } });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    const k = await keptApi(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
    const r = await k.api.call('getSystem', { allowPlainJsonError: true });
    expect(r.status).toBe(403);
    expect(r.envelope?.message).toBe('forbidden by the NAS policy');
    expect(k.lost).toEqual([]);
  });
});
