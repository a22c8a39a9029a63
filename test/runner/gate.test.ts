// The CLI as a release gate (issue 15), the real `node runner/cli/cli.ts` against the memory reference target: the same
// verdict and the same generated requests twice, known failures, chosen checks, help on every command, a progress
// counter and heartbeat, and the ways a run must end (a report dir it cannot write, an error after the checks, a
// closed stdout, the death of the `npm start` above it).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELDS } from '../../runner/run/settings.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import type { FaultName } from '../../runner/simulate/faults.ts';
import { afterFirstCreate, conformanceNetworks, gatedProxy, isList, recordingProxy, type LocalServer } from '../servers/misbehaving.ts';
import { ROOT, checkLines, describeRun, descendants, early, expectCannotRun, runCli, sleep, stillAlive, tempDir, waitFor } from './helpers.ts';

const PASSWORD = 'Gate-Test-Pw-0b5e11';
const env = { CS_PASSWORD: PASSWORD };
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function target(faults: FaultName[] = []): Promise<Simulator> {
  const t = await startSimulator({ password: PASSWORD, faults });
  closers.push(() => t.close());
  return t;
}

async function server<T extends LocalServer>(s: Promise<T>): Promise<T> {
  const started = await s;
  closers.push(() => started.close());
  return started;
}

