// The reference front over real HTTP with the memory engine: session, every route, the envelope in both docker-py
// formats, the engine semantics as a client sees them, and one scenario per seeded fault showing it changes behaviour.
import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_FAMILIES, FAULT_TABLE, type FaultName } from '../../runner/simulate/faults.ts';
import { DEFAULT_BASE_PATH, startFront, type FrontOptions, type RunningFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import { FrontAsEngine } from '../reference-target/front-as-engine.ts';
import { measuredRows, probeResolution } from '../reference-target/resolution-probe.ts';
import { startSimulator } from '../../runner/simulate/simulator.ts';

// A throwaway credential for in-process servers only.
const PASSWORD = 'reference-test-password';
const RUNNING = 'ref-running';
const CREATED = 'ref-created';
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

interface Reply {
  status: number;
  type: string;
  setCookie: string | null;
  body: any;
}

interface CallOptions {
  json?: unknown;
  raw?: string;
  /** undefined: the session cookie; null: no cookie; a string: this Cookie header. */
  cookie?: string | null;
  signal?: AbortSignal;
}

class Client {
  readonly base: string;
  cookie: string | undefined;

  constructor(base: string) {
    this.base = base;
  }

  async call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    const cookie = opts.cookie === undefined ? this.cookie : opts.cookie;
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] = 'application/json';
    } else if (opts.raw !== undefined) {
      body = opts.raw;
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(this.base + path, { method, headers, body, signal: opts.signal });
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    return { status: res.status, type, setCookie: res.headers.get('set-cookie'), body: type.startsWith('application/json') ? JSON.parse(text) : text };
  }

  async login(username = 'admin', password = PASSWORD): Promise<Reply> {
    const r = await this.call('POST', '/login', { json: { username, password }, cookie: null });
    if (r.setCookie) this.cookie = r.setCookie.split(';')[0];
    return r;
  }

  async create(name: string, extra: Record<string, unknown> = {}): Promise<Reply> {
    return this.call('POST', '/networks', { json: { name, ...extra } });
  }

  async inspect(id: string): Promise<any> {
    return (await this.call('GET', `/networks/${encodeURIComponent(id)}`)).body;
  }

  async names(): Promise<string[]> {
    return ((await this.call('GET', '/networks')).body as { Name: string }[]).map((n) => n.Name);
  }
}

