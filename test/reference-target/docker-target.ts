// The reference target backed by a real Docker engine: the simulator's front (runner/simulate/front/) over
// DockerEngine, with the two fixture containers the scenarios need. A development tool (it needs dockerd): run directly
// (`npm run target:docker`) it serves until SIGINT or SIGTERM and prints where; imported, startDockerTarget gives
// tests the same thing with a close(). It takes the switches `cs-conformance simulate` takes (runner/simulate/flags.ts):
// --others and --busy share the NAS with another user (with that user's own running container), --hang leaves an
// operation unanswered.

import { parseArgs } from 'node:util';
import { announce } from '../../runner/simulate/announce.ts';
import { startCrowd, type Crowd } from '../../runner/simulate/engine/crowd.ts';
import { DockerEngine } from './docker-engine.ts';
import { createDockerFixtures, type DockerFixtures } from './docker-fixtures.ts';
import { startDockerd, type Dockerd } from './dockerd.ts';
import type { Engine, EngineCreateBody } from '../../runner/simulate/engine/engine.ts';
import { TARGET_FLAGS, TARGET_USAGE, targetSwitchesFrom, type TargetSwitches } from '../../runner/simulate/flags.ts';
import { DIALECT_USAGE } from '../../runner/simulate/front/shape/dialect.ts';
import { DEFAULT_BASE_PATH, startFront } from '../../runner/simulate/front/front.ts';
import { SESSION_USAGE } from '../../runner/simulate/front/sessions.ts';
import type { SimulatorOptions } from '../../runner/simulate/simulator.ts';

export const DEFAULT_USERNAME = 'admin';

/** The simulator's switches that the Docker-backed target takes too, and which engine it runs over. */
export interface DockerTargetOptions extends Pick<SimulatorOptions, 'password' | 'username' | 'faults' | 'latencyMs' | 'dialect' | 'basePath' | 'session' | 'others' | 'busy' | 'hang'> {
  /** An existing engine's unix socket; else DOCKER_HOST=unix://…; else a private dockerd is started. */
  dockerSocket?: string;
}

export interface DockerTarget {
  /** The API base URL clients use (origin + /container-station/api/v1), as memory-target.ts reports it. */
  url: string;
  /** The bare origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  username: string;
  /** Container names, as a Container Station client would pass them to connect/disconnect. */
  runningContainer: string;
  createdContainer: string;
  /** The engine socket behind the front, for checks that bypass it. */
  dockerSocket: string;
  /** The other user and the busy client, when asked for: what the front did to theirs (`engine.touched`). */
  crowd?: Crowd;
  close(): Promise<void>;
}

/** The engine to use when the caller names none: DOCKER_HOST when it is a unix socket, else a private daemon. */
export function socketFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const host = env.DOCKER_HOST;
  if (host === undefined || host === '') return undefined;
  if (!host.startsWith('unix://')) throw new Error(`DOCKER_HOST=${host} is not a unix:// socket; only local engines are supported`);
  return host.slice('unix://'.length);
}

/**
 * Remembers the networks created through it, so closing the target removes them from a shared engine without
 * touching networks that belong to anyone else.
 */
class TrackingEngine implements Engine {
  readonly created = new Set<string>();
  private readonly inner: Engine;

  constructor(inner: Engine) {
    this.inner = inner;
  }

  list() {
    return this.inner.list();
  }
  async create(body: EngineCreateBody) {
    const res = await this.inner.create(body);
    this.created.add(res.Id);
    return res;
  }
  inspect(id: string) {
    return this.inner.inspect(id);
  }
  connect(id: string, container: string) {
    return this.inner.connect(id, container);
  }
  disconnect(id: string, container: string, force?: boolean) {
    return this.inner.disconnect(id, container, force);
  }
  remove(id: string) {
    return this.inner.remove(id);
  }
  prune() {
    return this.inner.prune();
  }
  version() {
    return this.inner.version();
  }
}

