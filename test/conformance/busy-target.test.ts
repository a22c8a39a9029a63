// A shared, busy target: while the suite runs, another client creates networks with a running container attached and
// removes its older ones, every ~100 ms. A conformant target must still pass, over many seeds, and the suite must never
// remove, connect or disconnect anything of the other client's — on the memory engine and on a real Docker engine.
//
// The other client talks to the engine directly, as docker compose or the Container Station UI do on a NAS, so every
// engine call the front makes is the suite's. Its create-and-connect (and disconnect-and-remove) take the engine
// while no call of the front is under way, so its networks are never unused when a prune arrives: a prune that took
// one would be the suite's doing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerFixtures, type DockerFixtures } from '../reference-target/docker-fixtures.ts';
import { DockerEngine } from '../reference-target/docker-engine.ts';
import { dockerAvailable, startDockerd, type Dockerd } from '../reference-target/dockerd.ts';
import type { Engine, EngineCreateBody } from '../reference-target/engine.ts';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../reference-target/front.ts';
import { MemoryEngine } from '../reference-target/memory-engine.ts';
import { runCli } from './run-cli.ts';

const PASSWORD = 'busy-target-password';
const SEEDS = Array.from({ length: 10 }, (_, i) => 1000 + i * 7919);

/**
 * The engine as the front sees it, shared with the other client: one call at a time (the other client's steps hold it
 * in between), and every call of the front that changes a network checked against the other client's.
 */
class SharedEngine implements Engine {
  readonly touched: string[] = [];
  readonly inner: Engine;
  readonly neighbourContainer: string;
  readonly foreignIds = new Set<string>();
  readonly foreignNames = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(inner: Engine, neighbourContainer: string) {
    this.inner = inner;
    this.neighbourContainer = neighbourContainer;
  }

