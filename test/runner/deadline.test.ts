// A check that runs past its deadline (30 × --timeout + 5 s, suites/harness/types.ts checkTimeoutMs) is reported
// cut short, and from then on sends nothing more: the real CLI against the simulator, whose engine another user has
// filled to its last default address pool. NET-DUP-003 takes that pool with its first create; its second create is
// refused for want of a pool while the run holds a network of its own, so the check waits for one of the run's
// networks to go and sends the create again every second (suites/harness/room.ts), for longer than its deadline.
// Once the deadline passes, the check's own end removes its network; a check still at work would then send its
// create once more and make a network after its cleanup ran. Both ways a check is timed: its own deadline
// (--concurrency above 1, suites/harness/register.ts) and vitest's test timeout (--concurrency 1).
import { afterAll, describe, expect, it } from 'vitest';
import { checkTimeoutMs } from '../../suites/harness/types.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import type { Exchange } from '../../runner/simulate/front/http.ts';
import { readRun } from '../conformance/run-cli.ts';
import { describeRun, early, runCli, tempDir, type CliResult } from './helpers.ts';

const PASSWORD = 'Deadline-Test-Pw-7c1d40';
const TIMEOUT_MS = 300;
const DEADLINE_MS = checkTimeoutMs(TIMEOUT_MS);
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** One request as the simulator saw it, with when it arrived (ms since the test's clock origin). */
interface Seen extends Exchange {
  at: number;
}

/** A simulator whose engine has one default IPv4 address pool left: every other one is taken by another user. */
async function lastPoolTarget(seen: Seen[]): Promise<Simulator> {
  const t = await startSimulator({ password: PASSWORD, onExchange: (e) => seen.push({ ...e, at: performance.now() - e.ms }) });
  closers.push(() => t.close());
  const theirs: string[] = [];
  for (;;) {
    try {
      theirs.push((await t.engine.create({ Name: `other-user-pool-${theirs.length}`, CheckDuplicate: true })).Id);
    } catch {
      break;
    }
  }
  // 31 default pools (memory-ipam.ts DEFAULT_POOLS): one is given back for the check's first create.
  expect(theirs.length).toBeGreaterThan(10);
  await t.engine.remove(theirs.pop()!);
  return t;
}

interface Scenario {
  r: CliResult & ReturnType<typeof readRun>;
  seen: Seen[];
  left: string[];
}

function scenario(concurrency: number): () => Promise<Scenario> {
  return early(async () => {
    const seen: Seen[] = [];
    const t = await lastPoolTarget(seen);
    const dir = tempDir();
    const r = await runCli(
      ['run', '--target', t.url, '--username', t.username, '--check', 'NET-DUP-003', '--timeout', String(TIMEOUT_MS), '--concurrency', String(concurrency), '--report-dir', dir],
      { env: { CS_PASSWORD: PASSWORD }, killAfterMs: DEADLINE_MS + 30_000 },
    );
    return { r: { ...r, ...readRun(dir) }, seen, left: (await t.networkNames()).filter((n) => n.startsWith('cs-conformance-')) };
  });
}

const isCreate = (e: Seen) => e.method === 'POST' && e.path.endsWith('/networks');
const isList = (e: Seen) => e.method === 'GET' && e.path.endsWith('/networks');
const isDelete = (e: Seen) => e.method === 'DELETE';

/**
 * The requests that reached the target after the check's end began (its DELETE of the network it created) and are
 * not the check's removals or the run's own end: its sweep (GET /networks — NET-DUP-003 itself never lists — then an
 * inspect and a DELETE per network of the run still there) and its logout. Throws unless the check removed its
 * network itself, before the sweep.
 */
function lateRequests(seen: Seen[]): Seen[] {
  const ordered = [...seen].sort((a, b) => a.at - b.at);
  const sweep = ordered.findIndex(isList);
  const end = ordered.findIndex(isDelete);
  expect(sweep, 'the run swept').toBeGreaterThan(0);
  expect(end, 'a network removed').toBeGreaterThanOrEqual(0);
  expect(end, 'the check removed its network itself, before the run swept').toBeLessThan(sweep);
  return [...ordered.slice(end + 1, sweep).filter((e) => !isDelete(e)), ...ordered.slice(sweep).filter(isCreate)];
}

describe('a check cut short by its deadline', { timeout: DEADLINE_MS + 60_000 }, () => {
  const runs = { 2: scenario(2), 1: scenario(1) };

  for (const [concurrency, verdict] of [
    [2, `the check itself failed (a bug in cs-conformance, please report it): the check did not end within ${Math.round(DEADLINE_MS / 1000)} s`],
    [1, `the check did not report a result: Test timed out in ${DEADLINE_MS}ms.`],
  ] as const) {
    it(`--concurrency ${concurrency}: reported as before, and after its deadline the check sends nothing more; its network is removed`, async () => {
      const { r, seen, left } = await runs[concurrency]();
      const why = `${describeRun(r)}\n${seen.map((e) => `${Math.round(e.at)} ${e.method} ${e.path} ${e.status ?? '-'}`).join('\n')}`;
      expect(r.killed, why).toBe(false);
      expect(r.code, why).toBe(1);
      expect(r.stdout + r.stderr, why).not.toMatch(/^\s+at /m);
      const checks = r.results!.suites.flatMap((s) => s.checks);
      const dup = checks.find((c) => c.id === 'NET-DUP-003')!;
      expect(dup.status, why).toBe('error');
      expect(dup.reason?.split('\n')[0], why).toBe(verdict);
      // The check was at work until its deadline: a create refused for want of a pool, sent again every second.
      const creates = seen.filter(isCreate);
      expect(creates.length, why).toBeGreaterThanOrEqual(5);
      expect(creates.at(-1)!.at - creates[0].at, why).toBeGreaterThan(DEADLINE_MS - 3_000);
      // Once its end began (the CLI has exited: everything it sent has arrived), nothing more of the check's body.
      const late = lateRequests(seen);
      expect(late.map((e) => `${e.method} ${e.path} ${e.status ?? 'no answer'}`), why).toEqual([]);
      // The network the check made before it was cut short went with the check, not with the run's sweep.
      expect(checks.find((c) => c.id === 'CLEANUP-001')?.status, why).toBe('pass');
      expect(left, why).toEqual([]);
    });
  }
});
