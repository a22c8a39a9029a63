// A shared, busy target: while the suite runs, another client creates networks with a running container attached and
// removes its older ones, every ~100 ms; on a crowded one, another user's networks are there too (300 of them, half
// unused). A conformant target must still pass, over many seeds, and the suite must never remove, connect or
// disconnect anything of the others', nor let a prune take it — on the memory engine and on a real Docker engine.
//
// The others talk to the engine directly, as docker compose or the Container Station UI do on a NAS, so every engine
// call the front makes is the suite's (test/reference-target/crowd.ts, which the reference targets' --others and
// --busy use too). The busy client's create-and-connect (and disconnect-and-remove) take the engine while no call of
// the front is under way, so its networks are never unused when a prune arrives: a prune that took one would be the
// suite's doing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Crowd } from '../../runner/simulate/engine/crowd.ts';
import { startCrowd } from '../../runner/simulate/engine/crowd.ts';
import { createDockerFixtures, type DockerFixtures } from '../reference-target/docker-fixtures.ts';
import { DockerEngine } from '../reference-target/docker-engine.ts';
import { dockerAvailable, startDockerd } from '../reference-target/dockerd.ts';
import type { Engine } from '../../runner/simulate/engine/engine.ts';
import { DEFAULT_BASE_PATH, startFront, type RunningFront } from '../../runner/simulate/front/front.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { runCli, type CliRun } from './run-cli.ts';

const PASSWORD = 'busy-target-password';
const SEEDS = Array.from({ length: 10 }, (_, i) => 1000 + i * 7919);
const PRUNE_CHECKS = ['NET-PRUNE-001', 'NET-PRUNE-002', 'NET-PRUNE-003', 'NET-PRUNE-004'];

/** Runs the suite once per seed with --allow-destructive; each run must pass; answers the runs. */
async function passesWhileBusy(url: string, crowd: Crowd, container: string, seeds = SEEDS): Promise<CliRun[]> {
  const outcomes: string[] = [];
  const runs: CliRun[] = [];
  for (const seed of seeds) {
    const args = ['--target', url, '--username', 'admin', '--container', container, '--allow-destructive', '--timeout', '5000', '--seed', String(seed)];
    const r = await runCli(args, { CS_PASSWORD: PASSWORD }, 180_000);
    outcomes.push(`seed ${seed}: exit ${r.code}, failed ${r.failed.join(', ') || '-'}, skipped ${r.skipped.join(', ') || '-'} (${r.ms} ms)`);
    expect(r.failed, `seed ${seed}\n${r.stdout}${r.stderr}`).toEqual([]);
    expect(r.code, `seed ${seed}\n${r.stdout}${r.stderr}`).toBe(0);
    for (const secret of [PASSWORD]) expect(r.stdout + r.stderr).not.toContain(secret);
    runs.push(r);
  }
  console.log(`the other client created ${crowd.created()} networks during ${seeds.length} runs\n  ${outcomes.join('\n  ')}`);
  expect(crowd.created()).toBeGreaterThan(seeds.length * 5);
  expect(crowd.engine.touched).toEqual([]);
  return runs;
}

/** The others' networks still on the engine, and how many have their container attached (inspect shows it). */
async function othersLeft(engine: Engine, crowd: Crowd): Promise<{ names: string[]; attached: number }> {
  const names = (await engine.list()).map((n) => String(n.Name)).filter((n) => n.startsWith('other-user-'));
  let attached = 0;
  for (const name of names) {
    const n = await engine.inspect(name);
    if (Object.values((n.Containers ?? {}) as Record<string, { Name?: string }>).some((c) => c.Name === crowd.engine.othersContainer)) attached++;
  }
  return { names, attached };
}

/** The run's own networks still on the engine (none, after every run). */
async function runsLeft(engine: Engine): Promise<string[]> {
  return (await engine.list()).map((n) => String(n.Name)).filter((n) => n.startsWith('cs-conformance-'));
}

describe('the suite on a memory target another client changes all the time', () => {
  let target: Simulator;

  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD, busy: true });
  });
  afterAll(async () => {
    await target?.close();
  });

  it(`passes over ${SEEDS.length} seeds with --allow-destructive, and touches nothing of the other client's`, { timeout: 600_000 }, async () => {
    const runs = await passesWhileBusy(target.url, target.crowd!, target.runningContainer);
    // The busy client's networks are always in use: the prune checks run.
    for (const r of runs) expect(r.skipped.filter((id) => PRUNE_CHECKS.includes(id))).toEqual([]);
    expect(await runsLeft(target.engine)).toEqual([]);
  });
});

