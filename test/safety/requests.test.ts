// What the API layer never sends, what it does with an answer it cannot process, how much of an answer a transcript
// keeps, how the suite removes a network on a target it shares, and how reports are written.
import { createServer, type Server } from 'node:http';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, ConformanceFailure, UnsafeRequestError } from '../../wire/api.ts';
import { removeOwnNetwork } from '../../wire/ownership.ts';
import { TRANSCRIPT_BODY_BYTES, Transport } from '../../wire/transport.ts';
import { writeReplacing } from '../../reporters/index.ts';
import { EngineError, type Engine } from '../../runner/simulate/engine/engine.ts';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';

let server: Server;
let origin = '';
let hits: string[] = [];
let answer = '[]';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answer);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const apiOn = (base: string) => new Api(new Transport({ baseUrl: base, timeoutMs: 3000, insecure: false }), { mock: false });

describe('the API layer', () => {
  it.each(['', '.', '..', 'a/b', '/'])('refuses to send DELETE /networks/%j (never a request: DELETE /networks/ is prune)', async (id) => {
    hits = [];
    await expect(apiOn(origin).call('removeNetwork', { networkId: id })).rejects.toBeInstanceOf(UnsafeRequestError);
    expect(hits).toEqual([]);
  });

  it('fails a check with a clear reason on an answer nested too deep to process', async () => {
    answer = '['.repeat(100_000) + ']'.repeat(100_000);
    const err = await apiOn(origin).call('listNetworks').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConformanceFailure);
    expect((err as Error).message).toMatch(/nested \d+ levels deep/);
  });

  it(`keeps the first ${TRANSCRIPT_BODY_BYTES} bytes of a body in the transcript, and says how much more there was`, async () => {
    answer = JSON.stringify('x'.repeat(200_000));
    const err = await apiOn(origin).call('listNetworks').catch((e: unknown) => e);
    const body = (err as ConformanceFailure).exchange!.response!.body!;
    expect(Buffer.byteLength(body)).toBeLessThan(TRANSCRIPT_BODY_BYTES + 100);
    expect(body).toMatch(new RegExp(`… \\(${Buffer.byteLength(answer) - TRANSCRIPT_BODY_BYTES} bytes more\\)$`));
  });
});

/** The memory engine, with disconnect failing when `broken` is set: the user's container cannot be detached. */
class FlakyDisconnect extends MemoryEngine {
  broken = false;
  deletes: string[] = [];
  override async disconnect(id: string, container: string, force?: boolean): Promise<void> {
    if (this.broken) throw new EngineError(500, 'disconnect failed for a reason of its own', '/v1.41/networks/x/disconnect');
    return super.disconnect(id, container, force);
  }
  override async remove(id: string): Promise<void> {
    this.deletes.push(id);
    return super.remove(id);
  }
}

describe('removing a network of the suite on a shared target', () => {
  let engine: FlakyDisconnect;
  let front: RunningFront;
  let api: Api;
  const owner = { runPrefix: 'cs-conformance-run1-', container: 'probe' };

  beforeAll(async () => {
    engine = new FlakyDisconnect({ containers: [{ name: 'probe', running: true }] });
    front = await startFront({ engine: engine as Engine, username: 'admin', password: 'pw-123456' });
    const transport = new Transport({ baseUrl: front.url + DEFAULT_BASE_PATH, timeoutMs: 3000, insecure: false });
    api = new Api(transport, { mock: false });
    const login = await api.call('login', { body: { username: 'admin', password: 'pw-123456' } });
    expect(login.ok).toBe(true);
  });
  afterAll(() => front?.close());

  it('leaves a network in place while the user container cannot be disconnected from it', async () => {
    const { Id } = await engine.create({ Name: 'cs-conformance-run1-attached' });
    await engine.connect(Id, 'probe');
    engine.broken = true;
    engine.deletes = [];
    const removal = await removeOwnNetwork(api, { id: Id, name: 'cs-conformance-run1-attached', proof: 'create' }, owner);
    expect(removal.outcome).toBe('left');
    expect(engine.deletes).toEqual([]);
    engine.broken = false;
    expect(await removeOwnNetwork(api, { id: Id, proof: 'create' }, owner)).toEqual({ outcome: 'removed' });
  });

  it('never removes a network whose name is not under the run prefix when only the name proves it', async () => {
    const { Id } = await engine.create({ Name: 'someone-elses' });
    engine.deletes = [];
    const removal = await removeOwnNetwork(api, { id: Id, name: 'someone-elses', proof: 'name' }, owner);
    expect(removal.outcome).toBe('left');
    expect(engine.deletes).toEqual([]);
  });

  it('never removes a network that lacks the label that was to prove it', async () => {
    const { Id } = await engine.create({ Name: 'unlabelled', Labels: { other: 'x' } });
    engine.deletes = [];
    const removal = await removeOwnNetwork(api, { id: Id, proof: { label: 'org.cs-conformance.request', value: 'r1' } }, owner);
    expect(removal.outcome).toBe('left');
    expect(engine.deletes).toEqual([]);
  });

  it('says gone for a network that is no longer there', async () => {
    expect(await removeOwnNetwork(api, { id: 'f'.repeat(64), proof: 'create' }, owner)).toEqual({ outcome: 'gone' });
  });
});

describe('report files', () => {
  it('replace a symlink planted at their path instead of writing through it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-link-'));
    try {
      const victim = join(dir, 'victim.txt');
      writeFileSync(victim, 'precious');
      symlinkSync(victim, join(dir, 'junit.xml'));
      await writeReplacing(join(dir, 'junit.xml'), '<testsuites/>');
      expect(readFileSync(victim, 'utf8')).toBe('precious');
      expect(lstatSync(join(dir, 'junit.xml')).isSymbolicLink()).toBe(false);
      expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toBe('<testsuites/>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
