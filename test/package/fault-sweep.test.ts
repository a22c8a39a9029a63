// Every seeded fault is caught, as a user would see it: for each row of the fault table (runner/simulate/faults.ts),
// the installed `cs-conformance simulate --fault NAME` and the installed `cs-conformance run` of the suites whose
// checks name the fault (their `Faults:` line) against it, two processes of the package installed by installed.ts; the run exits 1 with one of the fault's
// checks failing, and reports at most the fault's MUST root causes. Every MUST and SHOULD check is seen catching one.
// (The fault-free runs are simulate.test.ts's; the same sweep against a real engine is test/conformance/docker-target.)
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAULT_NAMES, faultNamed } from '../../runner/simulate/faults.ts';
import { catchersOf } from '../../suites/index.ts';
import { checksNeverCaught, GRADED_CHECKS } from '../conformance/fault-expectations.ts';
import { pool, readRun } from '../conformance/run-cli.ts';
import { tempDir } from '../runner/helpers.ts';
import { startSimulate } from '../simulate/process.ts';
import { exec, globalBin } from './helpers.ts';
import { installedPackage, type InstalledPackage } from './installed.ts';

const PASSWORD = 'fault-sweep-password-2d';

describe('every seeded fault is caught', () => {
  let pkg: InstalledPackage;
  beforeAll(async () => {
    pkg = await installedPackage();
  }, 480_000);

  it('every MUST and SHOULD check names a fault', () => {
    const named = new Set(FAULT_NAMES.flatMap((f) => catchersOf(f).checks.map((c) => c.id)));
    expect(GRADED_CHECKS.filter((id) => !named.has(id))).toEqual([]);
  });

  it('by the installed run against the installed simulate, with the matching check', { timeout: 420_000 }, async () => {
    const env = pkg.env({ CS_PASSWORD: PASSWORD });
    const command = [join(globalBin(pkg.prefix), 'cs-conformance'), 'simulate'];
    const outcomes = await pool(FAULT_NAMES, 3, async (fault) => {
      const exp = faultNamed(fault);
      const catchers = catchersOf(fault);
      const sim = await startSimulate(['--port', '0', '--fault', fault], { command, env });
      try {
        const reportDir = join(tempDir('csp-sweep-'), 'reports');
        const suites = catchers.suites.flatMap((s) => ['--suite', s]);
        const args = ['run', '--target', sim.url, '--username', sim.username, '--container', sim.runningContainer, '--allow-destructive', '--timeout', '2000', '--report-dir', reportDir, ...suites, ...(exp.strict ? ['--strict'] : [])];
        const r = await exec('cs-conformance', args, { cwd: pkg.dir, env, timeoutMs: 120_000 });
        const { results, failed } = readRun(reportDir);
        const caught = r.code === 1 && catchers.checks.some((c) => failed.includes(c.id));
        const rootCauses = (results?.rootCauses ?? []).filter((c) => c.level === 'MUST').length;
        return { fault, caught, code: r.code, failed, rootCauses, bound: exp.rootCauses, ms: r.ms, tail: r.stderr.trim().split('\n').pop() };
      } finally {
        expect((await sim.stop()).code, `simulate --fault ${fault} stopped`).toBe(0);
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