describe('the suite on a crowded memory target: 300 networks of another user, half unused, and a busy client', () => {
  const OTHERS = 300;
  let target: Simulator;

  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD, others: OTHERS, busy: true });
  }, 60_000);
  afterAll(async () => {
    await target?.close();
  });

  it(`passes over ${SEEDS.length} seeds with --allow-destructive: no check blames the target, the prune checks skip naming the unused networks, nothing of the others' is touched`, { timeout: 900_000 }, async () => {
    const runs = await passesWhileBusy(target.url, target.crowd!, target.runningContainer);
    for (const r of runs) {
      const checks = r.results!.suites.flatMap((s) => s.checks);
      for (const id of PRUNE_CHECKS) {
        const c = checks.find((x) => x.id === id)!;
        expect(c.status, `${id}: ${c.reason}`).toBe('skip');
        expect(c.reason).toMatch(/^the prune was not sent: the target holds 150 unused networks that are not this run's \("other-user-[^"]+-1", .*… \(140 more\)\)/);
        expect(c.reason!.match(/"other-user-/g)).toHaveLength(10);
      }
    }
    const left = await othersLeft(target.engine, target.crowd!);
    expect(left.names).toHaveLength(OTHERS);
    expect(left.attached).toBe(OTHERS / 2);
    expect(await runsLeft(target.engine)).toEqual([]);
  });
});

const availability = await dockerAvailable();
const title = (t: string) => (availability.ok ? t : `${t} [skipped: ${availability.reason}]`);

/** A private dockerd, the suite's own containers, another client's (named `who`), that client set going, and a front. */
interface DockerCrowd {
  docker: DockerEngine;
  ours: DockerFixtures;
  crowd: Crowd;
  front: RunningFront;
  /** The engine's networks before any of it. */
  before: string[];
  close(): Promise<void>;
}

async function dockerCrowd(who: string, crowdOptions: { others?: number; busy: boolean }): Promise<DockerCrowd> {
  // Undone last first, also when a later step fails: what was started before it goes.
  const undo: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const step of undo.reverse()) await step().catch(() => undefined);
  };
  try {
    const dockerd = await startDockerd();
    undo.push(() => dockerd.stop());
    const docker = new DockerEngine({ socketPath: dockerd.socketPath });
    const before = (await docker.list()).map((n) => String(n.Name)).sort();
    const ours = await createDockerFixtures({ socketPath: dockerd.socketPath });
    undo.push(() => ours.cleanup());
    const theirs = await createDockerFixtures({ socketPath: dockerd.socketPath, runningName: `${who}-running-${process.pid}`, createdName: `${who}-created-${process.pid}` });
    undo.push(() => theirs.cleanup());
    const crowd = await startCrowd(docker, { ...crowdOptions, container: theirs.runningContainer.name });
    undo.push(() => crowd.stop());
    const front = await startFront({ engine: crowd.engine, username: 'admin', password: PASSWORD });
    undo.push(() => front.close());
    return { docker, ours, crowd, front, before, close };
  } catch (err) {
    await close();
    throw err;
  }
}

describe.skipIf(!availability.ok)(title('the suite on a Docker target another client changes all the time'), () => {
  let target: DockerCrowd;
  beforeAll(async () => {
    target = await dockerCrowd('neighbour', { busy: true });
  }, 180_000);
  afterAll(() => target?.close(), 180_000);

  it(`passes over ${SEEDS.length} seeds with --allow-destructive, and touches nothing of the other client's`, { timeout: 1_200_000 }, async () => {
    const { front, crowd, ours, docker, before } = target;
    await passesWhileBusy(front.url + DEFAULT_BASE_PATH, crowd, ours.runningContainer.name);
    await crowd.stop();
    expect((await docker.list()).map((n) => String(n.Name)).sort()).toEqual(before);
  });
});

describe.skipIf(!availability.ok)(title('the suite on a crowded Docker target: networks of another user, half unused, and a busy client'), () => {
  // Fewer than on the memory target: each is a bridge of the real engine; the prune's gate reads the engine's own
  // Containers here, which is what a real engine adds.
  const OTHERS = 40;
  const DOCKER_SEEDS = SEEDS.slice(0, 3);
  let target: DockerCrowd;
  beforeAll(async () => {
    target = await dockerCrowd('other-user', { others: OTHERS, busy: true });
  }, 300_000);
  afterAll(() => target?.close(), 300_000);

  it(`passes over ${DOCKER_SEEDS.length} seeds with --allow-destructive, the prune checks skip, and touches nothing of the others'`, { timeout: 1_200_000 }, async () => {
    const { front, crowd, ours, docker, before } = target;
    const runs = await passesWhileBusy(front.url + DEFAULT_BASE_PATH, crowd, ours.runningContainer.name, DOCKER_SEEDS);
    for (const r of runs) expect(r.skipped).toEqual(expect.arrayContaining(PRUNE_CHECKS));
    const left = await othersLeft(docker, crowd);
    expect(left.names).toHaveLength(OTHERS);
    expect(left.attached).toBe(OTHERS / 2);
    expect(await runsLeft(docker)).toEqual([]);
    await crowd.stop();
    expect((await docker.list()).map((n) => String(n.Name)).sort()).toEqual(before);
  });
});
