// An interrupted run still reports (issue 24): SIGTERM or SIGINT to the CLI, or to the `npm start` above it (npm passes
// both to its script's process, which package.json's `exec` makes the runner itself), mid-run against the memory
// reference target. The run removes what it created, then writes junit.xml, summary.md, results.json and exchanges.har with what
// finished and the checks it did not finish skipped "interrupted", and exits 2 with its one line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../reporters/model.ts';
import { HAS_XMLLINT, XSD, xmllint } from '../reporters/helpers.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { conformanceNetworks } from '../servers/misbehaving.ts';
import { ROOT, checkLines, descendants, early, filesUnder, runCli, sleep, stillAlive, tempDir, waitFor } from './helpers.ts';

const PASSWORD = 'Interrupt-Test-Pw-4c1d9e';
const REPORTS = ['junit.xml', 'summary.md', 'results.json', 'exchanges.har', 'report.html'];
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A target of its own per run (a stopped run's networks must not meet another's), slow enough to be caught mid-run. */
async function target(): Promise<Simulator> {
  const t = await startSimulator({ password: PASSWORD, latencyMs: 100 });
  closers.push(() => t.close());
  return t;
}

const runArgs = (t: Simulator, dir: string) => ['--target', t.url, '--username', t.username, '--container', t.runningContainer, '--report-dir', dir];

/** After the third result line: some checks finished, most did not. */
const STOP_AT_LINE = 3;

interface Stopped {
  dir: string;
  /** The CLI's own exit code, when the CLI was the child (undefined under npm: npm's is not the run's). */
  code?: number | null;
  output: string;
  exitAfterSignalMs: number;
  left: string[];
}

/** The CLI itself, signalled at its third result line. */
async function signalCli(signal: NodeJS.Signals): Promise<Stopped> {
  const t = await target();
  const dir = tempDir();
  let lines = 0;
  let signalledAt = 0;
  const r = await runCli(['run', ...runArgs(t, dir)], {
    env: { CS_PASSWORD: PASSWORD },
    killAfterMs: 60_000,
    onLine: (line, child) => {
      if (signalledAt || !checkLines(line).length || ++lines < STOP_AT_LINE) return;
      signalledAt = performance.now();
      child.kill(signal);
    },
  });
  return { dir, code: r.code, output: r.stdout + r.stderr, exitAfterSignalMs: performance.now() - signalledAt, left: await conformanceNetworks(t, PASSWORD) };
}

