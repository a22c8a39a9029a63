// DockerEngine against a real, private dockerd: what the engine answers must match the reference document
// (/work/shared/reference/docker-engine-network-behavior.md), MemoryEngine must answer the same sequence the same
// way, and the whole Docker target must start, serve and leave the engine as it found it. Where no dockerd can be
// started (not root, not Linux, docker.io missing) the Docker tests are skipped, with the reason in their title.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DockerEngine, dockerRequest } from './docker-engine.ts';
import { createDockerFixtures, type DockerFixtures } from './docker-fixtures.ts';
import { dockerAvailable, startDockerd, type Dockerd } from './dockerd.ts';
import { startDockerTarget } from './docker-target.ts';
import { EngineError, type Engine } from '../../runner/simulate/engine/engine.ts';
import { measuredRows, probeResolution } from './resolution-probe.ts';

const TARGET_CLI = fileURLToPath(new URL('./docker-target.ts', import.meta.url));
const API_BASE_PATH = '/container-station/api/v1';

const availability = await dockerAvailable();
const skipReason = availability.ok ? '' : availability.reason;
if (!availability.ok) console.warn(`[docker-engine.test] Docker tests skipped: ${skipReason}`);
const dockerTitle = (title: string): string => (availability.ok ? title : `${title} [skipped: ${skipReason}]`);

function rand(): string {
  return randomBytes(3).toString('hex');
}

/** The EngineError a call rejects with; fails the test if it resolves or rejects with anything else. */
async function engineError(call: Promise<unknown>): Promise<EngineError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected an EngineError, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(EngineError);
  return outcome.error as EngineError;
}

// ---- the parity script: one sequence, run against any Engine, reduced to what must not differ ----

const STABLE_FRAGMENTS = [
  'already exists',
  'No such container',
  'not found',
  'is ambiguous',
  'has active endpoints',
  'pre-defined network and cannot be removed',
  'is not connected to',
  'only one instance of',
  'invalid name',
  'Pool overlaps',
];

type Outcome = { step: string; ok: true; value?: unknown } | { step: string; ok: false; status: number; fragment: string };

function fragmentOf(message: string): string {
  return STABLE_FRAGMENTS.find((f) => message.includes(f)) ?? `(no stable fragment) ${message}`;
}

