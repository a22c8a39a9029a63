// A NAS shared with others, as the simulator and the Docker target can be asked to be: another user's networks already
// there (N of them, half with that user's running container attached, half unused), and another client busy creating
// a network with its running container attached and removing its older ones every ~100 ms. Both talk to the engine
// directly, as docker compose or the Container Station UI do on a NAS, so every engine call the front makes is a
// client's of the front (the suite's, in a run).
//
// The engine the front is given (SharedEngine) serves one call at a time, the busy client's steps holding it in
// between, so the busy client's networks are never unused when a call of the front arrives: a prune that took one
// would be the front's doing. It also notes every call of the front that changes anything of the others' — a
// removal, a connect or disconnect, a network a prune took — which a run must never make.
import type { Engine, EngineCreateBody } from './engine.ts';

export interface CrowdOptions {
  /** Networks of another user already there (half with `container` attached, half unused). */
  others?: number;
  /** Another client creates and removes networks of its own all the time (every `everyMs`, default 100). */
  busy?: boolean | { everyMs?: number; keep?: number };
  /** The other user's running container (it must exist on the engine). */
  container: string;
}

/** The engine as the front sees it, shared with the others: one call at a time, and what the front did to theirs. */
export class SharedEngine implements Engine {
  /** What the front did to the others' networks or container: nothing, on every run. */
  readonly touched: string[] = [];
  readonly inner: Engine;
  /** The other user's running container. */
  readonly othersContainer: string;
  readonly foreignIds = new Set<string>();
  readonly foreignNames = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(inner: Engine, othersContainer: string) {
    this.inner = inner;
    this.othersContainer = othersContainer;
  }

  /** Runs `fn` once every call before it has ended. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Counts `id` and `name` as the others' (never to be touched by the front). */
  foreign(id: string, name: string): void {
    this.foreignIds.add(id);
    this.foreignNames.add(name);
  }

  /** The others removed one of theirs (the busy client does every ~100 ms): nothing of the front's can touch it now. */
  forget(id: string, name: string): void {
    this.foreignIds.delete(id);
    this.foreignNames.delete(name);
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
    if (container === this.othersContainer) this.touched.push(`${what} ${id} (the other user's container)`);
    const n = await this.inner.inspect(id).catch(() => undefined);
    if (n && this.foreignIds.has(String(n.Id))) this.touched.push(`${what} ${String(n.Name)}`);
  }
}

/** The most networks another user may have: each takes a /24 of 10.128.0.0/9. */
export const CROWD_MAX_OTHERS = 32_768;

/** The subnet of the other user's i-th network: 10.128.0.0/9 in /24s, outside the engine's default pools. */
const subnetOf = (i: number): string => `10.${128 + (i >> 8)}.${i & 255}.0/24`;

/** The others on one engine, from now until stop(). */
export interface Crowd {
  engine: SharedEngine;
  /** Networks the busy client has created so far. */
  created(): number;
  /** Stops the busy client and removes every network of the others (their container is the caller's). */
  stop(): Promise<void>;
}

export async function startCrowd(inner: Engine, opts: CrowdOptions): Promise<Crowd> {
  const engine = new SharedEngine(inner, opts.container);
  const seeded: string[] = [];
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const count = opts.others ?? 0;
  if (count > CROWD_MAX_OTHERS) throw new Error(`--others takes at most ${CROWD_MAX_OTHERS} networks, got ${count}`);
  for (let i = 0; i < count; i++) {
    const Name = `other-user-${tag}-${i}`;
    const { Id } = await inner.create({ Name, CheckDuplicate: true, Labels: { owner: 'other-user' }, IPAM: { Driver: 'default', Config: [{ Subnet: subnetOf(i) }] } });
    engine.foreign(Id, Name);
    seeded.push(Id);
    // Half in use (a running container attached keeps a network from a prune), half unused.
    if (i % 2 === 0) await inner.connect(Id, opts.container);
  }
  const busy = opts.busy ? busyClient(engine, typeof opts.busy === 'object' ? opts.busy : {}) : undefined;
  let stopping: Promise<void> | undefined;
  return {
    engine,
    created: () => busy?.created() ?? 0,
    stop: () =>
      (stopping ??= (async () => {
        await busy?.stop();
        await engine.exclusive(async () => {
          for (const [i, id] of seeded.entries()) {
            if (i % 2 === 0) await inner.disconnect(id, opts.container, true).catch(() => undefined);
            await inner.remove(id).catch(() => undefined);
          }
        });
      })()),
  };
}

interface BusyClient {
  stop: () => Promise<void>;
  created: () => number;
}

/** The other client: a network with its running container attached every `everyMs`, the oldest removed beyond `keep`. */
function busyClient(engine: SharedEngine, { everyMs = 100, keep = 3 }: { everyMs?: number; keep?: number }): BusyClient {
  const live: { id: string; name: string }[] = [];
  const container = engine.othersContainer;
  let n = 0;
  let running: Promise<void> | undefined;
  const tick = () =>
    engine.exclusive(async () => {
      const name = `neighbour-${process.pid}-${++n}`;
      const { Id } = await engine.inner.create({ Name: name, CheckDuplicate: true, Labels: { owner: 'neighbour' } });
      engine.foreign(Id, name);
      await engine.inner.connect(Id, container);
      live.push({ id: Id, name });
      while (live.length > keep) {
        const old = live.shift()!;
        await engine.inner.disconnect(old.id, container, true);
        await engine.inner.remove(old.id);
        engine.forget(old.id, old.name);
      }
    });
  // A slow engine never gets a pile of ticks: the next one waits for the last.
  const timer = setInterval(() => {
    running ??= tick()
      .catch((err: unknown) => console.error('busy client:', err))
      .finally(() => (running = undefined));
  }, everyMs);
  return {
    created: () => n,
    stop: async () => {
      clearInterval(timer);
      await running;
      await engine.exclusive(async () => {
        for (const { id } of live.splice(0)) {
          await engine.inner.disconnect(id, container, true).catch(() => undefined);
          await engine.inner.remove(id).catch(() => undefined);
        }
      });
    },
  };
}
