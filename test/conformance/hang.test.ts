// A target whose inspect never answers (issue 24: a NAS left 31 networks behind and took 118 s). Every network the run
// created is removed by the full Id its own create answered, without the inspect that hangs, so the run ends in time
// and leaves nothing behind; the checks that need an inspect fail, each once, at --timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { runCli } from './run-cli.ts';

const PASSWORD = 'Hang-Test-Pw-5e0c77a1';

describe('a target whose inspect hangs', () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD, hang: ['inspect'] });
  });
  afterAll(() => target?.close());

  it('--timeout 3000: exit 1 within 60 s, the checks that need inspect fail, nothing of the run is left on the engine', { timeout: 120_000 }, async () => {
    const r = await runCli(
      ['--target', target.url, '--username', target.username, '--container', target.runningContainer, '--allow-destructive', '--timeout', '3000'],
      { CS_PASSWORD: PASSWORD },
      90_000,
    );
    const why = `${r.stdout}\n${r.stderr}`;
    expect(r.code, why).toBe(1);
    expect(r.ms, why).toBeLessThan(60_000);
    expect(r.failed, why).toEqual(expect.arrayContaining(['NET-CREATE-002', 'NET-CREATE-003', 'NET-RM-004']));
    expect(r.failed, why).not.toContain('CLEANUP-001');
    for (const id of ['NET-CREATE-003', 'NET-RM-004']) {
      const c = r.results!.suites.flatMap((s) => s.checks).find((x) => x.id === id)!;
      expect(c.reason).toMatch(/no complete answer within 3000 ms/);
    }
    // Nothing a check created was left in place: no removal waited on an inspect.
    const observations = r.results!.suites.flatMap((s) => s.checks).flatMap((c) => c.observations ?? []);
    expect(observations.filter((o) => o.includes('left in place')), why).toEqual([]);
    // At the engine, past the front: nothing of the run's.
    const left = (await target.engine.list()).map((n) => String(n.Name)).filter((n) => n.startsWith('cs-conformance-'));
    expect(left, why).toEqual([]);
    expect(why).not.toContain(PASSWORD);
  });
});