  /** Runs `fn` once every call before it has ended. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  list() {
    return this.exclusive(() => this.inner.list());
  }
  create(body: EngineCreateBody) {
    return this.exclusive(() => this.inner.create(body));
  }
  inspect(id: string) {
    return this.exclusive(() => this.inner.inspect(id));
  }
  version() {
    return this.exclusive(() => this.inner.version());
  }
  remove(id: string) {
    return this.exclusive(async () => {
      await this.#note('DELETE', id);
      return this.inner.remove(id);
    });
  }
  connect(id: string, container: string) {
    return this.exclusive(async () => {
      await this.#note(`connect ${container} to`, id, container);
      return this.inner.connect(id, container);
    });
  }
  disconnect(id: string, container: string, force?: boolean) {
    return this.exclusive(async () => {
      await this.#note(`disconnect ${container} from`, id, container);
      return this.inner.disconnect(id, container, force);
    });
  }
  prune() {
    return this.exclusive(async () => {
      const r = await this.inner.prune();
      for (const name of r.NetworksDeleted ?? []) if (this.foreignNames.has(name)) this.touched.push(`prune took ${name}`);
      return r;
    });
  }

  async #note(what: string, id: string, container?: string): Promise<void> {
    if (container === this.neighbourContainer) this.touched.push(`${what} ${id} (the other client's container)`);
    const n = await this.inner.inspect(id).catch(() => undefined);
    if (n && this.foreignIds.has(String(n.Id))) this.touched.push(`${what} ${String(n.Name)}`);
  }
}

interface Neighbour {
  stop: () => Promise<void>;
  created: () => number;
}

/** The other client: a network with its running container attached every `everyMs`, the oldest removed beyond `keep`. */
function neighbour(engine: SharedEngine, everyMs: number, keep: number): Neighbour {
  const live: string[] = [];
  const container = engine.neighbourContainer;
  let n = 0;
  let running: Promise<void> | undefined;
  const tick = () =>
    engine.exclusive(async () => {
      const name = `neighbour-${process.pid}-${++n}`;
      const { Id } = await engine.inner.create({ Name: name, CheckDuplicate: true, Labels: { owner: 'neighbour' } });
      engine.foreignIds.add(Id);
      engine.foreignNames.add(name);
      await engine.inner.connect(Id, container);
      live.push(Id);
      while (live.length > keep) {
        const old = live.shift()!;
        await engine.inner.disconnect(old, container, true);
        await engine.inner.remove(old);
      }
    });
  // A slow engine never gets a pile of ticks: the next one waits for the last.
  const timer = setInterval(() => {
    running ??= tick()
      .catch((err: unknown) => console.error('neighbour:', err))
      .finally(() => (running = undefined));
  }, everyMs);
  return {
    created: () => n,
    stop: async () => {
      clearInterval(timer);
      await running;
      await engine.exclusive(async () => {
        for (const id of live.splice(0)) {
          await engine.inner.disconnect(id, container, true).catch(() => undefined);
          await engine.inner.remove(id).catch(() => undefined);
        }
      });
    },
  };
}

async function passesWhileBusy(front: RunningFront, engine: SharedEngine, other: Neighbour, container: string): Promise<void> {
  const outcomes: string[] = [];
  for (const seed of SEEDS) {
    const args = ['--target', front.url + DEFAULT_BASE_PATH, '--username', 'admin', '--container', container, '--allow-destructive', '--timeout', '5000', '--seed', String(seed)];
    const r = await runCli(args, { CS_PASSWORD: PASSWORD }, 180_000);
    outcomes.push(`seed ${seed}: exit ${r.code}, failed ${r.failed.join(', ') || '-'} (${r.ms} ms)`);
    expect(r.failed, `seed ${seed}\n${r.stdout}${r.stderr}`).toEqual([]);
    expect(r.code, `seed ${seed}\n${r.stdout}${r.stderr}`).toBe(0);
  }
  console.log(`the other client created ${other.created()} networks during ${SEEDS.length} runs\n  ${outcomes.join('\n  ')}`);
  expect(other.created()).toBeGreaterThan(SEEDS.length * 5);
  expect(engine.touched).toEqual([]);
}

describe('the suite on a memory target another client changes all the time', () => {
  let engine: SharedEngine;
  let front: RunningFront;
  let other: Neighbour;

  beforeAll(async () => {
    const inner = new MemoryEngine({ containers: [{ name: 'ref-running', running: true }, { name: 'neighbour-running', running: true }] });
    engine = new SharedEngine(inner, 'neighbour-running');
    front = await startFront({ engine, username: 'admin', password: PASSWORD });
    other = neighbour(engine, 100, 3);
  });
  afterAll(async () => {
    await other?.stop();
    await front?.close();
  });

  it(`passes over ${SEEDS.length} seeds with --allow-destructive, and touches nothing of the other client's`, { timeout: 600_000 }, async () => {
    await passesWhileBusy(front, engine, other, 'ref-running');
  });
});

const availability = await dockerAvailable();
const title = (t: string) => (availability.ok ? t : `${t} [skipped: ${availability.reason}]`);

describe.skipIf(!availability.ok)(title('the suite on a Docker target another client changes all the time'), () => {
  let dockerd: Dockerd;
  let docker: DockerEngine;
  let ours: DockerFixtures;
  let theirs: DockerFixtures;
  let engine: SharedEngine;
  let front: RunningFront;
  let other: Neighbour;
  let before: string[];

  beforeAll(async () => {
    dockerd = await startDockerd();
    docker = new DockerEngine({ socketPath: dockerd.socketPath });
    before = (await docker.list()).map((n) => String(n.Name)).sort();
    ours = await createDockerFixtures({ socketPath: dockerd.socketPath });
    theirs = await createDockerFixtures({ socketPath: dockerd.socketPath, runningName: `neighbour-running-${process.pid}`, createdName: `neighbour-created-${process.pid}` });
    engine = new SharedEngine(docker, theirs.runningContainer.name);
    front = await startFront({ engine, username: 'admin', password: PASSWORD });
    other = neighbour(engine, 100, 3);
  }, 180_000);
  afterAll(async () => {
    await other?.stop();
    await front?.close();
    await ours?.cleanup().catch(() => undefined);
    await theirs?.cleanup().catch(() => undefined);
    await dockerd?.stop();
  }, 180_000);

  it(`passes over ${SEEDS.length} seeds with --allow-destructive, and touches nothing of the other client's`, { timeout: 1_200_000 }, async () => {
    await passesWhileBusy(front, engine, other, ours.runningContainer.name);
    await other.stop();
    expect((await docker.list()).map((n) => String(n.Name)).sort()).toEqual(before);
  });
});