export async function startDockerTarget(opts: DockerTargetOptions): Promise<DockerTarget> {
  const username = opts.username ?? DEFAULT_USERNAME;
  const undo: (() => Promise<void>)[] = [];

  async function unwind(): Promise<void> {
    const failures: string[] = [];
    for (const step of undo.splice(0).reverse()) {
      await step().catch((err: unknown) => failures.push(err instanceof Error ? err.message : String(err)));
    }
    if (failures.length > 0) throw new Error(`docker target cleanup incomplete: ${failures.join('; ')}`);
  }

  try {
    let socketPath = opts.dockerSocket ?? socketFromEnv();
    if (socketPath === undefined) {
      const dockerd: Dockerd = await startDockerd();
      undo.push(() => dockerd.stop());
      socketPath = dockerd.socketPath;
    }
    const docker = new DockerEngine({ socketPath });
    await docker.version().catch((err: Error) => {
      throw new Error(`no Docker engine answering at ${socketPath}: ${err.message}`);
    });

    const engine = new TrackingEngine(docker);
    // Runs after the fixtures are gone (undo runs in reverse), so no fixture container keeps a network in use.
    undo.push(() => removeNetworks(docker, engine.created));

    const fixtures: DockerFixtures = await createDockerFixtures({ socketPath });
    undo.push(() => fixtures.cleanup());

    let crowd: Crowd | undefined;
    if (opts.others || opts.busy) {
      const theirs = await createDockerFixtures({ socketPath, runningName: `other-user-running-${process.pid}`, createdName: `other-user-created-${process.pid}` });
      undo.push(() => theirs.cleanup());
      crowd = await startCrowd(engine, { others: opts.others, busy: opts.busy, container: theirs.runningContainer.name });
      undo.push(() => crowd!.stop());
    }

    const basePath = opts.basePath ?? DEFAULT_BASE_PATH;
    const front = await startFront({
      engine: crowd?.engine ?? engine,
      username,
      password: opts.password,
      faults: opts.faults,
      host: '127.0.0.1',
      port: 0,
      latencyMs: opts.latencyMs,
      dialect: opts.dialect,
      basePath,
      session: opts.session,
      hang: opts.hang,
    });
    undo.push(() => front.close());

    let closing: Promise<void> | undefined;
    return {
      url: front.url + basePath,
      origin: front.url,
      username,
      runningContainer: fixtures.runningContainer.name,
      createdContainer: fixtures.createdContainer.name,
      dockerSocket: socketPath,
      crowd,
      close() {
        closing ??= unwind();
        return closing;
      },
    };
  } catch (err) {
    await unwind().catch(() => undefined);
    throw err;
  }
}

async function removeNetworks(engine: Engine, ids: Set<string>): Promise<void> {
  const failures: string[] = [];
  for (const id of ids) {
    // 404: already removed through the front (or pruned).
    await engine.remove(id).catch((err: { status?: number; message: string }) => {
      if (err.status !== 404) failures.push(`network ${id.slice(0, 12)}: ${err.message}`);
    });
  }
  ids.clear();
  if (failures.length > 0) throw new Error(`could not remove networks created through the target: ${failures.join('; ')}`);
}

// ---- command line ----

const USAGE = `usage: CS_PASSWORD=… node test/reference-target/docker-target.ts [--docker-socket PATH] ${TARGET_USAGE} ${DIALECT_USAGE} ${SESSION_USAGE}`;

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s*\n\s*/g, ' | ');
}

function fail(message: string): never {
  process.stderr.write(`docker-target: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  let switches: TargetSwitches;
  try {
    args = parseArgs({ options: { ...TARGET_FLAGS, 'docker-socket': { type: 'string' } }, allowPositionals: false }).values;
    switches = targetSwitchesFrom(args);
  } catch (err) {
    fail(`${oneLine(err)}; ${USAGE}`);
  }
  const password = process.env.CS_PASSWORD;
  if (password === undefined || password === '') fail(`CS_PASSWORD is not set; ${USAGE}`);

  // A signal during start-up is honoured once start-up has finished or failed, so nothing is left half-made.
  let stopRequested = false;
  let target: DockerTarget | undefined;
  const stop = async (): Promise<void> => {
    if (target === undefined) return;
    const t = target;
    const touched = t.crowd?.engine.touched ?? [];
    if (touched.length) process.stderr.write(`docker-target: the front changed what is the other user's: ${touched.join('; ')}\n`);
    const bound = setTimeout(() => fail('cleanup did not finish within 120 s'), 120_000);
    try {
      await t.close();
    } catch (err) {
      fail(oneLine(err));
    }
    clearTimeout(bound);
    process.exit(0);
  };
  const onSignal = (): void => {
    if (stopRequested) return;
    stopRequested = true;
    void stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    target = await startDockerTarget({ password, ...switches, dockerSocket: args['docker-socket'] });
  } catch (err) {
    fail(oneLine(err));
  }
  if (stopRequested) return stop();
  process.stdout.write(announce(target));
}

if (import.meta.main) {
  main().catch((err: unknown) => fail(oneLine(err)));
}