/** `sh -c cmd` in the repository, without blocking this process (the memory targets answer from it). */
function sh(cmd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', cmd], { cwd: ROOT, env: { ...process.env, ...env, CS_REPORT_DIR: tempDir() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const login = (t: Simulator) => ['--target', t.url, '--username', t.username, '--container', t.runningContainer];
const idOf = (line: string) => line.split(/\s+/)[1];

describe('help on every command', { timeout: 30_000 }, () => {
  const runs = early(() => Promise.all([['run', '--help'], ['run', '-h'], ['list', '--help'], ['mock', '-h'], ['diff', '--help'], ['--help']].map((args) => runCli(args))));

  it('`<command> --help` / `-h` prints that command\'s usage and exits 0; `run --help` gives every option its CS_* variable and default', async () => {
    const [run, runShort, list, mock, diff, top] = await runs();
    for (const r of [run, runShort, list, mock, diff, top]) {
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect(runShort.stdout).toBe(run.stdout);
    expect(list.stdout).toContain('cs-conformance list');
    expect(mock.stdout).toContain('--port');
    expect(diff.stdout).toContain('cs-conformance diff <old> <new>');
    for (const f of Object.values(FIELDS)) {
      const line = run.stdout.split('\n').find((l) => l.startsWith(`  --${f.flag} `) || l.trim() === `--${f.flag}`);
      expect(line, `--${f.flag} in run --help`).toBeDefined();
      expect(line).toContain(f.env);
      expect(line).toMatch(/default /);
    }
    // The top-level help lists every command and the options of run.
    for (const c of ['run', 'list', 'mock', 'diff']) expect(top.stdout).toContain(`cs-conformance ${c}`);
    expect(top.stdout).toContain('CS_KNOWN_FAILURES');
  });
});

describe('deterministic by default', { timeout: 150_000 }, () => {
  const twice = early(async () => {
    // A target each: the negative suite checks that a refused request changed no network, which another run would.
    const args = async () => [...login(await target()), '--suite', 'negative', '--budget', '12', '--timeout', '5000'];
    const dirs = [tempDir(), tempDir(), tempDir()];
    const [first, second, random] = await Promise.all([
      runCli(['run', ...(await args()), '--report-dir', dirs[0]], { env, killAfterMs: 100_000 }),
      runCli(['run', ...(await args()), '--report-dir', dirs[1]], { env, killAfterMs: 100_000 }),
      runCli(['run', ...(await args()), '--seed', 'random', '--report-dir', dirs[2]], { env, killAfterMs: 100_000 }),
    ]);
    return { first, second, random, dirs };
  });

  /** The generated requests of a run, with what differs between any two runs (run id, engine ids) elided. */
  function requests(dir: string): string[] {
    const har = JSON.parse(readFileSync(join(dir, 'exchanges.har'), 'utf8'));
    return har.log.entries
      .filter((e: { _check: string }) => e._check.startsWith('NEG-'))
      .map((e: { request: { method: string; url: string; postData?: { text: string } } }) =>
        `${e.request.method} ${e.request.url} ${e.request.postData?.text ?? ''}`.replace(/cs-conformance-[0-9a-f]{8}-/g, 'cs-conformance-RUN-').replace(/\b[0-9a-f]{64}\b/g, 'ID').replace(/^(\S+ )http:\/\/[^/]+/, '$1'),
      );
  }

  it('two runs without --seed use the same seed, give the same verdicts and send the same generated requests', async () => {
    const { first, second, dirs } = await twice();
    expect(first.code, describeRun(first)).toBe(0);
    expect(second.code, describeRun(second)).toBe(0);
    expect(first.stdout).toMatch(/· seed 24301 ·/);
    expect(second.stdout).toMatch(/· seed 24301 ·/);
    const verdicts = (r: typeof first) => checkLines(r.stdout).map((l) => `${l.split(/\s+/)[0]} ${idOf(l)}`);
    expect(verdicts(second)).toEqual(verdicts(first));
    const sent = requests(dirs[0]);
    expect(sent.length).toBeGreaterThan(12);
    expect(requests(dirs[1])).toEqual(sent);
    expect(JSON.parse(readFileSync(join(dirs[0], 'results.json'), 'utf8')).options.seed).toBe(24301);
  });

  it('`--seed random` draws a fresh seed, prints and records it', async () => {
    const { random, dirs } = await twice();
    expect(random.code, describeRun(random)).toBe(0);
    const seed = Number(/· seed (\d+) ·/.exec(random.stdout)?.[1]);
    expect(seed).not.toBe(24301);
    expect(JSON.parse(readFileSync(join(dirs[2], 'results.json'), 'utf8')).options.seed).toBe(seed);
  });
});

describe('known failures', { timeout: 60_000 }, () => {
  const files = (() => {
    const dir = tempDir();
    const yaml = join(dir, 'known.yaml');
    writeFileSync(yaml, '# accepted until firmware 5.2\n- id: NET-DUP-*\n  reason: firmware 5.1 creates duplicate names (QA-123)\n');
    const json = join(dir, 'known.json');
    writeFileSync(json, JSON.stringify([{ id: 'NET-DUP-001', reason: 'accepted', versions: ['9.9.*'] }]));
    const unknown = join(dir, 'unknown.yaml');
    writeFileSync(unknown, '- id: NET-NOPE-*\n  reason: typo\n');
    return { yaml, json, unknown };
  })();
  const runs = early(async () => {
    const faulty = await target(['duplicate-allowed']);
    const clean = await target();
    const args = (t: Simulator) => [...login(t), '--suite', 'duplicate', '--timeout', '5000'];
    const dirs = { known: tempDir(), versions: tempDir(), strict: tempDir() };
    const [known, versions, fixedStrict, fixedLoose, unknown] = await Promise.all([
      runCli(['run', ...args(faulty), '--known-failures', files.yaml, '--report-dir', dirs.known], { env }),
      runCli(['run', ...args(faulty), '--known-failures', files.json, '--report-dir', dirs.versions], { env }),
      runCli(['run', ...args(clean), '--known-failures', files.yaml, '--strict', '--report-dir', dirs.strict], { env }),
      runCli(['run', ...args(clean), '--known-failures', files.yaml, '--report-dir', tempDir()], { env }),
      runCli(['run', ...args(clean), '--known-failures', files.unknown, '--report-dir', tempDir()], { env }),
    ]);
    return { known, versions, fixedStrict, fixedLoose, unknown, dirs };
  });

  it('a listed failure is a known failure with its reason: exit 0, apart in the console, summary, JUnit and results', async () => {
    const { known, dirs } = await runs();
    expect(known.code, describeRun(known)).toBe(0);
    const line = checkLines(known.stdout).find((l) => idOf(l) === 'NET-DUP-001')!;
    expect(line).toMatch(/^KNOWN .*known failure: firmware 5\.1 creates duplicate names \(QA-123\)/);
    expect(known.stdout).toMatch(/^CONFORMANT: .*, 0 failed, [1-9]\d* known failures?, /m);
    const read = (f: string) => readFileSync(join(dirs.known, f), 'utf8');
    expect(read('summary.md')).toContain('### Known failures (accepted, not failing the run)');
    expect(read('junit.xml')).toMatch(/<skipped message="known failure: firmware 5\.1 creates duplicate names \(QA-123\)" type="known-failure">/);
    // Every test case names its file, relative to the repository (the cleanup sweep is the runner's own, in runner/run/sweep.ts).
    expect(read('junit.xml')).toMatch(/<testcase [^>]*name="NET-DUP-001 [^"]*"[^>]* file="suites\/duplicate\.suite\.ts"/);
    expect(read('junit.xml')).toMatch(/<testcase [^>]*name="CLEANUP-001 [^"]*"[^>]* file="runner\/run\/sweep\.ts"/);
    expect(read('junit.xml').match(/<testcase /g)!.length).toBe(read('junit.xml').match(/<testcase [^>]* file="/g)!.length);
    const results = JSON.parse(read('results.json'));
    expect(results.totals.known).toBeGreaterThan(0);
    expect(results.verdict).toBe('conformant');
  });

  it('an entry for other versions does not apply: the failure fails the run', async () => {
    const { versions } = await runs();
    expect(versions.code, describeRun(versions)).toBe(1);
    expect(checkLines(versions.stdout).find((l) => idOf(l) === 'NET-DUP-001')).toMatch(/^FAIL /);
  });

  it('a listed check that passes is reported as fixed; under --strict it fails the run', async () => {
    const { fixedStrict, fixedLoose } = await runs();
    expect(fixedLoose.code, describeRun(fixedLoose)).toBe(0);
    expect(checkLines(fixedLoose.stdout).find((l) => idOf(l) === 'NET-DUP-001')).toMatch(/^PASS .*passes now: remove it from the file/);
    expect(fixedStrict.code, describeRun(fixedStrict)).toBe(1);
    expect(checkLines(fixedStrict.stdout).find((l) => idOf(l) === 'NET-DUP-001')).toMatch(/^FAIL .*is listed in the known failures .* but passes now: remove it from the file/);
  });

  it('an ID that is not in the catalogue is a usage error: exit 2, one line', async () => {
    const { unknown } = await runs();
    expectCannotRun(unknown, /NET-NOPE-\*.*names no check of the catalogue/);
  });
});

describe('choosing checks', { timeout: 30_000 }, () => {
  const runs = early(async () => {
    const t = await target();
    return Promise.all([
      runCli(['run', ...login(t), '--check', 'net-conn-*', '--skip-check', 'NET-CONN-002', '--report-dir', tempDir()], { env }),
      runCli(['run', ...login(t), '--check', 'NET-CONN-9*', '--report-dir', tempDir()], { env }),
    ]);
  });

  it('--check and --skip-check (globs) run exactly those checks, with login and the cleanup sweep, counted [n/N]', async () => {
    const [chosen] = await runs();
    expect(chosen.code, describeRun(chosen)).toBe(0);
    const lines = checkLines(chosen.stdout);
    expect(lines.map(idOf)).toEqual(['NET-CONN-001', 'NET-CONN-003', 'NET-CONN-004', 'NET-CONN-005', 'NET-CONN-006', 'NET-CONN-007', 'CLEANUP-001']);
    expect(lines.map((l) => /\[\s*(\d+)\/(\d+)\]/.exec(l)?.slice(1).join('/'))).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    // The cleanup sweep ran against the target (it passes on a stateful target, never skips).
    expect(lines.at(-1)).toMatch(/^PASS /);
  });

  it('a pattern that names no check is a usage error: exit 2, one line', async () => {
    const [, none] = await runs();
    expectCannotRun(none, /--check "NET-CONN-9\*" names no check of the catalogue/);
  });
});

describe('warnings grouped', { timeout: 30_000 }, () => {
  const run = early(async () => {
    const t = await target(['error-envelope-200']);
    const dir = tempDir();
    return { r: await runCli(['run', ...login(t), '--suite', 'create', '--suite', 'remove', '--report-dir', dir], { env }), dir };
  });

  it('an error answered with HTTP 200 on many checks is one SHOULD root cause per operation in the console and summary.md, one per check in JUnit', async () => {
    const { r, dir } = await run();
    expect(r.code, describeRun(r)).toBe(0);
    const warned = checkLines(r.stdout).filter((l) => /\(warning rc-[0-9a-f]{8}/.test(l));
    expect(warned.length).toBeGreaterThan(3);
    const head = /^(\d+) root causes? \(0 MUST, (\d+) SHOULD\):$/m.exec(r.stdout);
    expect(head, r.stdout).not.toBeNull();
    // Each root cause once: one per operation that answered an error with HTTP 200, naming the quirk.
    const causes = Number(head![1]);
    expect(r.stdout.match(/was answered with HTTP 200; it SHOULD carry a 4xx status \(http-200-with-error-envelope\)/g)).toHaveLength(causes);
    const operations = [...r.stdout.matchAll(/^ {2}\d+\. SHOULD rc-[0-9a-f]{8} {2}(\w+) · error-status · HTTP 200$/gm)].map((m) => m[1]);
    expect(new Set(operations).size).toBe(causes);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary.match(/was answered with HTTP 200/g)).toHaveLength(causes);
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit.match(/was answered with HTTP 200/g)!.length).toBeGreaterThanOrEqual(warned.length);
  });
});

describe('a check that runs long', { timeout: 40_000 }, () => {
  const run = early(async () => {
    const t = await target();
    // The first GET /networks (NET-LIST-001's) is held: the check waits for --timeout, 12 s.
    const proxy = await server(gatedProxy(t.origin, isList));
    return runCli(['run', '--target', proxy.url, '--username', t.username, '--check', 'NET-LIST-001', '--timeout', '12000', '--report-dir', tempDir()], {
      env,
      killAfterMs: 35_000,
    });
  });

  it('prints a heartbeat line every 10 s while it runs', async () => {
    const r = await run();
    expect(r.killed, describeRun(r)).toBe(false);
    expect(r.stdout).toMatch(/^ {6}… NET-LIST-001 still running \(1\d s\)$/m);
    expect(checkLines(r.stdout).map(idOf)).toEqual(['NET-LIST-001', 'CLEANUP-001']);
  });
});

/**
 * A run held by a proxy at the first request after its first create (a network of the run exists then): a run
 * caught at a known point, for as long as it takes to stop it there.
 */
async function heldRun() {
  const t = await target();
  const proxy = await server(gatedProxy(t.origin, afterFirstCreate()));
  const args = ['--target', proxy.url, '--username', t.username, '--container', t.runningContainer, '--suite', 'create', '--suite', 'connect', '--timeout', '20000', '--report-dir', tempDir()];
  return { t, proxy, args };
}

/**
 * Starts a held run under `start` (a parent process running the CLI), ends that parent with `kill` once the run is
 * held, and watches the CLI process (only the parent was signalled) until it is gone.
 */
async function parentDies(start: (args: string[]) => ChildProcess, kill: (parent: ChildProcess) => void) {
  const { t, proxy, args } = await heldRun();
  const parent = start(args);
  let out = '';
  let family: ReturnType<typeof descendants> = [];
  parent.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  parent.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  try {
    await proxy.held;
    family = descendants(parent.pid!);
    // `npm start` runs runner/cli/checkout.js (a checkout's entry); the other parents run runner/cli/cli.ts.
    const cli = family.filter((p) => /runner\/cli\/(cli\.ts|checkout\.js) run/.test(p.cmdline) && !p.cmdline.startsWith('sh '));
    const signalled = performance.now();
    kill(parent);
    // The held request then fails as an interrupted one would; the network stays unless the runner sweeps. Dropped
    // only after the runner's parent poll (every 500 ms, core/stop.ts) has had two chances to notice: the checks
    // left after it take well under a second on this target, and a run that simply finished first proves nothing.
    setTimeout(() => proxy.drop(), 1_200);
    const gone = await waitFor(() => stillAlive(cli).length === 0, 25_000, 100);
    const afterMs = performance.now() - signalled;
    await sleep(200);
    return { cli, gone, afterMs, out, left: await conformanceNetworks(t, PASSWORD) };
  } finally {
    for (const p of stillAlive(family)) process.kill(p.pid, 'SIGKILL');
    parent.kill('SIGKILL');
  }
}

describe('ending cleanly', { timeout: 90_000 }, () => {
  const reportDir = early(async () => {
    const t = await target();
    const proxy = await server(recordingProxy(t.origin));
    const notDir = join(tempDir(), 'a-file');
    writeFileSync(notDir, 'x');
    const [proc, file] = await Promise.all([
      runCli(['run', '--target', proxy.url, '--username', t.username, '--report-dir', '/proc/nope'], { env, killAfterMs: 15_000 }),
      runCli(['run', '--target', proxy.url, '--username', t.username, '--report-dir', join(notDir, 'reports')], { env, killAfterMs: 15_000 }),
    ]);
    return { proc, file, hits: proxy.hits };
  });
  const afterChecks = early(async () => {
    const t = await target();
    const dir = join(tempDir(), 'reports');
    let swapped = false;
    let lastCheckAt = 0;
    const r = await runCli(['run', ...login(t), '--suite', 'list', '--report-dir', dir], {
      env,
      onLine: (line) => {
        if (/^\S+\s+CLEANUP-001 /.test(line)) lastCheckAt = performance.now();
        if (swapped || !checkLines(line).length) return;
        swapped = true;
        // The directory was proven writable before the run; it turns into a file while the checks run.
        rmSync(dir, { recursive: true, force: true });
        writeFileSync(dir, 'not a directory');
      },
    });
    return { r, afterLastCheckMs: performance.now() - lastCheckAt };
  });

  it('a report dir that cannot be created is exit 2 with one line, before the first request', async () => {
    const { proc, file, hits } = await reportDir();
    expectCannotRun(proc, /--report-dir \/proc\/nope/);
    expectCannotRun(file, /--report-dir .*a-file\/reports/);
    expect(proc.elapsedMs).toBeLessThan(10_000);
    expect(hits, 'requests to the target').toBe(0);
  });

  it('an error after the checks (the reports cannot be written) ends the run with one line and exit 2 within seconds', async () => {
    const { r, afterLastCheckMs } = await afterChecks();
    expectCannotRun(r, /reports could not be written/);
    expect(afterLastCheckMs, 'from the last check line to the exit').toBeLessThan(10_000);
  });

  it('a closed stdout (`| head -1`) ends list, diff and run quietly', async () => {
    const t = await target();
    const node = process.execPath;
    const results = join(tempDir(), 'results.json');
    const list = await sh(`"${node}" runner/cli/cli.ts list | head -1`);
    expect(list.stdout).toMatch(/^system — /);
    expect(list.stderr).toBe('');
    const runArgs = `--target ${t.url} --username ${t.username} --suite list`;
    const full = await sh(`"${node}" runner/cli/cli.ts run ${runArgs} && cp "$CS_REPORT_DIR/results.json" ${results}`);
    expect(full.status, full.stderr).toBe(0);
    const diff = await sh(`"${node}" runner/cli/cli.ts diff ${results} ${results} | head -1`);
    expect(diff.stdout).toMatch(/^cs-conformance diff: /);
    expect(diff.stderr).toBe('');
    const started = performance.now();
    const run = await sh(`"${node}" runner/cli/cli.ts run ${runArgs} --suite create | head -1`);
    expect(performance.now() - started).toBeLessThan(40_000);
    expect(run.stdout).toMatch(/^cs-conformance \S+ · run /);
    expect(run.stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(await conformanceNetworks(t, PASSWORD)).toEqual([]);
  });

  it('an npm that dies while its `sh -c` lives on (SIGKILL): the run notices the npm above the shell and stops', async () => {
    const r = await parentDies(
      (args) => {
        // A stand-in for npm: its process title is npm's, and it runs the script through `sh -c` as npm does.
        const command = `"${process.execPath}" runner/cli/cli.ts run ${args.map((a) => `'${a}'`).join(' ')}`;
        const script = `process.title = 'npm start'; require('node:child_process').spawn('sh', ['-c', ${JSON.stringify(command)}], { stdio: 'inherit' }); setInterval(() => {}, 1000);`;
        return spawn(process.execPath, ['-e', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      },
      (npm) => npm.kill('SIGKILL'),
    );
    expect(r.cli).toHaveLength(1);
    expect(r.gone, `the runner outlived npm\n${r.out}`).toBe(true);
    expect(r.out).toMatch(/the process that started this run exited: stopping/);
    expect(r.left).toEqual([]);
  });

  // npm passes SIGTERM to its script's process, which `exec` in package.json makes the runner itself (a `sh -c` between
  // them would end without passing it on; the runner then notices its parent gone).
  it('SIGTERM to `npm start` only: the run stops, sweeps and ends within seconds', async () => {
    const r = await parentDies(
      (args) => spawn('npm', ['start', '--', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
      (npm) => npm.kill('SIGTERM'),
    );
    expect(r.cli).toHaveLength(1);
    expect(r.gone, `the runner outlived npm\n${r.out}`).toBe(true);
    expect(r.afterMs).toBeLessThan(25_000);
    expect(r.out).toMatch(/(SIGTERM|the process that started this run exited): stopping/);
    expect(r.out, 'the run stopped rather than finishing').not.toMatch(/^(NOT )?CONFORMANT:/m);
    expect(r.left).toEqual([]);
  });
});