async function paritySequence(engine: Engine, p: string, running: string, created: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const ids: Record<string, string> = {};
  async function step<T>(name: string, call: () => Promise<T>, project: (value: T) => unknown = () => undefined): Promise<void> {
    try {
      outcomes.push({ step: name, ok: true, value: project(await call()) });
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      outcomes.push({ step: name, ok: false, status: err.status, fragment: fragmentOf(err.message) });
    }
  }
  const members = (net: Record<string, unknown>) => ({
    name: net.Name,
    driver: net.Driver,
    containers: Object.values((net.Containers ?? {}) as Record<string, { Name: string }>)
      .map((c) => c.Name)
      .sort(),
  });
  const ours = (names: string[] | null) => (names === null ? null : names.filter((n) => n.startsWith(p)).sort());
  const A = `${p}-a`;
  const B = `${p}-b`;
  const C = `${p}-c`;

  await step('list has the predefined networks', () => engine.list(), (l) => l.map((n) => n.Name as string).filter((n) => ['bridge', 'host', 'none'].includes(n)).sort());
  await step('create A (CheckDuplicate)', () => engine.create({ Name: A, CheckDuplicate: true }), (r) => {
    ids.A = r.Id;
    return { warning: r.Warning };
  });
  await step('create A again (CheckDuplicate)', () => engine.create({ Name: A, CheckDuplicate: true }));
  await step('create B', () => engine.create({ Name: B }), (r) => {
    ids.B1 = r.Id;
    return { warning: r.Warning };
  });
  await step('create B again (no CheckDuplicate)', () => engine.create({ Name: B }), (r) => {
    ids.B2 = r.Id;
    return { warning: r.Warning !== '', distinct: r.Id !== ids.B1 };
  });
  await step('inspect B (ambiguous)', () => engine.inspect(B));
  await step('remove B (ambiguous)', () => engine.remove(B));
  await step('remove B#1 by Id', () => engine.remove(ids.B1));
  await step('remove B#2 by Id', () => engine.remove(ids.B2));
  await step('inspect A by name', () => engine.inspect(A), members);
  await step('inspect A by Id', () => engine.inspect(ids.A), members);
  await step('inspect A by 12-char Id prefix', () => engine.inspect(ids.A.slice(0, 12)), members);
  await step('inspect unknown', () => engine.inspect(`${p}-nosuch`));
  await step('connect running to A', () => engine.connect(A, running));
  await step('inspect A: running listed', () => engine.inspect(A), members);
  await step('connect running to A again', () => engine.connect(A, running));
  await step('connect created to A', () => engine.connect(A, created));
  await step('inspect A: created not listed', () => engine.inspect(A), members);
  await step('connect created to A again', () => engine.connect(A, created));
  await step('connect unknown container', () => engine.connect(A, `${p}-nosuchcontainer`));
  await step('connect running to unknown network', () => engine.connect(`${p}-nosuch`, running));
  await step('remove A in use', () => engine.remove(A));
  await step('remove bridge', () => engine.remove('bridge'));
  await step('create with empty name', () => engine.create({ Name: '' }));
  await step('create a second host network', () => engine.create({ Name: `${p}-host`, Driver: 'host' }));
  await step('disconnect created from A', () => engine.disconnect(A, created));
  await step('disconnect created from A again', () => engine.disconnect(A, created));
  await step('disconnect running from A', () => engine.disconnect(A, running));
  await step('disconnect running from A again', () => engine.disconnect(A, running));
  await step('create C', () => engine.create({ Name: C }), () => undefined);
  await step('connect created to C', () => engine.connect(C, created));
  await step('prune', () => engine.prune(), (r) => ours(r.NetworksDeleted));
  await step('prune again', () => engine.prune(), (r) => r.NetworksDeleted);
  await step('inspect A after prune', () => engine.inspect(A));
  // Leaves the created container's dangling entry for C behind, as the engine does; clear it.
  await step('disconnect created from pruned C', () => engine.disconnect(C, created));
  return outcomes;
}

