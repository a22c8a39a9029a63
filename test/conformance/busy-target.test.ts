// A shared, busy target: while the suite runs, another client creates networks with a running container attached and
// removes its older ones, every ~100 ms. A conformant target must still pass, over many seeds, and the suite must never
// remove, connect or disconnect anything of the other client's.
//
// The other client talks to the engine directly, as docker compose or the Container Station UI do on a NAS, so every
// HTTP request the front sees is the suite's. Its create-and-connect (and disconnect-and-remove) run without a pause
// in between (the memory engine never waits), so its networks are never unused when a prune arrives: a prune that
// took one would be the suite's doing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EngineCreateBody } from '../reference-target/engine.ts';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../reference-target/front.ts';
import { MemoryEngine } from '../reference-target/memory-engine.ts';
import { runCli } from './run-cli.ts';

const PASSWORD = 'busy-target-password';
const RUNNING = 'ref-running';
const NEIGHBOUR_CONTAINER = 'neighbour-running';
const SEEDS = Array.from({ length: 10 }, (_, i) => 1000 + i * 7919);

/** The engine as the front sees it: every call that changes a network is checked against the other client's. */
class RecordingEngine implements Engine {
  readonly touched: string[] = [];
  readonly inner: MemoryEngine;
  readonly foreignIds = new Set<string>();
  readonly foreignNames = new Set<string>();

  constructor(inner: MemoryEngine) {
    this.inner = inner;
  }

  list() {
    return this.inner.list();
  }
  create(body: EngineCreateBody) {
    return this.inner.create(body);
  }
  inspect(id: string) {
    return this.inner.inspect(id);
  }
  version() {
    return this.inner.version();
  }
  async remove(id: string) {
    await this.#note('DELETE', id);
    return this.inner.remove(id);
  }
  async connect(id: string, container: string) {
    await this.#note(`connect ${container} to`, id, container);
    return this.inner.connect(id, container);
  }
  async disconnect(id: string, container: string, force?: boolean) {
    await this.#note(`disconnect ${container} from`, id, container);
    return this.inner.disconnect(id, container, force);
  }
  async prune() {
    const r = await this.inner.prune();
    for (const name of r.NetworksDeleted ?? []) if (this.foreignNames.has(name)) this.touched.push(`prune took ${name}`);
    return r;
  }

  async #note(what: string, id: string, container?: string): Promise<void> {
    if (container === NEIGHBOUR_CONTAINER) this.touched.push(`${what} ${id} (the other client's container)`);
    const n = await this.inner.inspect(id).catch(() => undefined);
    if (n && this.foreignIds.has(String(n.Id))) this.touched.push(`${what} ${String(n.Name)}`);
  }
}

/** The other client: a network with its running container attached every `everyMs`, the oldest removed beyond `keep`. */
function neighbour(engine: RecordingEngine, everyMs: number, keep: number): { stop: () => void; created: () => number } {
  const live: string[] = [];
  let n = 0;
  const tick = async () => {
    const name = `neighbour-${++n}`;
    const { Id } = await engine.inner.create({ Name: name, CheckDuplicate: true, Labels: { owner: 'neighbour' } });
    engine.foreignIds.add(Id);
    engine.foreignNames.add(name);
    await engine.inner.connect(Id, NEIGHBOUR_CONTAINER);
    live.push(Id);
    while (live.length > keep) {
      const old = live.shift()!;
      await engine.inner.disconnect(old, NEIGHBOUR_CONTAINER, true);
      await engine.inner.remove(old);
    }
  };
  const timer = setInterval(() => void tick().catch((err: unknown) => console.error('neighbour:', err)), everyMs);
  return { stop: () => clearInterval(timer), created: () => n };
}

describe('the suite on a target another client changes all the time', () => {
  let engine: RecordingEngine;
  let front: RunningFront;
  let other: ReturnType<typeof neighbour>;

  beforeAll(async () => {
    const inner = new MemoryEngine({ containers: [{ name: RUNNING, running: true }, { name: 'ref-created', running: false }, { name: NEIGHBOUR_CONTAINER, running: true }] });
    engine = new RecordingEngine(inner);
    front = await startFront({ engine, username: 'admin', password: PASSWORD });
    other = neighbour(engine, 100, 3);
  });
  afterAll(async () => {
    other?.stop();
    await front?.close();
  });

  it(`passes over ${SEEDS.length} seeds with --allow-destructive, and touches nothing of the other client's`, { timeout: 600_000 }, async () => {
    const outcomes: string[] = [];
    for (const seed of SEEDS) {
      const args = ['--target', front.url + DEFAULT_BASE_PATH, '--username', 'admin', '--container', RUNNING, '--allow-destructive', '--timeout', '3000', '--seed', String(seed)];
      const r = await runCli(args, { CS_PASSWORD: PASSWORD });
      outcomes.push(`seed ${seed}: exit ${r.code}, failed ${r.failed.join(', ') || '-'} (${r.ms} ms)`);
      expect(r.failed, `seed ${seed}\n${r.stdout}${r.stderr}`).toEqual([]);
      expect(r.code, `seed ${seed}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    console.log(`the other client created ${other.created()} networks during ${SEEDS.length} runs\n  ${outcomes.join('\n  ')}`);
    expect(other.created()).toBeGreaterThan(SEEDS.length * 10);
    expect(engine.touched).toEqual([]);
  });
});