const opened: RunningFront[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

async function start(faults: FaultName[] = [], extra: Partial<FrontOptions> = {}): Promise<{ client: Client; front: RunningFront }> {
  const engine = new MemoryEngine({ containers: [{ name: RUNNING, running: true }, { name: CREATED, running: false }] });
  const front = await startFront({ engine, password: PASSWORD, faults, ...extra });
  opened.push(front);
  const client = new Client(front.url + (extra.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, ''));
  await client.login(extra.username ?? 'admin');
  return { client, front };
}

const target = async (faults: FaultName[] = [], extra: Partial<FrontOptions> = {}): Promise<Client> => (await start(faults, extra)).client;

const envelope = (message: string): unknown => ({ error: { code: 400, message } });

describe('session', () => {
  it('logs in with a random HttpOnly CS_SESS_ID cookie and the documented body', async () => {
    const c = await target();
    const r = await c.login();
    expect(r.status).toBe(200);
    expect(r.setCookie).toMatch(/^CS_SESS_ID=[0-9a-f]{32}; Path=\/; HttpOnly$/);
    expect(r.body).toEqual({ anonymous: false, isAdmin: true, logintime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), username: 'admin' });
    const again = await new Client(c.base).login();
    expect(again.setCookie).not.toBe(r.setCookie);
  });

  it('logs in with the three encodings clients use: JSON, the page\'s curl (JSON text, form type) and form fields', async () => {
    const c = await target();
    const bodies = [
      { json: { username: 'admin', password: PASSWORD } },
      { raw: JSON.stringify({ username: 'admin', password: PASSWORD }) },
      { raw: `username=admin&password=${encodeURIComponent(PASSWORD)}` },
    ];
    for (const body of bodies) {
      const r = await c.call('POST', '/login', { ...body, cookie: null });
      expect(r.status, JSON.stringify(body)).toBe(200);
      expect(r.body.username).toBe('admin');
      const session = await c.call('GET', '/login_refresh', { cookie: r.setCookie!.split(';')[0] });
      expect(session.body.username).toBe('admin');
    }
  });

  it('refuses wrong credentials, sid logins and bad bodies with a 400 envelope and no cookie', async () => {
    const c = await target();
    for (const json of [{ username: 'admin', password: 'wrong' }, { username: 'root', password: PASSWORD }, { password: PASSWORD }, { sid: 'abcdef' }]) {
      const r = await c.call('POST', '/login', { json, cookie: null });
      expect(r.status, JSON.stringify(json)).toBe(400);
      expect(r.body.error.code).toBe(400);
      expect(r.setCookie).toBeNull();
    }
    const raw = await c.call('POST', '/login', { raw: 'username=admin&password=x', cookie: null });
    expect(raw.status).toBe(400);
    expect(raw.body).toMatchObject({ error: { code: 400 } });
  });

  it('answers 401 with the envelope and no data on every protected route without a valid session', async () => {
    const c = await target();
    const routes: [string, string][] = [
      ['GET', '/login_refresh'], ['PUT', '/logout'], ['GET', '/system'], ['GET', '/networks'], ['GET', '/networks/'],
      ['POST', '/networks'], ['DELETE', '/networks/'], ['GET', '/networks/bridge'], ['GET', '/networks/bridge/inspect'],
      ['DELETE', '/networks/x'], ['POST', '/networks/bridge/connect'], ['POST', '/networks/bridge/disconnect'],
    ];
    for (const [method, path] of routes) {
      for (const cookie of [null, `CS_SESS_ID=${'0'.repeat(32)}`, 'other=1']) {
        const r = await c.call(method, path, { cookie, json: method === 'POST' ? { name: 'x', container: RUNNING } : undefined });
        expect(r.status, `${method} ${path} ${cookie}`).toBe(401);
        expect(r.body).toEqual({ error: { code: 401, message: 'unauthorized' } });
      }
    }
    expect(await c.names()).toEqual(expect.not.arrayContaining(['x']));
  });

  it('refreshes, then logs out and invalidates only that session', async () => {
    const c = await target([], { username: 'operator' });
    const other = new Client(c.base);
    await other.login('operator');
    const refresh = await c.call('GET', '/login_refresh');
    expect(refresh.body).toEqual({ anonymous: false, isAdmin: true, logintime: expect.any(String), username: 'operator' });
    expect((await c.call('PUT', '/logout')).body).toEqual({ username: 'operator' });
    expect((await c.call('GET', '/networks')).status).toBe(401);
    expect((await other.call('GET', '/networks')).status).toBe(200);
  });
});

