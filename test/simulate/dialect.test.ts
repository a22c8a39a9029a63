// The dialects of the reference front (dialect.ts) over real HTTP: what a client sees when the success status is 201,
// errors come with HTTP 200, Content-Type carries a charset, or the list comes in another order; and the command line
// of the memory target that sets them.
import { afterEach, describe, expect, it } from 'vitest';
import { parseDialect, type Dialect } from '../../runner/simulate/front/shape/dialect.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';

const PASSWORD = 'dialect-test-password';
let target: Simulator | undefined;
afterEach(() => target?.close());

/** A logged-in client of a memory target speaking `dialect`. */
async function client(dialect: Dialect) {
  target = await startSimulator({ password: PASSWORD, dialect });
  const base = target.url;
  const login = await fetch(`${base}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const call = async (method: string, path: string, json?: unknown, withCookie = true) => {
    const res = await fetch(base + path, { method, headers: { ...(withCookie ? { cookie } : {}), ...(json ? { 'content-type': 'application/json' } : {}) }, body: json ? JSON.stringify(json) : undefined });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
  };
  return { login, call };
}

describe('dialects of the reference front', () => {
  it('a success status per operation: 201 for create, 200 for the rest', async () => {
    const { login, call } = await client({ successStatus: { createNetwork: 201 } });
    expect(login.status).toBe(200);
    const created = await call('POST', '/networks', { name: 'd-201', check_duplicate: true });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ Id: expect.stringMatching(/^[0-9a-f]{64}$/), Warning: '' });
    expect((await call('GET', '/networks')).status).toBe(200);
    // An error keeps its status.
    expect((await call('POST', '/networks', { name: 'd-201', check_duplicate: true })).status).toBe(400);
  });

  it('201 for every success, login included', async () => {
    const { login, call } = await client({ successStatus: 201 });
    expect(login.status).toBe(201);
    expect(login.headers.get('set-cookie')).toMatch(/^CS_SESS_ID=/);
    expect((await call('GET', '/networks')).status).toBe(201);
    expect((await call('GET', '/system')).status).toBe(201);
  });

  it('errors as HTTP 200 with the envelope, but "no session" keeps its 401', async () => {
    const { call } = await client({ errorsAs200: true });
    const missing = await call('GET', '/networks/no-such-network/inspect');
    expect(missing.status).toBe(200);
    expect(missing.body.error.message).toMatch(/not found/);
    expect((await call('GET', '/no-such-route')).status).toBe(200);
    const anonymous = await call('GET', '/networks', undefined, false);
    expect(anonymous.status).toBe(401);
  });

  it('a charset in Content-Type, on successes and errors', async () => {
    const { call } = await client({ charset: true });
    expect((await call('GET', '/networks')).type).toBe('application/json; charset=utf-8');
    expect((await call('GET', '/networks/no-such-network/inspect')).type).toBe('application/json; charset=utf-8');
  });

  it('the list in the engine\'s order, reversed, or shuffled anew', async () => {
    const names = async (dialect: Dialect) => {
      const { call } = await client(dialect);
      for (const n of ['d-a', 'd-b', 'd-c', 'd-d', 'd-e', 'd-f']) await call('POST', '/networks', { name: n });
      const lists: string[][] = [];
      for (let i = 0; i < 6; i++) lists.push((await call('GET', '/networks')).body.map((n: { Name: string }) => n.Name));
      await target!.close();
      return lists;
    };
    const engine = await names({ listOrder: 'engine' });
    expect(new Set(engine.map((l) => l.join())).size).toBe(1);
    expect((await names({ listOrder: 'reversed' }))[0]).toEqual([...engine[0]].reverse());
    const shuffled = await names({ listOrder: 'shuffled' });
    for (const l of shuffled) expect([...l].sort()).toEqual([...engine[0]].sort());
    expect(new Set(shuffled.map((l) => l.join())).size).toBeGreaterThan(1);
  });

  it('reads the dialect from command-line values, refusing what it does not know', () => {
    expect(parseDialect({ successStatus: '201', errorsAs200: true, charset: true, listOrder: 'shuffled' })).toEqual({ successStatus: 201, errorsAs200: true, charset: true, listOrder: 'shuffled' });
    expect(parseDialect({ successStatus: 'createNetwork=201,connectContainer=201' })).toEqual({ successStatus: { createNetwork: 201, connectContainer: 201 } });
    expect(() => parseDialect({ successStatus: '204' })).toThrow(/200 or 201/);
    expect(() => parseDialect({ successStatus: 'create=201' })).toThrow(/unknown operation "create"/);
    expect(() => parseDialect({ listOrder: 'sorted' })).toThrow(/engine, reversed or shuffled/);
  });
});