/** `npm start -- …` signalled (npm only) at the run's third result line; waits for the runner below npm to end. */
async function signalNpm(signal: NodeJS.Signals): Promise<Stopped> {
  const t = await target();
  const dir = tempDir();
  const npm = spawn('npm', ['start', '--', ...runArgs(t, dir)], { cwd: ROOT, env: { ...process.env, CS_PASSWORD: PASSWORD }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let lines = 0;
  let cli: ReturnType<typeof descendants> = [];
  let signalledAt = 0;
  const signalled = new Promise<void>((resolve) => {
    const read = (d: string) => {
      output += d;
      lines += checkLines(d).length;
      if (signalledAt || lines < STOP_AT_LINE) return;
      cli = descendants(npm.pid!).filter((p) => /runner\/cli\/checkout\.js run/.test(p.cmdline) && !p.cmdline.startsWith('sh '));
      signalledAt = performance.now();
      npm.kill(signal);
      resolve();
    };
    npm.stdout.setEncoding('utf8').on('data', read);
    npm.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
  });
  try {
    await Promise.race([signalled, sleep(60_000)]);
    expect(cli, `the runner under npm\n${output}`).toHaveLength(1);
    expect(await waitFor(() => stillAlive(cli).length === 0, 30_000, 100), `the runner outlived npm\n${output}`).toBe(true);
    const exitAfterSignalMs = performance.now() - signalledAt;
    return { dir, output, exitAfterSignalMs, left: await conformanceNetworks(t, PASSWORD) };
  } finally {
    for (const p of stillAlive(cli)) process.kill(p.pid, 'SIGKILL');
    npm.kill('SIGKILL');
  }
}

/** Every report written, the run marked interrupted, finished checks kept, the rest skipped "interrupted". */
function expectReports(s: Stopped, why: RegExp): RunResult {
  for (const f of REPORTS) expect(existsSync(join(s.dir, f)), `${f} written\n${s.output}`).toBe(true);
  const run = JSON.parse(readFileSync(join(s.dir, 'results.json'), 'utf8')) as RunResult;
  expect(run.interrupted).toMatch(why);
  const checks = run.suites.flatMap((x) => x.checks);
  const finished = checks.filter((c) => !c.reason?.startsWith('interrupted'));
  const unfinished = checks.filter((c) => c.reason?.startsWith('interrupted'));
  expect(finished.filter((c) => c.status === 'pass').length, 'checks that finished before the stop').toBeGreaterThanOrEqual(STOP_AT_LINE - 1);
  expect(unfinished.length, 'checks the stop cut off').toBeGreaterThan(10);
  for (const c of unfinished) {
    expect(c.status).toBe('skip');
    // Each check's own declaration: its level and its requirement, the ID not repeated in it.
    expect(c.requirement.startsWith(c.id)).toBe(false);
    expect(c.suite).not.toBe('unknown');
  }
  expect(checks.find((c) => c.id === 'CLEANUP-001')?.status).toBe('pass');
  const summary = readFileSync(join(s.dir, 'summary.md'), 'utf8');
  expect(summary.split('\n')[0]).toMatch(/interrupted/);
  const har = JSON.parse(readFileSync(join(s.dir, 'exchanges.har'), 'utf8')) as { log: { entries: unknown[] } };
  expect(har.log.entries.length).toBeGreaterThan(0);
  // Nothing the run created is left, and no secret reached a file or the console.
  expect(s.left).toEqual([]);
  for (const { path, text } of [{ path: 'console', text: s.output }, ...filesUnder(s.dir)]) {
    expect(text.includes(PASSWORD), `the password in ${path}`).toBe(false);
    // The memory target's session cookies are 32 hex digits: only the placeholder may follow the name.
    expect(text, `a session cookie value in ${path}`).not.toMatch(/CS_SESS_ID=[0-9a-f]{32}/);
  }
  return run;
}

/** junit.xml against Jenkins' junit-10.xsd plus testcase@file (see test/reporters/gate-reports.test.ts). */
function expectValidJunit(dir: string): void {
  const xsd = readFileSync(XSD, 'utf8').replace(
    '<xs:attribute name="group" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">',
    '<xs:attribute name="group" type="xs:string"/>\n            <xs:attribute name="file" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">',
  );
  const file = join(tempDir(), 'junit-10-file.xsd');
  writeFileSync(file, xsd);
  const r = xmllint(join(dir, 'junit.xml'), file);
  expect(r.output).toContain('validates');
  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  expect(junit).toMatch(/<skipped message="interrupted: the run stopped (before|while) this check/);
}

describe('an interrupted run writes the reports of what finished', { timeout: 120_000 }, () => {
  const sigterm = early(() => signalCli('SIGTERM'));
  const sigint = early(() => signalCli('SIGINT'));
  const npmSigterm = early(() => signalNpm('SIGTERM'));
  const npmSigint = early(() => signalNpm('SIGINT'));

  for (const [signal, stopped] of [['SIGTERM', sigterm], ['SIGINT', sigint]] as const) {
    it(`${signal} to the CLI mid-run: exit 2 with the one line, every report written, unfinished checks skipped "interrupted"`, async () => {
      const s = await stopped();
      expect(s.code, s.output).toBe(2);
      expect(s.output).toMatch(/^cs-conformance: interrupted: the run did not finish \(\d+ checks? ended\); what it created was removed; the reports of what finished are in /m);
      expect(s.exitAfterSignalMs).toBeLessThan(20_000);
      expectReports(s, new RegExp(`^${signal}$`));
      // The result lines of the checks cut off show their own level and requirement, once.
      const skipped = checkLines(s.output).filter((l) => l.includes('— interrupted'));
      expect(skipped.length).toBeGreaterThan(0);
      for (const line of skipped) expect(line).toMatch(/^SKIP\s+(\S+)\s+\[\s*\d+\/\d+\] (MUST|SHOULD|INFO)\s+(?!\1)/);
      if (HAS_XMLLINT) expectValidJunit(s.dir);
    });
  }

  for (const [signal, stopped] of [['SIGTERM', npmSigterm], ['SIGINT', npmSigint]] as const) {
    it(`${signal} to the \`npm start\` above it: the runner stops, sweeps and writes every report`, async () => {
      const s = await stopped();
      // npm ends at once, whatever its child does; the runner below it goes on to clean up and report.
      expect(s.exitAfterSignalMs).toBeLessThan(25_000);
      // npm passes the signal to the runner (`exec` in package.json's scripts: no `sh -c` between them).
      const run = expectReports(s, new RegExp(`^(${signal}|the process that started this run exited)$`));
      console.log(`${signal} to npm: the run stopped for "${run.interrupted}", ${Math.round(s.exitAfterSignalMs)} ms after the signal`);
      if (HAS_XMLLINT) expectValidJunit(s.dir);
    });
  }
});
