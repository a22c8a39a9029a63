// A real NAS's ordinary behaviour around sessions, end to end: the real CLI against the memory reference target with
// the switches of test/reference-target/sessions.ts — sessions that end mid-run (answered HTTP 401, or HTTP 200 with
// the envelope's code 401), the page's own login only, a lockout after failed logins, a cookie that rotates on every
// answer, connections closed after a few requests, the API under the other base path, and a password changed
// mid-run. Every case: the expected exit, no secret in any output (stdout, stderr, every report file, in every form),
// nothing of the run's left on the target, no lockout.
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../reporters/model.ts';
import { startSimulator, type SimulatorOptions } from '../../runner/simulate/simulator.ts';
import { formsOf } from '../servers/echoing.ts';
import { describeRun, early, expectCannotRun, runCli, tempDir, type CliResult } from '../runner/helpers.ts';

const PASSWORD = 'Nas-Sessions-pw-7c1e9';
const CHANGED = 'Changed-Mid-Run-pw-4b2d8';

interface Outcome {
  r: CliResult;
  results?: RunResult;
  /** stdout, stderr and every report file. */
  texts: Record<string, string>;
  /** The run's networks still on the target. */
  left: string[];
  lockouts: string[];
  issued: string[];
  requests: number;
  connections: number;
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A run of the CLI against a memory target of its own with `target` options; `onLine` sees each stdout line. */
function scenario(target: Omit<SimulatorOptions, 'password'>, args: string[] = [], onLine?: (line: string, t: { setPassword(p: string): void }) => void) {
  return early(async (): Promise<Outcome> => {
    const t = await startSimulator({ password: PASSWORD, recordIssued: true, ...target });
    closers.push(() => t.close());
    const reportDir = tempDir('cs-nas-sessions-');
    // With --base-path, the bare origin: the base path is what the case is about.
    const url = ['--target', args.includes('--base-path') ? t.origin : t.url];
    const r = await runCli(['run', ...url, '--username', t.username, '--container', t.runningContainer, '--timeout', '5000', '--report-dir', reportDir, ...args], {
      env: { CS_PASSWORD: PASSWORD },
      killAfterMs: 170_000,
      onLine: onLine && ((line: string, _child: ChildProcess) => onLine(line, t)),
    });
    const texts: Record<string, string> = { stdout: r.stdout, stderr: r.stderr };
    for (const f of readdirSync(reportDir)) texts[f] = readFileSync(join(reportDir, f), 'utf8');
    const results = texts['results.json'] ? (JSON.parse(texts['results.json']) as RunResult) : undefined;
    const left = (await t.networkNames()).filter((n) => n.startsWith('cs-conformance-'));
    return { r, results, texts, left, lockouts: t.lockouts(), issued: t.issued(), requests: t.requests(), connections: t.connections() };
  });
}

/** Every secret of the run (the password, the changed one, every cookie value issued) in any form, wherever found. */
function leaks(o: Outcome): string[] {
  const found: string[] = [];
  for (const secret of [PASSWORD, CHANGED, ...o.issued]) {
    for (const form of formsOf(secret)) for (const [where, text] of Object.entries(o.texts)) if (text.includes(form)) found.push(`${JSON.stringify(form)} in ${where}`);
  }
  return found;
}

const checks = (o: Outcome) => o.results?.suites.flatMap((s) => s.checks) ?? [];
const failed = (o: Outcome) => checks(o).filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id);

/** Exit 0, nothing failed, nothing left, no secret out, no lockout. */
function expectClean(o: Outcome): void {
  const why = describeRun(o.r);
  expect(failed(o), why).toEqual([]);
  expect(o.r.code, why).toBe(0);
  expect(o.left, why).toEqual([]);
  expect(o.lockouts, why).toEqual([]);
  expect(leaks(o), why).toEqual([]);
  expect(o.r.stderr, why).not.toMatch(/^\s+at /m);
}

// The runs last about 4 s at 50 ms per answer: a session of 1.5 s ends at least twice during them.
const LONG_RUN = { latencyMs: 50 };

const cases = {
  expiring: scenario({ ...LONG_RUN, session: { lifetimeMs: 1500, lockoutAfter: 3 } }),
  expiringOn200: scenario({ ...LONG_RUN, session: { lifetimeMs: 1500, endedAnswer: '200', lockoutAfter: 3 } }),
  curlOnly: scenario({ session: { loginEncodings: ['curl-form'], lockoutAfter: 3 } }),
  firstRefused: scenario({ session: { loginEncodings: ['json', 'form-fields'], lockoutAfter: 3 } }),
  rotating: scenario({ session: { rotateCookie: true, cookieName: 'NAS_SID', lockoutAfter: 3 } }),
  fivePerConnection: scenario({ session: { maxRequestsPerConnection: 5, lockoutAfter: 3 } }),
  oldPathAsked: scenario({}, ['--base-path', '/containerstation/api/v1']),
  oldPathServed: scenario({ basePath: '/containerstation/api/v1' }, ['--base-path', '/container-station/api/v1']),
  nowhere: scenario({ basePath: '/somewhere/else/api/v1' }, ['--base-path', '/container-station/api/v1']),
  endsAtOnce: scenario({ session: { lifetimeMs: 1, lockoutAfter: 3 } }),
  passwordChanged: scenario({ ...LONG_RUN, session: { lifetimeMs: 1500, lockoutAfter: 3 } }, [], (line, t) => {
    // After the first result line (the session is then in the checks' hands): the next renewal is refused.
    if (/^(PASS|FAIL|SKIP)\s/.test(line)) t.setPassword(CHANGED);
  }),
};

