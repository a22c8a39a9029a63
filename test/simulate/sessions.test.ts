// The reference front's session switches (sessions.ts) over real HTTP: each one changes what a client sees, and the
// defaults keep the front as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import { sessionOptionsFrom, type SessionOptions } from '../../runner/simulate/front/sessions.ts';

const PASSWORD = 'sessions-test-password';
const opened: (RunningFront | Agent)[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

interface Reply {
  status: number;
  body: any;
  setCookie?: string;
  connection?: string;
}

async function start(session: SessionOptions): Promise<{ front: RunningFront; call: (method: string, path: string, o?: { cookie?: string; body?: string; type?: string }) => Promise<Reply> }> {
  const front = await startFront({ engine: new MemoryEngine({ containers: [] }), password: PASSWORD, session, recordIssued: true });
  // One connection, kept alive: what a connection limit does is seen on it.
  const agent = new Agent({ connections: 1 });
  opened.push(front, agent);
  const call = async (method: string, path: string, o: { cookie?: string; body?: string; type?: string } = {}): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (o.cookie) headers.cookie = o.cookie;
    if (o.type) headers['content-type'] = o.type;
    const res = await request(front.url + DEFAULT_BASE_PATH + path, { method: method as 'GET', headers, body: o.body, dispatcher: agent });
    const sc = res.headers['set-cookie'];
    return { status: res.statusCode, body: await res.body.json(), setCookie: (Array.isArray(sc) ? sc[0] : sc)?.split(';')[0], connection: res.headers.connection as string | undefined };
  };
  return { front, call };
}

const json = (username: string, password: string) => ({ body: JSON.stringify({ username, password }), type: 'application/json' });
const curlForm = (username: string, password: string) => ({ body: JSON.stringify({ username, password }), type: 'application/x-www-form-urlencoded' });
const formFields = (username: string, password: string) => ({ body: `username=${username}&password=${encodeURIComponent(password)}`, type: 'application/x-www-form-urlencoded' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the front\'s session switches', () => {
  it('by default: one CS_SESS_ID per login, sessions that last, an absent session answered 401 with the envelope', async () => {
    const { call } = await start({});
    const login = await call('POST', '/login', json('admin', PASSWORD));
    expect(login.setCookie).toMatch(/^CS_SESS_ID=[0-9a-f]{32}$/);
    const list = await call('GET', '/networks', { cookie: login.setCookie });
    expect(list.status).toBe(200);
    expect(list.setCookie).toBeUndefined();
    expect(await call('GET', '/networks')).toMatchObject({ status: 401, body: { error: { code: 401 } } });
  });

  it('a session lifetime: the session is refused once it has lasted that long', async () => {
    const { call } = await start({ lifetimeMs: 150 });
    const { setCookie } = await call('POST', '/login', json('admin', PASSWORD));
    expect((await call('GET', '/networks', { cookie: setCookie })).status).toBe(200);
    await sleep(200);
    expect(await call('GET', '/networks', { cookie: setCookie })).toMatchObject({ status: 401, body: { error: { code: 401 } } });
  });

  it.each([
    ['403', 403, 403],
    ['200', 200, 401],
  ] as const)('an ended session answered as %s: HTTP %i with error.code %i', async (endedAnswer, status, code) => {
    const { call } = await start({ endedAnswer });
    expect(await call('GET', '/networks', { cookie: 'CS_SESS_ID=forged' })).toMatchObject({ status, body: { error: { code } } });
  });

  it('a cookie name of its own, and a new value on every answer: the old values stay valid until the session ends', async () => {
    const { call, front } = await start({ cookieName: 'NAS_SID', rotateCookie: true });
    const first = (await call('POST', '/login', json('admin', PASSWORD))).setCookie!;
    expect(first).toMatch(/^NAS_SID=/);
    const second = (await call('GET', '/networks', { cookie: first })).setCookie!;
    const third = (await call('GET', '/networks', { cookie: second })).setCookie!;
    expect(new Set([first, second, third]).size).toBe(3);
    expect((await call('GET', '/networks', { cookie: first })).status).toBe(200);
    expect(front.issued()).toHaveLength(4);
    await call('PUT', '/logout', { cookie: third });
    for (const c of [first, second, third]) expect((await call('GET', '/networks', { cookie: c })).status).toBe(401);
  });

  it('accepted login encodings: the others are refused', async () => {
    const { call } = await start({ loginEncodings: ['curl-form'] });
    expect((await call('POST', '/login', curlForm('admin', PASSWORD))).status).toBe(200);
    expect(await call('POST', '/login', json('admin', PASSWORD))).toMatchObject({ status: 400, body: { error: { message: 'invalid username or password' } } });
    expect((await call('POST', '/login', formFields('admin', PASSWORD))).status).toBe(400);
  });

  it('a lockout after 2 failed logins: then the right password is refused too, and the address is reported', async () => {
    const { call, front } = await start({ lockoutAfter: 2, loginEncodings: ['json'] });
    expect((await call('POST', '/login', json('admin', 'wrong'))).status).toBe(400);
    // A refused encoding counts as a failed login too.
    expect((await call('POST', '/login', formFields('admin', PASSWORD))).status).toBe(400);
    expect(await call('POST', '/login', json('admin', PASSWORD))).toMatchObject({ status: 403, body: { error: { code: 403 } } });
    expect(front.lockouts()).toEqual(['127.0.0.1']);
  });

  it('a password changed: the old one is refused from then on', async () => {
    const { call, front } = await start({});
    front.setPassword('another-password');
    expect((await call('POST', '/login', json('admin', PASSWORD))).status).toBe(400);
    expect((await call('POST', '/login', json('admin', 'another-password'))).status).toBe(200);
  });

  it('at most 3 requests per connection: the third answer says Connection: close, the fourth comes on a new connection', async () => {
    const { call, front } = await start({ maxRequestsPerConnection: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call('GET', '/networks'));
    expect(answers.map((a) => a.connection)).toEqual(['keep-alive', 'keep-alive', 'close', 'keep-alive']);
    expect(front.connections()).toBe(2);
  });

  it('the command-line flags, and a bad value as one line', () => {
    expect(sessionOptionsFrom({ 'session-lifetime': '1500', 'ended-session': '200', 'session-cookie': 'NAS_SID', 'rotate-cookie': true, 'login-encodings': 'curl-form,json', 'lockout-after': '3', 'max-requests-per-connection': '5' })).toEqual({
      lifetimeMs: 1500,
      endedAnswer: '200',
      cookieName: 'NAS_SID',
      rotateCookie: true,
      loginEncodings: ['curl-form', 'json'],
      lockoutAfter: 3,
      maxRequestsPerConnection: 5,
    });
    expect(() => sessionOptionsFrom({ 'ended-session': '302' })).toThrow(/^--ended-session takes 401, 403, 200, got "302"$/);
    expect(() => sessionOptionsFrom({ 'login-encodings': 'json,xml' })).toThrow(/--login-encodings takes a comma-separated subset/);
    expect(() => sessionOptionsFrom({ 'lockout-after': '0' })).toThrow(/--lockout-after takes a whole number of at least 1/);
  });
});