describe.skipIf(!availability.ok)(dockerTitle('DockerEngine against a private dockerd'), () => {
  let dockerd: Dockerd | undefined;
  let fixtures: DockerFixtures | undefined;
  let engine: DockerEngine;
  const p = `cst-${rand()}`;
  const tracked: string[] = [];
  let running = '';
  let created = '';

  beforeAll(async () => {
    dockerd = await startDockerd();
    engine = new DockerEngine({ socketPath: dockerd.socketPath, timeoutMs: 20_000 });
    fixtures = await createDockerFixtures({ socketPath: dockerd.socketPath });
    running = fixtures.runningContainer.name;
    created = fixtures.createdContainer.name;
  }, 120_000);

  afterAll(async () => {
    await fixtures?.cleanup();
    await dockerd?.stop();
  }, 60_000);

  async function create(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await engine.create({ Name: name, ...extra });
    tracked.push(res.Id);
    return res.Id;
  }

  afterEach(async () => {
    for (const id of tracked.splice(0)) {
      for (const c of [running, created]) await engine.disconnect(id, c, true).catch(() => undefined);
      await engine.remove(id).catch((err: EngineError) => {
        if (err.status !== 404) throw err;
      });
    }
  }, 30_000);

  it('lists the predefined networks, with Containers {} even in the list', { timeout: 15_000 }, async () => {
    const list = await engine.list();
    expect(list.map((n) => n.Name)).toEqual(expect.arrayContaining(['bridge', 'host', 'none']));
    for (const net of list) expect(net.Containers).toEqual({});
    const version = await engine.version();
    expect(version.ApiVersion).toBe('1.41');
  });

  it('create answers a 64-hex Id and an empty Warning', { timeout: 15_000 }, async () => {
    const res = await engine.create({ Name: `${p}-create` });
    tracked.push(res.Id);
    expect(res.Id).toMatch(/^[0-9a-f]{64}$/);
    expect(res.Warning).toBe('');
  });

  it('a duplicate with CheckDuplicate true is EngineError 409 "already exists"', { timeout: 15_000 }, async () => {
    await create(`${p}-dup409`);
    const err = await engineError(engine.create({ Name: `${p}-dup409`, CheckDuplicate: true }));
    expect(err.status).toBe(409);
    expect(err.message).toBe(`network with name ${p}-dup409 already exists`);
    expect(err.path).toBe('/v1.41/networks/create');
  });

  it('a duplicate without CheckDuplicate creates a second network with a Warning', { timeout: 15_000 }, async () => {
    const first = await create(`${p}-dupwarn`);
    const res = await engine.create({ Name: `${p}-dupwarn` });
    tracked.push(res.Id);
    expect(res.Id).not.toBe(first);
    expect(res.Warning).toBe(`Network with name ${p}-dupwarn (id : ${first}) already exists`);
    const err = await engineError(engine.inspect(`${p}-dupwarn`));
    expect(err.status).toBe(400);
    expect(err.message).toContain('is ambiguous');
  });

  it('inspects by Id, name and Id prefix; unknown is EngineError 404 "not found"', { timeout: 15_000 }, async () => {
    const id = await create(`${p}-insp`);
    for (const ref of [id, `${p}-insp`, id.slice(0, 12)]) {
      const net = await engine.inspect(ref);
      expect(net.Id).toBe(id);
      expect(net.Name).toBe(`${p}-insp`);
    }
    const err = await engineError(engine.inspect(`${p}-nosuch`));
    expect(err.status).toBe(404);
    expect(err.message).toBe(`network ${p}-nosuch not found`);
    expect(err.path).toBe(`/v1.41/networks/${p}-nosuch`);
  });

  it('resolves every kind of reference, in every operation, as recorded in resolution.md; so does MemoryEngine', { timeout: 120_000 }, async () => {
    expect(await probeResolution(engine, `${p}-res`, running)).toEqual(measuredRows());
    const { MemoryEngine } = await import('../../runner/simulate/engine/memory-engine.ts');
    expect(await probeResolution(new MemoryEngine({ containers: [{ name: running, running: true }] }), `${p}-res`, running)).toEqual(measuredRows());
  });

  it('URL-encodes ids and names in paths', { timeout: 15_000 }, async () => {
    const name = `${p}/odd name?#%`;
    const id = await create(name);
    expect((await engine.inspect(name)).Id).toBe(id);
    const err = await engineError(engine.inspect(`${p}-nosuch?#`));
    expect(err.status).toBe(404);
    expect(err.message).toBe(`network ${p}-nosuch?# not found`);
    expect(err.path).toBe(`/v1.41/networks/${p}-nosuch%3F%23`);
  });

  it('a connected running container shows under Containers; a created one never does', { timeout: 20_000 }, async () => {
    const id = await create(`${p}-conn`);
    await engine.connect(id, running);
    let net = await engine.inspect(id);
    const members = Object.entries(net.Containers as Record<string, { Name: string; IPv4Address: string }>);
    expect(members).toHaveLength(1);
    expect(members[0][0]).toBe(fixtures?.runningContainer.id);
    expect(members[0][1].Name).toBe(running);
    expect(members[0][1].IPv4Address).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);

    const other = await create(`${p}-conn-created`);
    await engine.connect(other, created);
    net = await engine.inspect(other);
    expect(net.Containers).toEqual({});
    await engine.connect(other, created); // a created container connects twice without error
  });

  it('connecting a running container twice is EngineError 403', { timeout: 20_000 }, async () => {
    const id = await create(`${p}-twice`);
    await engine.connect(id, running);
    const err = await engineError(engine.connect(id, running));
    expect(err.status).toBe(403);
    expect(err.message).toBe(`endpoint with name ${running} already exists in network ${p}-twice`);
    expect(err.path).toBe(`/v1.41/networks/${id}/connect`);
  });

  it('disconnecting a container that is not connected is EngineError 500 "is not connected to"', { timeout: 20_000 }, async () => {
    const id = await create(`${p}-disc`);
    const errRunning = await engineError(engine.disconnect(id, running));
    expect(errRunning.status).toBe(500);
    expect(errRunning.message).toBe(`container ${fixtures?.runningContainer.id} is not connected to network ${p}-disc`);
    const errCreated = await engineError(engine.disconnect(id, created, true));
    expect(errCreated.status).toBe(500);
    expect(errCreated.message).toBe(`container ${fixtures?.createdContainer.id} is not connected to the network ${p}-disc`);
    await engine.connect(id, running);
    await engine.disconnect(id, running);
    expect((await engine.inspect(id)).Containers).toEqual({});
  });

  it('removing a network in use is EngineError 403 "has active endpoints"; predefined ones are 403 too', { timeout: 20_000 }, async () => {
    const id = await create(`${p}-inuse`);
    await engine.connect(id, running);
    const err = await engineError(engine.remove(`${p}-inuse`));
    expect(err.status).toBe(403);
    expect(err.message).toBe(`error while removing network: network ${p}-inuse id ${id} has active endpoints`);
    const bridge = await engineError(engine.remove('bridge'));
    expect(bridge.status).toBe(403);
    expect(bridge.message).toBe('bridge is a pre-defined network and cannot be removed');
    await engine.disconnect(id, running);
    await engine.remove(id);
    expect((await engineError(engine.remove(id))).status).toBe(404);
  });

  it('prune deletes unused networks (also those with only a created container) by name, then answers null', { timeout: 30_000 }, async () => {
    await create(`${p}-pr-unused`);
    const withCreated = await create(`${p}-pr-created`);
    await engine.connect(withCreated, created);
    const inUse = await create(`${p}-pr-inuse`);
    await engine.connect(inUse, running);
    const first = await engine.prune();
    expect(first.NetworksDeleted).toEqual(expect.arrayContaining([`${p}-pr-unused`, `${p}-pr-created`]));
    expect(first.NetworksDeleted).not.toContain(`${p}-pr-inuse`);
    expect(first.NetworksDeleted).not.toContain('bridge');
    const second = await engine.prune();
    expect(second.NetworksDeleted).toBeNull();
    // The created container keeps a dangling entry for the pruned network until it is disconnected.
    await engine.disconnect(`${p}-pr-created`, created);
  });

  it('passes transport failures through as plain errors, bounded by the timeout', { timeout: 15_000 }, async () => {
    const nowhere = new DockerEngine({ socketPath: `${dockerd?.socketPath}.missing`, timeoutMs: 2_000 });
    const failure = await nowhere.list().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(EngineError);
    expect((failure as Error).message).toContain('GET /v1.41/networks');
  });

  it('PARITY: MemoryEngine answers the same sequence as the real engine', { timeout: 60_000 }, async (ctx) => {
    const mod = await import('../../runner/simulate/engine/memory-engine.ts').catch((err: Error) => err);
    if (mod instanceof Error) ctx.skip(`memory-engine.ts not loadable: ${mod.message}`);
    const { MemoryEngine } = mod as typeof import('../../runner/simulate/engine/memory-engine.ts');
    const runningRef = fixtures?.runningContainer as { id: string; name: string };
    const createdRef = fixtures?.createdContainer as { id: string; name: string };
    const memory = new MemoryEngine({
      containers: [
        { id: runningRef.id, name: runningRef.name, running: true },
        { id: createdRef.id, name: createdRef.name, running: false },
      ],
    });
    const pp = `${p}-par`;
    const real = await paritySequence(engine, pp, running, created);
    const model = await paritySequence(memory, pp, running, created);
    // Sanity: the real engine answered the reference document's outcomes for the key steps.
    const byStep = Object.fromEntries(real.map((o) => [o.step, o]));
    expect(byStep['create A again (CheckDuplicate)']).toMatchObject({ ok: false, status: 409, fragment: 'already exists' });
    expect(byStep['remove A in use']).toMatchObject({ ok: false, status: 403, fragment: 'has active endpoints' });
    expect(byStep['prune again']).toMatchObject({ ok: true, value: null });
    const diverging = real
      .map((o, i) => ({ docker: o, memory: model[i] }))
      .filter(({ docker, memory: m }) => JSON.stringify(docker) !== JSON.stringify(m));
    expect(diverging, 'steps where MemoryEngine differs from Docker').toEqual([]);
    expect(model).toHaveLength(real.length);
  });

  it('startDockerTarget serves Container Station over this engine; close() leaves nothing of ours behind', { timeout: 90_000 }, async () => {
    const before = await engineState(dockerd?.socketPath as string);
    const password = randomBytes(12).toString('base64url');
    const target = await startDockerTarget({ password, dockerSocket: dockerd?.socketPath });
    let closed = false;
    try {
      const api = apiBase(target.url);
      const login = await fetch(`${api}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: target.username, password }),
        signal: AbortSignal.timeout(10_000),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      expect(cookie).not.toBe('');
      const list = await fetch(`${api}/networks`, { headers: { Cookie: cookie }, signal: AbortSignal.timeout(10_000) });
      expect(list.status).toBe(200);
      const names = ((await list.json()) as { Name: string }[]).map((n) => n.Name);
      expect(names).toEqual(expect.arrayContaining(['bridge', 'host', 'none']));

      const during = await engineState(dockerd?.socketPath as string);
      expect(during.containers).toEqual(expect.arrayContaining([target.runningContainer, target.createdContainer]));
      // A network made through the front, left connected to the running container: close() must still remove it.
      const made = await fetch(`${api}/networks`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `${p}-via-front`, check_duplicate: true }),
        signal: AbortSignal.timeout(10_000),
      });
      expect(made.ok).toBe(true);
      expect(((await made.json()) as { Id?: string }).Id).toMatch(/^[0-9a-f]{64}$/);
      await engine.connect(`${p}-via-front`, target.runningContainer);

      const start = performance.now();
      await target.close();
      closed = true;
      console.info(`[docker-engine.test] startDockerTarget close() took ${Math.round(performance.now() - start)} ms`);
    } finally {
      if (!closed) await target.close();
    }
    expect(await engineState(dockerd?.socketPath as string)).toEqual(before);
  });

  it('docker-target.ts run directly prints its key lines, then stops cleanly on SIGTERM', { timeout: 90_000 }, async () => {
    const before = await engineState(dockerd?.socketPath as string);
    const child = spawn(process.execPath, [TARGET_CLI, '--docker-socket', dockerd?.socketPath as string], {
      env: { ...process.env, CS_PASSWORD: randomBytes(12).toString('base64url'), DOCKER_HOST: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitFor(() => stdout.includes('ready\n') || child.exitCode !== null, 60_000);
      expect(stderr).toBe('');
      const lines = stdout.trimEnd().split('\n');
      expect(lines.map((l) => l.split(':')[0])).toEqual(['url', 'username', 'password-env', 'running-container', 'created-container', 'ready']);
      expect(lines[0]).toMatch(/^url: http:\/\/127\.0\.0\.1:\d+/);
      expect(lines[2]).toBe('password-env: CS_PASSWORD');
      child.kill('SIGTERM');
      expect(await withTimeout(exit, 30_000)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(await engineState(dockerd?.socketPath as string)).toEqual(before);
  });
});

describe('docker-target command line', () => {
  it('without CS_PASSWORD prints one clear line and exits 2', { timeout: 30_000 }, async () => {
    const env = { ...process.env };
    delete env.CS_PASSWORD;
    const child = spawn(process.execPath, [TARGET_CLI], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await withTimeout(new Promise<number | null>((resolve) => child.once('exit', resolve)), 20_000);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('CS_PASSWORD is not set');
  });

  it('rejects an unknown flag with one line and exit 2', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, [TARGET_CLI, '--bogus'], {
      env: { ...process.env, CS_PASSWORD: 'unused' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await withTimeout(new Promise<number | null>((resolve) => child.once('exit', resolve)), 20_000);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--bogus');
  });
});

// ---- helpers ----

/** The API base for a front URL, whether the front reports its origin or its full base URL. */
function apiBase(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return new URL(trimmed).pathname.length > 1 ? trimmed : `${trimmed}${API_BASE_PATH}`;
}

/** What a target could leave behind on an engine: container names, network ids, image tags. */
async function engineState(socketPath: string): Promise<{ containers: string[]; networks: string[]; images: string[] }> {
  const get = async (path: string) => {
    const res = await dockerRequest(socketPath, 'GET', path, { timeoutMs: 10_000 });
    expect(res.status).toBe(200);
    return res.json as Record<string, unknown>[];
  };
  return {
    containers: (await get('/v1.41/containers/json?all=true')).map((c) => String((c.Names as string[])[0]).replace(/^\//, '')).sort(),
    networks: (await get('/v1.41/networks')).map((n) => n.Id as string).sort(),
    images: (await get('/v1.41/images/json')).flatMap((i) => (i.RepoTags as string[] | null) ?? []).sort(),
  };
}

async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
