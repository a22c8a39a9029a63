// The validating proxy between real clients (undici scripts, curl) and the memory reference target: transparent,
// judging every answer as a run does, reporting drift, and never writing a secret.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import { RUNNING_CONTAINER, startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { expectCannotRun, runCli } from '../runner/helpers.ts';
import { hugeJson } from '../servers/misbehaving.ts';
import { BASE, call, cookieOf, curl, fullSession, startProxy } from './helpers.ts';

const PASSWORD = 'proxy-test-Pa55word';

describe('a clean session through the proxy', () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD });
  });
  afterAll(() => target?.close());

  it('forwards unchanged, covers every operation, exits 0, and writes no secret', async () => {
    const proxy = await startProxy(['--target', target.origin]);
    const { cookie, replies } = await fullSession(proxy.origin, target.username, PASSWORD, target.runningContainer, 'proxy-clean');
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]);
    // The client holds the target's real session cookie: the proxy passed Set-Cookie through untouched.
    expect(cookie).toMatch(/^CS_SESS_ID=[0-9a-f]{32}$/);
    // Byte for byte the answer the target gives directly (a new session: the old one was logged out).
    const login = await call(target.origin, 'POST', `${BASE}/login`, { body: { username: target.username, password: PASSWORD } });
    const direct = await call(target.origin, 'GET', `${BASE}/system`, { cookie: cookieOf(login) });
    const proxied = await call(proxy.origin, 'GET', `${BASE}/system`, { cookie: cookieOf(login) });
    expect(proxied.status).toBe(direct.status);
    expect(proxied.text).toBe(direct.text);
    expect(proxied.headers['content-type']).toBe(direct.headers['content-type']);

    const out = await proxy.stop();
    expect(out.cli.code, out.why).toBe(0);
    const t = out.report.totals;
    expect(t).toMatchObject({ exchanges: 13, documented: 13, violations: 0, transportErrors: 0, operationsExercised: 12, operations: 12 });
    expect(out.report.operations.every((o) => o.exchanges >= 1 && o.violations === 0)).toBe(true);
    expect(out.report.verdict).toBe('conformant');
    expect(out.markdown).toContain('# cs-conformance proxy: CONFORMANT');
    expect(out.markdown).toMatch(/12 of 12 operations exercised/);
    // Candidate examples: at most three per operation.
    const perOp = new Map<string, number>();
    for (const e of out.report.examples) perOp.set(e.operationId, (perOp.get(e.operationId) ?? 0) + 1);
    expect(Math.max(...perOp.values())).toBeLessThanOrEqual(3);
    expect(perOp.size).toBe(12);
    // The HAR is HAR 1.2 with every exchange.
    const har = JSON.parse(out.har) as { log: { version: string; entries: { request: { url: string }; response: { status: number } }[] } };
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(13);
    // Secrets: the password and every session cookie value, in no output; the placeholders instead.
    const cookieValues = [cookie, cookieOf(login)].map((c) => c.split('=')[1]);
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), ...cookieValues]) expect(out.everything).not.toContain(secret);
    expect(out.har).toContain('<password>');
    expect(out.har).toContain('CS_SESS_ID=<session-cookie>');
  });

  it('lets curl log in and use the session through it; the cookie curl stored never reaches a report', async () => {
    const proxy = await startProxy(['--target', target.url, '--duration', '30']);
    const dir = mkdtempSync(join(tmpdir(), 'csc-curl-'));
    try {
      const jar = join(dir, 'jar');
      const login = await curl(['-c', jar, '-H', 'Content-Type: application/json', '-d', JSON.stringify({ username: target.username, password: PASSWORD }), `${proxy.origin}${BASE}/login`]);
      expect(JSON.parse(login)).toMatchObject({ username: target.username });
      const list = JSON.parse(await curl(['-b', jar, `${proxy.origin}${BASE}/networks`])) as { Name: string }[];
      expect(list.map((n) => n.Name)).toContain('bridge');
      // The older firmware's base path and the NAS's other pages: forwarded too, judged only under a base path.
      // QTS's own login CGI takes the password in the query: learned as a secret too.
      await curl(['-b', jar, `${proxy.origin}/cgi-bin/authLogin.cgi?user=admin&pwd=${encodeURIComponent(PASSWORD)}`]);
      const stored = readFileSync(jar, 'utf8').trim().split('\n').pop()!.split('\t').pop()!;
      expect(stored).toMatch(/^[0-9a-f]{32}$/);
      const out = await proxy.stop();
      expect(out.cli.code, out.why).toBe(0);
      expect(out.report.totals).toMatchObject({ documented: 2, outside: 1, violations: 0 });
      expect(out.everything).not.toContain(stored);
      expect(out.everything).not.toContain(PASSWORD);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a target that breaks the spec', () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD, faults: ['schema-created-not-rfc3339', 'inspect-path-missing'] });
  });
  afterAll(() => target?.close());

  it('exits 1 naming the operation, the requirement and the JSON pointer', async () => {
    const proxy = await startProxy(['--target', target.origin]);
    const cookie = cookieOf(await call(proxy.origin, 'POST', `${BASE}/login`, { body: { username: target.username, password: PASSWORD } }));
    const list = await call(proxy.origin, 'GET', `${BASE}/networks`, { cookie });
    // The client still gets the target's answer, violation or not.
    expect(list.status).toBe(200);
    expect((list.json() as { Created: string }[])[0].Created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const inspect = await call(proxy.origin, 'GET', `${BASE}/networks/bridge/inspect`, { cookie });
    expect(inspect.headers['content-type']).toMatch(/text\/html/);
    const out = await proxy.stop();
    expect(out.cli.code, out.why).toBe(1);
    const byOp = new Map(out.report.violations.map((v) => [v.operationId, v]));
    const created = byOp.get('listNetworks')!;
    expect(created).toMatchObject({ rule: 'body-schema', endpoint: 'GET /networks', specPointer: expect.stringMatching(/^#\/components\/|^#\/paths\//) });
    expect(created.details).toContainEqual(expect.objectContaining({ pointer: expect.stringMatching(/^\/\d+\/Created$/), expected: expect.stringContaining('date-time') }));
    expect(created.transcript).toContain('GET http://127.0.0.1');
    expect(byOp.get('inspectNetworkByInspectPath')).toMatchObject({ rule: 'json-content-type', details: [expect.objectContaining({ actual: expect.stringContaining('text/html') })] });
    expect(out.markdown).toContain('# cs-conformance proxy: NOT CONFORMANT');
    expect(out.markdown).toMatch(/### `listNetworks` \(GET \/networks\)/);
    expect(out.markdown).toMatch(/`\/\d+\/Created`/);
    expect(out.cli.stdout).toMatch(/GET \/container-station\/api\/v1\/networks → 200 listNetworks VIOLATION body-schema at \/\d+\/Created/);
  });

  it('answers 504 for a target that hangs, within the deadline, and counts it', async () => {
    const hanging = await startSimulator({ password: PASSWORD, faults: ['hang-list'] });
    try {
      const proxy = await startProxy(['--target', hanging.origin, '--timeout', '800']);
      const cookie = cookieOf(await call(proxy.origin, 'POST', `${BASE}/login`, { body: { username: hanging.username, password: PASSWORD } }));
      const started = performance.now();
      const list = await call(proxy.origin, 'GET', `${BASE}/networks`, { cookie });
      expect(list.status).toBe(504);
      expect(performance.now() - started).toBeLessThan(5000);
      const out = await proxy.stop();
      expect(out.cli.code, out.why).toBe(1);
      expect(out.report.transportErrors).toEqual([expect.objectContaining({ operationId: 'listNetworks', error: expect.stringContaining('800 ms') })]);
    } finally {
      await hanging.close();
    }
  });
});

describe('a misbehaving target, as the runner meets it', () => {
  it('refuses an answer over the 8 MiB cap without reading it all: 502 to the client, a transport error counted', async () => {
    const huge = await hugeJson({ bytes: 50 * 1024 * 1024 });
    try {
      const proxy = await startProxy(['--target', huge.origin]);
      const r = await call(proxy.origin, 'GET', `${BASE}/networks`);
      expect(r.status).toBe(502);
      expect(r.text).toMatch(/exceeds the 8388608-byte limit/);
      const out = await proxy.stop();
      expect(out.cli.code, out.why).toBe(1);
      expect(out.report.transportErrors).toEqual([expect.objectContaining({ operationId: 'listNetworks', error: expect.stringMatching(/exceeds the 8388608-byte limit/) })]);
      expect(huge.sent).toBeLessThan(40 * 1024 * 1024);
    } finally {
      await huge.close();
    }
  });
});

/** The memory engine as a firmware that adds a field the spec never documented to every network it shows. */
class ChattyEngine extends MemoryEngine {
  override async list(): Promise<Record<string, unknown>[]> {
    return (await super.list()).map((n) => ({ ...n, EnableIPv4: true }));
  }
}

describe('spec drift', () => {
  let front: RunningFront;
  beforeAll(async () => {
    front = await startFront({ engine: new ChattyEngine({ containers: [{ name: RUNNING_CONTAINER, running: true }] }), password: PASSWORD });
  });
  afterAll(() => front?.close());

  it('reports an extra field, an undocumented endpoint and an undeclared status, and still exits 0', async () => {
    const proxy = await startProxy(['--target', front.url]);
    const cookie = cookieOf(await call(proxy.origin, 'POST', `${DEFAULT_BASE_PATH}/login`, { body: { username: 'admin', password: PASSWORD } }));
    expect((await call(proxy.origin, 'GET', `${DEFAULT_BASE_PATH}/networks`, { cookie })).status).toBe(200);
    expect((await call(proxy.origin, 'GET', `${DEFAULT_BASE_PATH}/networks/no-such-network`, { cookie })).status).toBe(400);
    expect((await call(proxy.origin, 'GET', `${DEFAULT_BASE_PATH}/containers`, { cookie })).status).toBe(404);
    const out = await proxy.stop();
    expect(out.cli.code, out.why).toBe(0);
    const d = out.report.drift;
    expect(d.undocumentedFields).toContainEqual(expect.objectContaining({ operationId: 'listNetworks', field: '/*/EnableIPv4', pointer: '/0/EnableIPv4', example: 'true' }));
    expect(d.undocumentedEndpoints).toContainEqual(expect.objectContaining({ method: 'GET', path: `${DEFAULT_BASE_PATH}/containers`, statuses: [404] }));
    expect(d.undeclaredStatuses).toContainEqual(expect.objectContaining({ operationId: 'inspectNetwork', status: 400, documentedBy: '4XX' }));
    expect(out.markdown).toContain('`/*/EnableIPv4`');
  });
});

describe('proxy usage', () => {
  it('exits 2 with one line on a bad flag, a missing target, a bad port, an unreachable target', async () => {
    expectCannotRun(await runCli(['proxy', '--target', 'http://127.0.0.1:9', '--colour']), /colour/);
    expectCannotRun(await runCli(['proxy']), /--target/);
    expectCannotRun(await runCli(['proxy', '--target', 'nas.local']), /--target must be/);
    expectCannotRun(await runCli(['proxy', '--target', 'http://127.0.0.1:9', '--port', '70000']), /--port/);
    expectCannotRun(await runCli(['proxy', '--target', 'http://127.0.0.1:9', '--duration', 'soon']), /--duration/);
    // Nothing listens on the discard port: the proxy could not start.
    expectCannotRun(await runCli(['proxy', '--target', 'http://127.0.0.1:9']), /cannot reach http:\/\/127\.0\.0\.1:9: connection refused/);
  });

  it('exits 2 with one line when its port is taken', async () => {
    const target = await startSimulator({ password: PASSWORD });
    try {
      // The target's own port is as taken as any.
      const port = new URL(target.origin).port;
      expectCannotRun(await runCli(['proxy', '--target', target.origin, '--port', port]), new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: EADDRINUSE`));
    } finally {
      await target.close();
    }
  });

  it('prints its help', async () => {
    const r = await runCli(['proxy', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cs-conformance proxy --target URL');
  });
});