describe('routes', () => {
  it('describes the system with the engine version', async () => {
    const r = await (await target()).call('GET', '/system');
    expect(r.status).toBe(200);
    expect(r.body.version).toEqual({ qpkg: '2.4.0.2316-reference', firmware: 'reference', dockerVersion: '20.10.24-memory' });
  });

  it('lists on /networks and /networks/, Containers always {}', async () => {
    const c = await target();
    const a = await c.call('GET', '/networks');
    const b = await c.call('GET', '/networks/');
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
    expect(a.body.map((n: { Name: string }) => n.Name).sort()).toEqual(['bridge', 'host', 'none']);
    expect(a.body.every((n: { Containers: object }) => Object.keys(n.Containers).length === 0)).toBe(true);
  });

  it('creates and inspects by Id, name, Id prefix, on both inspect paths, with URL-decoded ids', async () => {
    const c = await target();
    const r = await c.create('doc_test_network', { check_duplicate: true });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ Id: expect.stringMatching(/^[0-9a-f]{64}$/), Warning: '' });
    const id: string = r.body.Id;
    for (const ref of [id, 'doc_test_network', id.slice(0, 12)]) {
      for (const suffix of ['', '/inspect']) {
        const got = await c.call('GET', `/networks/${ref}${suffix}`);
        expect(got.status).toBe(200);
        expect(got.body).toMatchObject({ Id: id, Name: 'doc_test_network', Created: expect.stringMatching(RFC3339) });
      }
    }
    await c.create('bad/name x');
    expect((await c.call('GET', '/networks/bad%2Fname%20x/inspect')).body.Name).toBe('bad/name x');
    expect((await c.call('GET', '/networks/%E0%A4%A')).status).toBe(400);
  });

  it('builds the engine request the way docker-py does', async () => {
    const c = await target();
    await c.create('full', {
      driver: 'bridge', internal: 'true', options: { foo: 'bar' }, labels: { a: '1' },
      ipam: { Driver: 'default', Config: [{ Subnet: '10.77.0.0/24', Gateway: '10.77.0.254' }] },
    });
    expect(await c.inspect('full')).toMatchObject({
      Driver: 'bridge', Internal: true, Options: { foo: 'bar' }, Labels: { a: '1' },
      IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: '10.77.0.0/24', Gateway: '10.77.0.254' }] },
    });
    await c.create('not-internal', { internal: 'false' });
    expect((await c.inspect('not-internal')).Internal).toBe(false);
    await c.create('internal-bool', { internal: true });
    expect((await c.inspect('internal-bool')).Internal).toBe(true);
    const v6 = await c.create('v6', { enableIPv6: true });
    expect(v6.body.error.message).toContain('IPv6 address pool');
  });

  it('creates duplicates with a Warning unless check_duplicate is true', async () => {
    const c = await target();
    const first = await c.create('doc_test_network');
    const second = await c.create('doc_test_network');
    expect(second.body.Warning).toBe(`Network with name doc_test_network (id : ${first.body.Id}) already exists`);
    for (const check of [true, 'true']) {
      const refused = await c.create('doc_test_network', { check_duplicate: check });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual(envelope('409 Client Error: Conflict ("network with name doc_test_network already exists")'));
    }
    const ambiguous = await c.call('GET', '/networks/doc_test_network');
    expect(ambiguous.body).toEqual(envelope('400 Client Error: Bad Request ("2 matches found based on name: network doc_test_network is ambiguous")'));
  });

  it('forwards a missing name to the engine, which answers invalid name', async () => {
    const c = await target();
    const r = await c.call('POST', '/networks', { json: { driver: 'bridge' } });
    expect(r.status).toBe(400);
    expect(r.body).toEqual(envelope('500 Server Error: Internal Server Error ("invalid name: ")'));
  });

  it('uses the docker-py >= 4.4 format with the engine URL when asked', async () => {
    const c = await target([], { dockerPyUrlFormat: true });
    await c.create('dup');
    expect((await c.create('dup', { check_duplicate: true })).body).toEqual(
      envelope('409 Client Error for http+docker://localhost/v1.41/networks/create: Conflict ("network with name dup already exists")'),
    );
    expect((await c.call('DELETE', '/networks/no%20such')).body).toEqual(
      envelope('404 Client Error for http+docker://localhost/v1.41/networks/no%20such: Not Found ("network no such not found")'),
    );
  });

  it('connects running and created containers; only running ones show in inspect', async () => {
    const c = await target();
    await c.create('doc_test_network');
    for (const container of [RUNNING, CREATED, CREATED]) {
      const r = await c.call('POST', '/networks/doc_test_network/connect', { json: { container } });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({});
    }
    const containers = Object.values((await c.inspect('doc_test_network')).Containers);
    expect(containers).toEqual([expect.objectContaining({ Name: RUNNING, IPv4Address: expect.stringMatching(/\/16$/), IPv6Address: '' })]);
    expect((await c.call('POST', '/networks/doc_test_network/connect', { json: { container: RUNNING } })).body).toEqual(
      envelope(`403 Client Error: Forbidden ("endpoint with name ${RUNNING} already exists in network doc_test_network")`),
    );
    expect((await c.call('POST', '/networks/doc_test_network/connect', { json: { container: 'nosuchcontainer' } })).body).toEqual(
      envelope('404 Client Error: Not Found ("No such container: nosuchcontainer")'),
    );
    expect((await c.call('POST', '/networks/doc_test_network/connect', { json: {} })).body).toEqual(
      envelope('400 Client Error: Bad Request ("invalid name or ID supplied: """)'),
    );
  });

  it('disconnects, words "not connected" by container state, and reads force "true"', async () => {
    const c = await target();
    await c.create('net');
    await c.call('POST', '/networks/net/connect', { json: { container: RUNNING } });
    expect((await c.call('POST', '/networks/net/disconnect', { json: { container: RUNNING, force: 'true' } })).body).toEqual({});
    expect(Object.keys((await c.inspect('net')).Containers)).toEqual([]);
    const running = await c.call('POST', '/networks/net/disconnect', { json: { container: RUNNING, forct: false } });
    expect(running.body.error.message).toMatch(/^500 Server Error: Internal Server Error \("container [0-9a-f]{64} is not connected to network net"\)$/);
    const created = await c.call('POST', '/networks/net/disconnect', { json: { container: CREATED } });
    expect(created.body.error.message).toMatch(/is not connected to the network net"\)$/);
  });

  it('removes, refuses in-use and predefined networks, and reports not found as documented', async () => {
    const c = await target();
    await c.create('doc_test_network');
    await c.call('POST', '/networks/doc_test_network/connect', { json: { container: RUNNING } });
    const inUse = await c.call('DELETE', '/networks/doc_test_network');
    expect(inUse.status).toBe(400);
    expect(inUse.body.error.message).toMatch(/^403 Client Error: Forbidden \("error while removing network: network doc_test_network id [0-9a-f]{64} has active endpoints"\)$/);
    await c.call('POST', '/networks/doc_test_network/disconnect', { json: { container: RUNNING } });
    expect((await c.call('DELETE', '/networks/doc_test_network')).body).toEqual({});
    expect((await c.call('DELETE', '/networks/doc_test_network')).body).toEqual(envelope('404 Client Error: Not Found ("network doc_test_network not found")'));
    expect((await c.call('DELETE', '/networks/bridge')).body).toEqual(envelope('403 Client Error: Forbidden ("bridge is a pre-defined network and cannot be removed")'));
  });

  it('prunes: null when nothing goes, names otherwise, networks with running containers kept', async () => {
    const c = await target();
    expect((await c.call('DELETE', '/networks/')).body).toEqual({ NetworksDeleted: null });
    await c.create('doc_test_network_1');
    await c.create('doc_test_network_2');
    await c.create('kept');
    await c.call('POST', '/networks/kept/connect', { json: { container: RUNNING } });
    await c.call('POST', '/networks/doc_test_network_2/connect', { json: { container: CREATED } });
    const r = await c.call('DELETE', '/networks/');
    expect(r.status).toBe(200);
    expect(r.body.NetworksDeleted.sort()).toEqual(['doc_test_network_1', 'doc_test_network_2']);
    expect((await c.names()).sort()).toEqual(['bridge', 'host', 'kept', 'none']);
  });

  it('refuses bodies that are not JSON objects before reaching the engine', async () => {
    const c = await target();
    for (const [path, raw] of [['/networks', 'not json'], ['/networks', '[]'], ['/networks', ''], ['/networks/bridge/connect', '"x"'], ['/networks/bridge/disconnect', 'null']]) {
      const r = await c.call('POST', path, { raw });
      expect(r.status, `${path} ${raw}`).toBe(400);
      expect(r.body).toEqual({ error: { code: 400, message: expect.any(String) } });
    }
    expect(await c.names()).toHaveLength(3);
  });

  it('answers unknown routes 404 and wrong methods 405 with the envelope', async () => {
    const { client: c, front } = await start();
    expect((await c.call('GET', '/nothing')).body).toEqual({ error: { code: 404, message: 'not found' } });
    expect((await c.call('GET', '/networks/bridge/bogus')).status).toBe(404);
    expect((await c.call('GET', '/networks/a/b/c')).status).toBe(404);
    const wrong = await c.call('PUT', '/networks');
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.code).toBe(405);
    expect((await fetch(`${front.url}/api/v1/networks`)).status).toBe(404);
  });

  it('serves under a custom base path', async () => {
    const c = await target([], { basePath: '/containerstation/api/v1/' });
    expect((await c.call('GET', '/networks')).status).toBe(200);
  });

  it('refuses unknown fault names', async () => {
    await expect(startFront({ engine: new MemoryEngine(), password: PASSWORD, faults: ['no-such-fault' as FaultName] })).rejects.toThrow(/unknown fault/);
  });

  it('closes with keep-alive connections open', async () => {
    const { client, front } = await start();
    await client.call('GET', '/networks');
    const t0 = performance.now();
    await front.close();
    await front.close();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

type Scenario = [run: (c: Client) => Promise<unknown>, clean: unknown, faulty: unknown];

const listHasBridge = async (c: Client): Promise<any> => ((await c.call('GET', '/networks')).body as any[]).find((n) => n.Name === 'bridge');
const createThenInspect = async (c: Client, extra: Record<string, unknown>): Promise<any> => {
  await c.create('probe', extra);
  return c.inspect('probe');
};
const statusOf = async (c: Client, method: string, path: string, opts?: CallOptions): Promise<number> => (await c.call(method, path, opts)).status;
const createThenListed = async (c: Client, extra: Record<string, unknown>): Promise<boolean> => {
  await c.create('kind', extra);
  return (await c.names()).includes('kind');
};
/** The status and whether the answer was an HTML page rather than JSON. */
const htmlOf = async (c: Client, method: string, path: string, opts?: CallOptions): Promise<{ status: number; html: boolean }> => {
  const r = await c.call(method, path, opts);
  return { status: r.status, html: r.type.startsWith('text/html') };
};

/**
 * A scenario per fault whose behaviour lives in the simulator's code. A fault declared only by a rewrite of its answers
 * (its row's `rewrites`) may go without one: the rewrite is the table's own data, and test/simulate/fault-caught.test.ts
 * runs the checks that name it against it.
 */
const SCENARIOS: Partial<Record<FaultName, Scenario>> = {
  'list-hides-predefined': [async (c) => (await c.names()).includes('bridge'), true, false],
  'list-stale': [
    async (c) => {
      await c.create('gone');
      await c.names();
      await c.call('DELETE', '/networks/gone');
      return (await c.names()).includes('gone');
    },
    false,
    true,
  ],
  'inspect-by-name-broken': [
    async (c) => {
      const id: string = (await c.create('by-name')).body.Id;
      return { byName: await statusOf(c, 'GET', '/networks/by-name'), byIdPrefix: await statusOf(c, 'GET', `/networks/${id.slice(0, 12)}`) };
    },
    { byName: 200, byIdPrefix: 200 },
    { byName: 400, byIdPrefix: 200 },
  ],
  'create-ignores-driver': [async (c) => (await c.create('d', { driver: 'nosuchdriver' })).status, 400, 200],
  'create-ignores-internal': [async (c) => (await createThenInspect(c, { internal: true })).Internal, true, false],
  'create-ignores-options': [async (c) => (await createThenInspect(c, { options: { foo: 'bar' } })).Options, { foo: 'bar' }, {}],
  'create-ignores-ipam': [
    async (c) => (await createThenInspect(c, { ipam: { Config: [{ Subnet: '10.77.0.0/24' }] } })).IPAM.Config,
    [{ Subnet: '10.77.0.0/24' }],
    [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }],
  ],
  'create-wrong-id': [async (c) => (await c.create('w')).body.Id === (await c.inspect('w')).Id, true, false],
  'duplicate-allowed': [
    async (c) => {
      await c.create('dup');
      const r = await c.create('dup', { check_duplicate: true });
      return { status: r.status, keys: Object.keys(r.body) };
    },
    { status: 400, keys: ['error'] },
    { status: 200, keys: ['Id', 'Warning'] },
  ],
  'duplicate-bad-envelope': [
    async (c) => {
      await c.create('dup');
      const r = await c.create('dup', { check_duplicate: true });
      return { status: r.status, keys: Object.keys(r.body) };
    },
    { status: 400, keys: ['error'] },
    { status: 409, keys: ['message'] },
  ],
  'connect-noop': [
    async (c) => {
      await c.create('cn');
      await c.call('POST', '/networks/cn/connect', { json: { container: RUNNING } });
      return Object.keys((await c.inspect('cn')).Containers).length;
    },
    1,
    0,
  ],
  'connect-unknown-container-accepted': [
    async (c) => {
      await c.create('cu');
      const r = await c.call('POST', '/networks/cu/connect', { json: { container: 'nosuchcontainer' } });
      return { status: r.status, body: r.body };
    },
    { status: 400, body: envelope('404 Client Error: Not Found ("No such container: nosuchcontainer")') },
    { status: 200, body: {} },
  ],
  'disconnect-noop': [
    async (c) => {
      await c.create('dn');
      await c.call('POST', '/networks/dn/connect', { json: { container: RUNNING } });
      await c.call('POST', '/networks/dn/disconnect', { json: { container: RUNNING } });
      return Object.keys((await c.inspect('dn')).Containers).length;
    },
    0,
    1,
  ],
  'remove-noop': [
    async (c) => {
      await c.create('rn');
      await c.call('DELETE', '/networks/rn');
      return (await c.names()).includes('rn');
    },
    false,
    true,
  ],
  'remove-notfound-ok': [async (c) => (await c.call('DELETE', '/networks/nosuchnet')).body, envelope('404 Client Error: Not Found ("network nosuchnet not found")'), {}],
  'remove-in-use-forced': [
    async (c) => {
      await c.create('busy');
      await c.call('POST', '/networks/busy/connect', { json: { container: RUNNING } });
      const status = await statusOf(c, 'DELETE', '/networks/busy');
      return { status, kept: (await c.names()).includes('busy') };
    },
    { status: 400, kept: true },
    { status: 200, kept: false },
  ],
  'prune-takes-attached': [
    async (c) => {
      await c.create('attached');
      await c.call('POST', '/networks/attached/connect', { json: { container: RUNNING } });
      return (await c.call('DELETE', '/networks/')).body;
    },
    { NetworksDeleted: null },
    { NetworksDeleted: ['attached'] },
  ],
  'prune-noop': [
    async (c) => {
      await c.create('unused');
      await c.call('DELETE', '/networks/');
      return (await c.names()).includes('unused');
    },
    false,
    true,
  ],
  'prune-empty-array': [async (c) => (await c.call('DELETE', '/networks/')).body, { NetworksDeleted: null }, { NetworksDeleted: [] }],
  'session-no-auth': [(c) => statusOf(c, 'GET', '/networks', { cookie: null }), 401, 200],
  'session-forged': [(c) => statusOf(c, 'GET', '/networks', { cookie: `CS_SESS_ID=${'f'.repeat(32)}` }), 401, 200],
  'session-logout-noop': [
    async (c) => {
      await c.call('PUT', '/logout');
      return statusOf(c, 'GET', '/networks');
    },
    401,
    200,
  ],
  'bad-input-html': [
    (c) => htmlOf(c, 'POST', '/networks', { raw: 'not json' }),
    { status: 400, html: false },
    { status: 500, html: true },
  ],
  'bad-input-creates': [
    async (c) => ({ status: await statusOf(c, 'POST', '/networks', { json: {} }), names: (await c.names()).filter((n) => n.startsWith('unnamed-')) }),
    { status: 400, names: [] },
    { status: 200, names: ['unnamed-1'] },
  ],
  'bad-input-coerces-name': [
    async (c) => ({ status: await statusOf(c, 'POST', '/networks', { json: { name: 12345 } }), names: (await c.names()).filter((n) => n === '12345') }),
    { status: 400, names: [] },
    { status: 200, names: ['12345'] },
  ],
  'login-refresh-anonymous': [async (c) => (await c.call('GET', '/login_refresh')).body.username, 'admin', 'nobody'],
  'login-curl-form-refused': [(c) => statusOf(c, 'POST', '/login', { raw: JSON.stringify({ username: 'admin', password: PASSWORD }), cookie: null }), 200, 400],
  'login-form-fields-refused': [(c) => statusOf(c, 'POST', '/login', { raw: `username=admin&password=${encodeURIComponent(PASSWORD)}`, cookie: null }), 200, 400],
  'connect-answers-not-empty': [
    async (c) => {
      await c.create('probe');
      return (await c.call('POST', '/networks/probe/connect', { json: { container: 'ref-running' } })).body;
    },
    {},
    { connected: true },
  ],
  'inspect-heading-missing': [
    (c) => htmlOf(c, 'GET', '/networks/bridge'),
    { status: 200, html: false },
    { status: 404, html: true },
  ],
  'system-without-versions': [async (c) => 'version' in (await c.call('GET', '/system')).body, true, false],
  'list-misses-new': [
    async (c) => {
      await c.create('fresh');
      return (await c.names()).includes('fresh');
    },
    true,
    false,
  ],
  'inspect-unknown-empty': [
    async (c) => {
      const r = await c.call('GET', '/networks/nosuchnet/inspect');
      return { status: r.status, body: r.body };
    },
    { status: 400, body: envelope('404 Client Error: Not Found ("network nosuchnet not found")') },
    { status: 200, body: {} },
  ],
  'create-without-warning': [async (c) => Object.keys((await c.create('nw')).body), ['Id', 'Warning'], ['Id']],
  'create-name-sanitised': [
    async (c) => {
      await c.create('odd name/é');
      return (await c.names()).filter((n) => !['bridge', 'host', 'none'].includes(n));
    },
    ['odd name/é'],
    ['oddname'],
  ],
  'create-ipam-dropped': [
    async (c) => ({ status: (await c.create('bad-ipam', { ipam: { Config: [{ Subnet: 'not-a-subnet' }] } })).status, names: (await c.names()).filter((n) => n === 'bad-ipam') }),
    { status: 400, names: [] },
    { status: 200, names: ['bad-ipam'] },
  ],
  'connect-twice-accepted': [
    async (c) => {
      await c.create('twice');
      await c.call('POST', '/networks/twice/connect', { json: { container: RUNNING } });
      return statusOf(c, 'POST', '/networks/twice/connect', { json: { container: RUNNING } });
    },
    400,
    200,
  ],
  'reconnect-refused': [
    async (c) => {
      await c.create('again');
      await c.call('POST', '/networks/again/connect', { json: { container: RUNNING } });
      await c.call('POST', '/networks/again/disconnect', { json: { container: RUNNING } });
      return statusOf(c, 'POST', '/networks/again/connect', { json: { container: RUNNING } });
    },
    200,
    400,
  ],
  'connect-unknown-container-html': [
    (c) => htmlOf(c, 'POST', '/networks/bridge/connect', { json: { container: 'nosuchcontainer' } }),
    { status: 400, html: false },
    { status: 500, html: true },
  ],
  'disconnect-unknown-container-ok': [(c) => statusOf(c, 'POST', '/networks/bridge/disconnect', { json: { container: 'nosuchcontainer' } }), 400, 200],
  'login-any-password': [(c) => statusOf(c, 'POST', '/login', { json: { username: 'admin', password: 'wrong' }, cookie: null }), 400, 200],
  'bad-input-empty-name-defaulted': [
    async (c) => ({ status: await statusOf(c, 'POST', '/networks', { json: { name: '' } }), names: (await c.names()).filter((n) => n.startsWith('network-')) }),
    { status: 400, names: [] },
    { status: 200, names: ['network-1'] },
  ],
  'create-missing-name-html': [
    (c) => htmlOf(c, 'POST', '/networks', { json: { driver: 'bridge' } }),
    { status: 400, html: false },
    { status: 500, html: true },
  ],
  'create-field-type-html': [
    (c) => htmlOf(c, 'POST', '/networks', { json: { name: 'typed', labels: ['x'] } }),
    { status: 400, html: false },
    { status: 500, html: true },
  ],
  'create-not-object-500': [async (c) => statusOf(c, 'POST', '/networks', { raw: '[]' }), 400, 500],
  'create-content-type-html': [
    async (c) => {
      const r = await fetch(`${c.base}/networks`, { method: 'POST', headers: { cookie: c.cookie!, 'content-type': 'text/plain' }, body: JSON.stringify({ name: 'plain' }) });
      await r.text();
      return { status: r.status, html: (r.headers.get('content-type') ?? '').startsWith('text/html') };
    },
    { status: 200, html: false },
    { status: 415, html: true },
  ],
  'network-not-found-html': [
    (c) => htmlOf(c, 'GET', '/networks/nosuchnet/inspect'),
    { status: 400, html: false },
    { status: 500, html: true },
  ],
  'schema-created-not-rfc3339': [async (c) => RFC3339.test((await listHasBridge(c)).Created), true, false],
  'schema-id-short': [async (c) => ({ list: (await listHasBridge(c)).Id.length, inspect: (await c.inspect('bridge')).Id.length }), { list: 64, inspect: 64 }, { list: 12, inspect: 12 }],
  'inspect-path-missing': [
    (c) => htmlOf(c, 'GET', '/networks/bridge/inspect'),
    { status: 200, html: false },
    { status: 404, html: true },
  ],
  'error-http-500': [(c) => statusOf(c, 'DELETE', '/networks/nosuchnet'), 400, 500],
  'error-envelope-200': [
    async (c) => {
      const r = await c.call('DELETE', '/networks/nosuchnet');
      return { status: r.status, code: r.body.error.code };
    },
    { status: 400, code: 400 },
    { status: 200, code: 400 },
  ],
  // The near misses (near-miss-engine.ts).
  'list-misses-internal': [(c) => createThenListed(c, { internal: true }), true, false],
  'list-misses-options': [(c) => createThenListed(c, { options: { foo: 'bar' } }), true, false],
  'list-misses-ipam': [(c) => createThenListed(c, { ipam: { Config: [{ Subnet: '10.77.0.0/24' }] } }), true, false],
  'inspect-internal-by-name-broken': [
    async (c) => {
      const id: string = (await c.create('hidden', { internal: true })).body.Id;
      await c.create('plain');
      return { internalByName: await statusOf(c, 'GET', '/networks/hidden/inspect'), internalById: await statusOf(c, 'GET', `/networks/${id}/inspect`), plainByName: await statusOf(c, 'GET', '/networks/plain/inspect') };
    },
    { internalByName: 200, internalById: 200, plainByName: 200 },
    { internalByName: 400, internalById: 200, plainByName: 200 },
  ],
  'ref-name-any-case': [
    async (c) => {
      await c.create('probe');
      return { inspect: await statusOf(c, 'GET', '/networks/PROBE/inspect'), remove: await statusOf(c, 'DELETE', '/networks/Probe') };
    },
    { inspect: 400, remove: 400 },
    { inspect: 200, remove: 200 },
  ],
  'ref-name-prefix': [
    async (c) => {
      await c.create('probe-net');
      return { inspect: await statusOf(c, 'GET', '/networks/probe-n'), remove: await statusOf(c, 'DELETE', '/networks/probe-') };
    },
    { inspect: 400, remove: 400 },
    { inspect: 200, remove: 200 },
  ],
  'ref-id-substring': [
    async (c) => {
      const id: string = (await c.create('probe')).body.Id;
      return { middle: (await c.call('GET', `/networks/${id.slice(20, 40)}/inspect`)).body.Id === id, prefix: (await c.inspect(id.slice(0, 12))).Id === id };
    },
    { middle: false, prefix: true },
    { middle: true, prefix: true },
  ],
  'ref-id-prefix-unsupported': [
    async (c) => {
      const id: string = (await c.create('probe')).body.Id;
      return { prefix: await statusOf(c, 'GET', `/networks/${id.slice(0, 12)}/inspect`), full: await statusOf(c, 'GET', `/networks/${id}/inspect`), name: await statusOf(c, 'GET', '/networks/probe/inspect') };
    },
    { prefix: 200, full: 200, name: 200 },
    { prefix: 400, full: 200, name: 200 },
  ],
  'ref-ambiguous-first': [
    async (c) => {
      await c.create('twin');
      await c.create('twin');
      return statusOf(c, 'GET', '/networks/twin/inspect');
    },
    400,
    200,
  ],
  'remove-ambiguous-first': [
    async (c) => {
      await c.create('twin');
      await c.create('twin');
      const status = await statusOf(c, 'DELETE', '/networks/twin');
      return { status, left: (await c.names()).filter((n) => n === 'twin').length };
    },
    { status: 400, left: 2 },
    { status: 200, left: 1 },
  ],
  'hang-list': [
    async (c) => {
      try {
        await c.call('GET', '/networks', { signal: AbortSignal.timeout(250) });
        return 'answered';
      } catch (err) {
        return (err as Error).name;
      }
    },
    'answered',
    'TimeoutError',
  ],
};

describe('network references', () => {
  it('resolve through both inspect routes, remove, connect and disconnect exactly as on the engine (resolution.md)', async () => {
    for (const inspectPath of ['inspect', 'heading'] as const) {
      const { front } = await start();
      const engine = new FrontAsEngine({ url: front.url + DEFAULT_BASE_PATH, username: 'admin', password: PASSWORD, inspectPath });
      expect(await probeResolution(engine, 'px', RUNNING), inspectPath).toEqual(measuredRows());
    }
  });
});

describe('seeded faults', () => {
  it('are catalogued once each, in known families, and each not declared by a rewrite has a scenario here', () => {
    const names = FAULT_TABLE.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of FAULT_TABLE) {
      expect(FAULT_FAMILIES).toContain(f.family);
      expect(f.description.length).toBeGreaterThan(10);
    }
    expect(FAULT_TABLE.filter((f) => !f.rewrites && !SCENARIOS[f.name]).map((f) => f.name)).toEqual([]);
  });

  for (const fault of FAULT_TABLE.filter((f) => SCENARIOS[f.name])) {
    it(`${fault.name} (${fault.family}) changes what a client observes`, async () => {
      const [run, clean, faulty] = SCENARIOS[fault.name]!;
      const seenClean = await run(await target());
      const seenFaulty = await run(await target([fault.name]));
      expect(seenClean).toEqual(clean);
      expect(seenFaulty).toEqual(faulty);
      expect(seenFaulty).not.toEqual(seenClean);
    });
  }

  it('hang-list leaves the request open until close() destroys it', async () => {
    const { client, front } = await start(['hang-list']);
    const pending = fetch(`${client.base}/networks`, { headers: { cookie: client.cookie! } }).then(() => 'answered', () => 'destroyed');
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    await front.close();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await pending).toBe('destroyed');
  });
});

describe('the simulator', () => {
  it('serves the API at its url with a running and a created container', async () => {
    const t = await startSimulator({ password: PASSWORD, faults: ['prune-noop'] });
    try {
      const c = new Client(t.url);
      expect((await c.login(t.username)).status).toBe(200);
      await c.create('n');
      for (const container of [t.runningContainer, t.createdContainer]) {
        expect((await c.call('POST', '/networks/n/connect', { json: { container } })).body).toEqual({});
      }
      expect(Object.values((await c.inspect('n')).Containers).map((x: any) => x.Name)).toEqual([t.runningContainer]);
      expect(t.url.startsWith(t.origin)).toBe(true);
    } finally {
      await t.close();
    }
  });

});
