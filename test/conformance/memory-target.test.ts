// The suite against the in-memory reference target: it passes the fault-free front (no false failures) and catches
// every seeded fault (no missed faults).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { FAULT_TABLE, FAULT_NAMES, faultNamed } from '../../runner/simulate/faults.ts';
import { checksNeverCaught, GRADED_CHECKS } from './fault-expectations.ts';
import { pool, runCli } from './run-cli.ts';

const PASSWORD = 'memory-target-password';
const env = { CS_PASSWORD: PASSWORD };
const args = (t: Simulator, container: string) => ['--target', t.url, '--username', t.username, '--container', container, '--allow-destructive', '--timeout', '2000'];

describe('the suite against the fault-free in-memory reference target', () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD });
  });
  afterAll(() => target?.close());

  it('passes with a running container: every stateful check runs', async () => {
    const r = await runCli(args(target, target.runningContainer), env);
    expect(r.failed, r.stdout + r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    // The memory engine has no second driver: the only capability skip allowed.
    expect(r.skipped.filter((id) => id !== 'NET-CREATE-005')).toEqual([]);
  });

  it('passes with a created-only container, skipping only what needs a running one', async () => {
    const r = await runCli([...args(target, target.createdContainer), '--suite', 'reference', '--suite', 'connect', '--suite', 'remove', '--suite', 'prune'], env);
    expect(r.failed, r.stdout + r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.skipped.sort()).toEqual(['NET-CONN-006', 'NET-CONN-007', 'NET-RM-005']);
  });
});

describe('every seeded fault is caught', () => {
  it('names a fault for every MUST and SHOULD check, and only known checks', () => {
    const named = new Set(FAULT_TABLE.flatMap((f) => f.catches));
    expect(GRADED_CHECKS.filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((id) => !GRADED_CHECKS.includes(id))).toEqual([]);
  });

  it('catches each fault with the matching check', { timeout: 300_000 }, async () => {
    const outcomes = await pool(FAULT_NAMES, 3, async (fault) => {
      const exp = faultNamed(fault);
      const target = await startSimulator({ password: PASSWORD, faults: [fault] });
      try {
        const suites = exp.suites.flatMap((s) => ['--suite', s]);
        const r = await runCli([...args(target, target.runningContainer), ...suites, ...(exp.strict ? ['--strict'] : [])], env);
        const caught = r.code === 1 && exp.catches.some((id) => r.failed.includes(id));
        const rootCauses = (r.results?.rootCauses ?? []).filter((c) => c.level === 'MUST').length;
        return { fault, caught, code: r.code, failed: r.failed, rootCauses, bound: exp.rootCauses, ms: r.ms, tail: r.stderr.trim().split('\n').pop() };
      } finally {
        await target.close();
      }
    });
    const missed = outcomes.filter((o) => !o.caught);
    const neverCaught = checksNeverCaught(outcomes);
    console.log(`catch rate: ${outcomes.length - missed.length}/${outcomes.length} seeded faults caught; ${GRADED_CHECKS.length - neverCaught.length}/${GRADED_CHECKS.length} MUST and SHOULD checks seen catching their fault`);
    for (const o of outcomes) console.log(`  ${o.caught ? 'caught' : 'MISSED'} ${o.fault.padEnd(36)} exit ${o.code} ${o.rootCauses} root cause(s) failing ${o.failed.join(', ') || '-'} (${o.ms} ms)`);
    expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);
    // One departure is reported once: each fault's MUST root causes, at most as measured (the table's rootCauses).
    const noisy = outcomes.filter((o) => o.rootCauses < 1 || o.rootCauses > o.bound);
    expect(noisy.map((o) => `${o.fault}: ${o.rootCauses} root causes, at most ${o.bound}`)).toEqual([]);
    expect(neverCaught).toEqual([]);
  });
});
