// The checks that name a seeded fault (their `Faults:` line) catch it, and pass without it: the real CLI runs the
// suites of those checks against the simulator (in this process, the fault seeded), then against it fault-free.
// By default the faults declared wholly by a rewrite of their answers (the row's `rewrites`: the way a new check's
// fault is added, CONTRIBUTING.md "Adding a check"); CS_FAULT=name[,name…] picks others. The whole table, through
// the installed package, is test/package/fault-sweep.test.ts.
import { describe, expect, it } from 'vitest';
import { FAULT_TABLE, faultNamed, type FaultName } from '../../runner/simulate/faults.ts';
import { startSimulator } from '../../runner/simulate/simulator.ts';
import { catchersOf } from '../../suites/index.ts';
import { runCli } from '../conformance/run-cli.ts';

const PASSWORD = 'fault-caught-password-7q';

/** The faults this run holds to their checks: CS_FAULT's, or those declared by a rewrite. */
function faultsToRun(): FaultName[] {
  const asked = process.env.CS_FAULT?.split(',').map((f) => f.trim()).filter(Boolean);
  if (!asked?.length) return FAULT_TABLE.filter((f) => f.rewrites).map((f) => f.name);
  return asked.map((name) => faultNamed(name as FaultName).name);
}

/** A run of `suites` against the simulator seeded with `faults`. */
async function runAgainst(faults: FaultName[], suites: string[], strict: boolean) {
  const sim = await startSimulator({ password: PASSWORD, faults });
  try {
    const args = ['--target', sim.url, '--username', sim.username, '--container', sim.runningContainer, '--allow-destructive', ...suites.flatMap((s) => ['--suite', s]), ...(strict ? ['--strict'] : [])];
    return await runCli(args, { CS_PASSWORD: PASSWORD });
  } finally {
    await sim.close();
  }
}

describe('a seeded fault is caught by the checks that name it', () => {
  for (const name of faultsToRun()) {
    it(name, { timeout: 120_000 }, async () => {
      const fault = faultNamed(name);
      const catchers = catchersOf(name);
      expect(catchers.checks.map((c) => c.id), `no check names ${name} in its Faults: line`).not.toEqual([]);
      const ids = catchers.checks.map((c) => c.id);

      const faulty = await runAgainst([name], catchers.suites, Boolean(fault.strict));
      expect(faulty.code, faulty.stdout + faulty.stderr).toBe(1);
      expect(faulty.failed.filter((id) => ids.includes(id)), `none of ${ids.join(', ')} failed\n${faulty.stdout}`).not.toEqual([]);
      const rootCauses = (faulty.results?.rootCauses ?? []).filter((c) => c.level === 'MUST').length;
      expect(rootCauses, 'MUST root causes, at most the row\'s rootCauses').toBeLessThanOrEqual(fault.rootCauses);

      const clean = await runAgainst([], catchers.suites, Boolean(fault.strict));
      expect(clean.failed, clean.stdout + clean.stderr).toEqual([]);
      expect(clean.code).toBe(0);
    });
  }
});