describe('sessions that end mid-run', { timeout: 200_000 }, () => {
  it('a session ending 1.5 s after each login: renewed as often as needed, the run passes and says how often', async () => {
    const o = await cases.expiring();
    expectClean(o);
    expect(o.results?.session?.renewals, describeRun(o.r)).toBeGreaterThanOrEqual(2);
    expect(o.r.stdout).toMatch(/^CONFORMANT: .* · session renewed \d+× · /m);
    expect(o.texts['summary.md']).toMatch(/session renewed \d+ times/);
  });

  it('the same, on firmware answering an ended session with HTTP 200 and {"error": {"code": 401}}', async () => {
    const o = await cases.expiringOn200();
    expectClean(o);
    expect(o.results?.session?.renewals, describeRun(o.r)).toBeGreaterThanOrEqual(2);
  });

  it('a session that ends at once after every login: exit 2, one line, no stack trace', async () => {
    const o = await cases.endsAtOnce();
    expectCannotRun(o.r, /the session ended again right after a new login that worked/);
    // Stopped at once, not after the stop's 20 s bound.
    expect(o.r.elapsedMs, describeRun(o.r)).toBeLessThan(15_000);
    expect(o.lockouts).toEqual([]);
    expect(leaks(o)).toEqual([]);
  });

  it('a password changed mid-run: the refused renewal ends the run with exit 2 and one line', async () => {
    const o = await cases.passwordChanged();
    const line = expectCannotRun(o.r, /the session ended \(HTTP 401\) and a new login was refused: HTTP 400/);
    // What the run could not remove without a session is named, never hidden.
    if (o.left.length) expect(line).toMatch(/networks named cs-conformance-\w+-\* may be left on the target/);
    expect(o.lockouts).toEqual([]);
    expect(leaks(o)).toEqual([]);
  });
});

describe('logins', { timeout: 200_000 }, () => {
  it("a target accepting only the page's curl login: the run logs in with it, and SESSION-006 warns about the others", async () => {
    const o = await cases.curlOnly();
    expectClean(o);
    expect(o.results?.session).toMatchObject({ login: 'curl-form', renewals: 0 });
    const s6 = checks(o).find((c) => c.id === 'SESSION-006')!;
    expect(s6.warning).toMatch(/JSON \(Content-Type application\/json\) SHOULD open a session/);
    expect(o.results?.session?.failedLogins).toBeLessThanOrEqual(2);
  });

  it('a lockout after 3 failed logins, the first encoding refused: no lockout, SESSION-006 fails the MUST, its extra probe skipped with the reason', async () => {
    const o = await cases.firstRefused();
    const why = describeRun(o.r);
    expect(o.lockouts, why).toEqual([]);
    expect(o.r.code, why).toBe(1);
    expect(failed(o), why).toEqual(['SESSION-006']);
    expect(o.results?.session, why).toMatchObject({ login: 'json', failedLogins: 2 });
    const s6 = checks(o).find((c) => c.id === 'SESSION-006')!;
    expect(s6.reason).toMatch(/curl -d .* to open a session/);
    expect(s6.observations?.join('\n')).toMatch(/form fields username and password .*: not probed: the failed-login budget has no room left \(2 failed logins allowed \(--max-failed-logins\), 1 spent: the runner's login in the page's curl -d/);
    expect(checks(o).find((c) => c.id === 'SESSION-005')?.status).toBe('pass');
    expect(o.left).toEqual([]);
    expect(leaks(o)).toEqual([]);
  });
});

describe('the wire of a real NAS', { timeout: 200_000 }, () => {
  it('a new session cookie (named NAS_SID) on every answer: every value stays secret and the run passes', async () => {
    const o = await cases.rotating();
    expectClean(o);
    // Not vacuous: the target issued a cookie value on (nearly) every answer.
    expect(o.issued.length).toBeGreaterThan(100);
  });

  it('a server closing each connection after 5 requests: no check fails', async () => {
    const o = await cases.fivePerConnection();
    expectClean(o);
    expect(o.connections).toBeGreaterThanOrEqual(Math.ceil(o.requests / 5));
  });
});

describe('the right base path', { timeout: 200_000 }, () => {
  it('asked for /containerstation/api/v1 on a target serving /container-station/api/v1: goes on there and says so', async () => {
    const o = await cases.oldPathAsked();
    expectClean(o);
    expect(o.r.stdout).toMatch(/^note: the API is not at \S+\/containerstation\/api\/v1 \(POST \/login answered HTTP 404\); it answers at \S+\/container-station\/api\/v1/m);
    expect(o.results?.target.basePath).toBe('/container-station/api/v1');
    expect(o.results?.session?.basePath).toBe('/container-station/api/v1');
  });

  it('the reverse: asked for /container-station/api/v1 on a target serving /containerstation/api/v1', async () => {
    const o = await cases.oldPathServed();
    expectClean(o);
    expect(o.results?.target.basePath).toBe('/containerstation/api/v1');
  });

  it('served under neither: exit 2 saying the API was not found there, never "check the password"', async () => {
    const o = await cases.nowhere();
    const line = expectCannotRun(o.r, /the Container Station API was not found at \S+\/container-station\/api\/v1 nor at \S+\/containerstation\/api\/v1: POST \/login answered HTTP 404/);
    expect(line).not.toMatch(/password/);
  });
});
