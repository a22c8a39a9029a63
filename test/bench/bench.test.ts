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
  it('measures the mock run and a stateful run phase by phase, the per-request ratio, and judges the three goals', async () => {
    const json = join(dir, 'bench.json');
    const r = await runScript(BENCH, ['--reps', '1', '--no-docker', '--requests', '20', '--json', json], { killAfterMs: 90_000 });
    expect(r.code, describeRun(r)).toBe(0);
    for (const table of ['| run |', '| phase of a run', '| per suite', '| per request', '| goal |']) expect(r.stdout).toContain(table);
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
    expect(out.goals).toHaveLength(3);
    for (const g of out.goals) expect(typeof g.met).toBe('boolean');
  }, 120_000);

  it('refuses a bad option with one line, no stack trace', async () => {
    const r = await runScript(BENCH, ['--reps', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('bench: --reps takes a whole number from 1 to 50');
  });
});
