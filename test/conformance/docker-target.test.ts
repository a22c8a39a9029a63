// The suite against the Docker-backed reference target: every stateful check runs against a real engine, the suite
// passes it, and every seeded fault of the front is caught. Skipped, with the reason, where no engine can start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerEngine } from '../reference-target/docker-engine.ts';
import { startDockerTarget, type DockerTarget } from '../reference-target/docker-target.ts';
import { dockerAvailable, startDockerd, type Dockerd } from '../reference-target/dockerd.ts';
import { FAULT_NAMES, faultNamed, type FaultName } from '../../runner/simulate/faults.ts';
import { catchersOf } from '../../suites/index.ts';
import { checksNeverCaught, GRADED_CHECKS } from './fault-expectations.ts';
import { pool, runCli } from './run-cli.ts';

const PASSWORD = 'docker-target-password';
const env = { CS_PASSWORD: PASSWORD };
const availability = await dockerAvailable();
const title = (t: string) => (availability.ok ? t : `${t} [skipped: ${availability.reason}]`);
if (!availability.ok) console.warn(`[docker-target.test] skipped: ${availability.reason}`);

const args = (t: DockerTarget, container: string) => ['--target', t.url, '--username', t.username, '--container', container, '--allow-destructive', '--timeout', '3000'];

describe.skipIf(!availability.ok)(title('the suite against the Docker-backed reference target'), () => {
  let dockerd: Dockerd;
  let engine: DockerEngine;
  let networksBefore: string[];
  beforeAll(async () => {
    dockerd = await startDockerd();
    engine = new DockerEngine({ socketPath: dockerd.socketPath });
    networksBefore = (await engine.list()).map((n) => String(n.Name)).sort();
  }, 120_000);
  afterAll(async () => {
    await dockerd?.stop();
  }, 120_000);

  it('passes with the running container, every stateful check running', { timeout: 180_000 }, async () => {
    const target = await startDockerTarget({ password: PASSWORD, dockerSocket: dockerd.socketPath });
    try {
      const r = await runCli(args(target, target.runningContainer), env);
      expect(r.failed, r.stdout + r.stderr).toEqual([]);
      expect(r.code).toBe(0);
      // Drivers other than bridge are a capability of the host kernel (macvlan is refused in containers).
      expect(r.skipped.filter((id) => id !== 'NET-CREATE-005')).toEqual([]);
      const r2 = await runCli([...args(target, target.createdContainer), '--suite', 'reference', '--suite', 'connect', '--suite', 'remove', '--suite', 'prune'], env);
      expect(r2.failed, r2.stdout + r2.stderr).toEqual([]);
      expect(r2.skipped.sort()).toEqual(['NET-CONN-006', 'NET-CONN-007', 'NET-RM-005']);
    } finally {
      await target.close();
    }
    expect((await engine.list()).map((n) => String(n.Name)).sort()).toEqual(networksBefore);
  });

  it('catches every seeded fault', { timeout: 900_000 }, async () => {
    // Prune removes every unused network on the engine, so prune faults run alone, after the others.
    const prune = FAULT_NAMES.filter((f) => catchersOf(f).suites.includes('prune'));
    const others = FAULT_NAMES.filter((f) => !prune.includes(f));
    const runFault = async (fault: FaultName) => {
      const exp = faultNamed(fault);
      const target = await startDockerTarget({ password: PASSWORD, dockerSocket: dockerd.socketPath, faults: [fault] });
      try {
        const catchers = catchersOf(fault);
        const suites = catchers.suites.flatMap((s) => ['--suite', s]);
        const r = await runCli([...args(target, target.runningContainer), ...suites, ...(exp.strict ? ['--strict'] : [])], env);
        return { fault, caught: r.code === 1 && catchers.checks.some((c) => r.failed.includes(c.id)), code: r.code, failed: r.failed, ms: r.ms };
      } finally {
        await target.close();
      }
    };
    const outcomes = [...(await pool(others, 2, runFault)), ...(await pool(prune, 1, runFault))];
    const missed = outcomes.filter((o) => !o.caught);
    const neverCaught = checksNeverCaught(outcomes);
    console.log(`catch rate against the Docker engine: ${outcomes.length - missed.length}/${outcomes.length} seeded faults caught; ${GRADED_CHECKS.length - neverCaught.length}/${GRADED_CHECKS.length} MUST and SHOULD checks seen catching their fault`);
    for (const o of outcomes) console.log(`  ${o.caught ? 'caught' : 'MISSED'} ${o.fault.padEnd(36)} exit ${o.code} failing ${o.failed.join(', ') || '-'} (${o.ms} ms)`);
    expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);
    expect(neverCaught).toEqual([]);
    expect((await engine.list()).map((n) => String(n.Name)).sort()).toEqual(networksBefore);
  });
});
