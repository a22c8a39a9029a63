// `cs-conformance diff` on two real runs: the fault-free reference target, then the same target with a fault.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../runner/simulate/simulator.ts';
import type { FaultName } from '../../runner/simulate/faults.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'diff-test-password';
const dir = mkdtempSync(join(tmpdir(), 'csc-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runInto(name: string, faults: FaultName[]): Promise<string> {
  const target = await startSimulator({ password: PASSWORD, faults });
  try {
    const out = join(dir, name);
    await runCli(['--target', target.url, '--username', target.username, '--suite', 'list', '--suite', 'duplicate', '--report-dir', out], { CS_PASSWORD: PASSWORD });
    return out;
  } finally {
    await target.close();
  }
}

const diff = (a: string, b: string) => spawnSync(process.execPath, ['runner/cli/cli.ts', 'diff', a, b], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });

describe('cs-conformance diff on real runs', () => {
  it('reports the regression and exits 1; identical runs exit 0; junit.xml and results.json both work', { timeout: 120_000 }, async () => {
    const good = await runInto('good', []);
    const bad = await runInto('bad', ['duplicate-allowed']);
    const regressed = diff(join(good, 'results.json'), join(bad, 'results.json'));
    expect(regressed.status, regressed.stdout + regressed.stderr).toBe(1);
    expect(regressed.stdout).toContain('NET-DUP-001');
    const fixed = diff(join(bad, 'junit.xml'), join(good, 'junit.xml'));
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('NET-DUP-001');
    const same = diff(join(good, 'results.json'), join(good, 'junit.xml'));
    expect(same.status, same.stdout + same.stderr).toBe(0);
    const missing = diff(join(good, 'nope.json'), join(good, 'results.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^cs-conformance diff: .*nope\.json/);
  });
});
