// The benchmark runs and reports every figure it promises. Not a timed test: no assertion is about how fast anything
// is, only that each phase, run and ratio is measured and written (a benchmark that broke silently would lie).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runScript } from '../runner/helpers.ts';

const BENCH = join(ROOT, 'test', 'bench', 'bench.ts');
const dir = mkdtempSync(join(tmpdir(), 'cs-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench', () => {
  it("measures the mock run and a stateful run phase by phase, Prism's own start, the per-request ratio, and judges the goals", async () => {
    const json = join(dir, 'bench.json');
    // The latency table at its smallest (one cell); the --latency-only case below covers it.
    const r = await runScript(BENCH, ['--reps', '1', '--no-docker', '--requests', '20', '--latencies', '0', '--concurrencies', '1', '--latency-reps', '1', '--load-requests', '400', '--memory-requests', '4000', '--json', json], { killAfterMs: 170_000 });
    expect(r.code, describeRun(r)).toBe(0);
    for (const table of ['| run |', '| the embedded Prism alone', '| phase of a run', '| per suite', '| per request', '| latency per answer', '| memory target, 1 rep interleaved', '| the same mix', '| cs-conformance simulate, resident memory', '| goal |']) {
      expect(r.stdout).toContain(table);
    }
    const out = JSON.parse(readFileSync(json, 'utf8'));
    for (const run of [out.mock, out.memory]) {
      for (const k of ['wallMs', 'requests', 'roundTripMs', 'fixedCostMs', 'peakRssMiB']) expect(Number.isFinite(run[k]) && run[k] > 0, `${run.label} ${k}: ${run[k]}`).toBe(true);
      expect(run.requests).toBeGreaterThan(20);
      expect(run.peakRssMiB).toBeGreaterThan(10);
      expect(run.phases.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['CLI start (process start → runner loaded)', 'login', 'suites', 'reports', 'teardown (mock stop, exit)']));
      for (const p of run.phases) expect(Number.isFinite(p.ms) && p.ms >= 0, `${p.name}: ${p.ms}`).toBe(true);
      expect(Object.keys(run.suites)).toEqual(expect.arrayContaining(['system', 'create', 'connect', 'negative', 'prune']));
    }
    expect(out.mock.phases.find((p: { name: string }) => p.name === 'target ready (mock start)').ms).toBeGreaterThan(0);
    expect(out.perRequest.ratioToRequest).toBeGreaterThan(0);
    expect(Number.isFinite(out.perRequest.ratioToRequest)).toBe(true);
    expect(out.prism.readyMs).toBeGreaterThan(100);
    expect(out.prism.readyMs).toBeLessThan(out.mock.wallMs);
    // The ratio's run, timed as Prism alone is (nothing sampled beside it).
    expect(out.prism.runMs).toBeGreaterThan(out.prism.readyMs);
    expect(out.goals.map((g: { goal: string }) => g.goal)).toContain("default mock run at most 2× the embedded Prism's own start-to-ready time");
    // The cookie rotation row: both runs measured, the rotating target issued a value per answer.
    expect(out.rotation.plainMs).toBeGreaterThan(0);
    expect(out.rotation.rotatingMs).toBeGreaterThan(0);
    expect(out.rotation.cookiesPerRun).toBeGreaterThan(100);
    expect(out.goals.map((g: { goal: string }) => g.goal)).toContain('a run against a target rotating the session cookie on every answer at most 1.5× the same run without rotation');
    // simulate against mock, at 1 and 16 connections, both measured; the simulator's memory at both marks.
    expect(out.simulate.throughput.map((c: { connections: number }) => c.connections)).toEqual([1, 16]);
    for (const c of out.simulate.throughput) {
      for (const k of ['simulatePerSecond', 'mockPerSecond', 'noopPerSecond', 'ratio']) expect(Number.isFinite(c[k]) && c[k] > 0, `${c.connections} connections ${k}: ${c[k]}`).toBe(true);
    }
    expect(out.simulate.memory).toMatchObject({ reps: 1, early: 1000, late: 4000 });
    expect(out.simulate.memory.earlyRssMiB).toBeGreaterThan(10);
    expect(out.simulate.memory.lateRssMiB).toBeGreaterThan(10);
    expect(out.simulate.memory.doubleRssMiB).toBeGreaterThan(10);
    expect(out.goals.map((g: { goal: string }) => g.goal)).toEqual(expect.arrayContaining([
      'simulate at least 3× the requests per second of mock at 1 connection',
      'simulate at least 3× the requests per second of mock at 16 connections',
      "simulate's resident memory after 4,000 requests at most 1.2× after 1,000",
    ]));
    expect(out.goals).toHaveLength(8);
    for (const g of out.goals) expect(typeof g.met).toBe('boolean');
  }, 180_000);

  it('--simulate-only: the simulate and mock rows and their goals alone', async () => {
    const json = join(dir, 'simulate.json');
    const r = await runScript(BENCH, ['--simulate-only', '--reps', '1', '--load-requests', '200', '--memory-requests', '2000', '--json', json], { killAfterMs: 120_000 });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toContain('| 16 keep-alive connections |');
    const { simulate, goals } = JSON.parse(readFileSync(json, 'utf8'));
    expect(simulate.throughput).toHaveLength(2);
    expect(goals).toHaveLength(3);
    expect(r.stderr).toBe('');
  }, 120_000);

  it('--latency-only: wall time per latency × concurrency, the requests counted twice, the critical path and the three ratios', async () => {
    const json = join(dir, 'latency.json');
    const r = await runScript(BENCH, ['--latency-only', '--latencies', '0,5', '--concurrencies', '1,4,64', '--latency-reps', '1', '--json', json], { killAfterMs: 170_000 });
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toContain('| latency per answer');
    expect(r.stdout).toMatch(/^critical path: \d+ requests/m);
    const { latency, goals } = JSON.parse(readFileSync(json, 'utf8'));
    expect(latency.cells.map((c: { latencyMs: number; concurrency: number }) => `${c.latencyMs}/${c.concurrency}`)).toEqual(['0/1', '0/4', '0/64', '5/1', '5/4', '5/64']);
    for (const c of latency.cells) {
      expect(c.wallMs).toBeGreaterThan(0);
      expect(c.requests).toBeGreaterThan(20);
      // The target also sees the runner's own requests (login, GET /system, logout) that no check's transcript holds.
      expect(c.targetRequests).toBeGreaterThan(c.requests);
    }
    // Every answer waited 5 ms: one check at a time, the run lasts at least all its answers' waits.
    const serial = latency.cells.find((c: { latencyMs: number; concurrency: number }) => c.latencyMs === 5 && c.concurrency === 1);
    expect(serial.wallMs).toBeGreaterThanOrEqual(5 * serial.targetRequests);
    for (const k of ['criticalPathRequests', 'criticalPathNetRequests', 'speedupDefaultVsOne', 'defaultVsCriticalPath', 'zeroDefaultVsOne']) {
      expect(Number.isFinite(latency[k]), `${k}: ${latency[k]}`).toBe(true);
    }
    expect(goals).toHaveLength(3);
    for (const g of goals) expect(typeof g.met).toBe('boolean');
  }, 180_000);

  it('refuses a bad option with one line, no stack trace', async () => {
    const r = await runScript(BENCH, ['--reps', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('bench: --reps takes a whole number from 1 to 50');
    const memory = await runScript(BENCH, ['--simulate-only', '--memory-requests', '10']);
    expect(memory.code).toBe(2);
    expect(memory.stderr.trim()).toBe('bench: --memory-requests takes a whole number from 2000 to 10000000');
  });
});
