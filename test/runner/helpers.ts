// Running the real CLI as a child process, the way a user does, and judging how it ended.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'runner', 'cli', 'cli.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From spawn to exit. */
  elapsedMs: number;
  /** From the run's header line (printed once the target is known, before the first request) to exit. */
  sinceHeaderMs?: number;
  /** The hard bound was hit and the child was killed: a hang. */
  killed: boolean;
  pid: number;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Hard bound: the child is SIGKILLed after this long (a hang must fail the test, never stall the file). */
  killAfterMs?: number;
  /** Sees each stdout line as it comes, with the child (to signal it mid-run). */
  onLine?: (line: string, child: ChildProcess) => void;
}

// The machine has two cores: more CLIs at once than that only turns every timing bound into a coin toss.
const SLOTS = Number(process.env.RUNNER_TEST_SLOTS ?? 2);
let busy = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (busy >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  return () => {
    busy--;
    waiting.shift()?.();
  };
}

/** The environment of the child: ours without CS_* settings or vitest's markers, which would leak into the run. */
function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('CS_') || k.startsWith('VITEST') || k === 'TEST' || k === 'NODE_ENV') continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** `node runner/cli/cli.ts <args>`; resolves when the child has exited (or was killed at the hard bound). */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return runScript(CLI, args, opts);
}

/** `node <script> <args>` (a project script that runs the CLI, e.g. the benchmark), under runCli's rules. */
export async function runScript(script: string, args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const release = await slot();
  try {
    return await new Promise<CliResult>((resolve, reject) => {
      const started = performance.now();
      let headerAt: number | undefined;
      const child = spawn(process.execPath, [script, ...args], { cwd: opts.cwd ?? ROOT, env: childEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let partial = '';
      let killed = false;
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        partial += d;
        const lines = partial.split('\n');
        partial = lines.pop()!;
        for (const line of lines) {
          if (headerAt === undefined && /^cs-conformance \S+ · run /.test(line)) headerAt = performance.now();
          opts.onLine?.(line, child);
        }
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, opts.killAfterMs ?? 25_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const end = performance.now();
        if (process.env.SHOW_CLI_TIMINGS) {
          process.stderr.write(`[cli ${Math.round(end - started)} ms (${headerAt === undefined ? "-" : Math.round(end - headerAt)} ms after the header), exit ${code ?? signal}] ${args.join(' ').replace(/\/tmp\/\S+/g, '<tmp>')}\n`);
        }
        resolve({
          code,
          signal,
          stdout,
          stderr,
          killed,
          pid: child.pid!,
          elapsedMs: Math.round(end - started),
          sinceHeaderMs: headerAt === undefined ? undefined : Math.round(end - headerAt),
        });
      });
    });
  } finally {
    release();
  }
}

/** What a human reads when an assertion on a run fails. */
export function describeRun(r: CliResult): string {
  return `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}${r.killed ? ' KILLED AT THE HARD BOUND' : ''} after ${r.elapsedMs} ms\n--- stderr\n${r.stderr}--- stdout (tail)\n${r.stdout.split('\n').slice(-15).join('\n')}`;
}

/** Exit 2 with exactly one line on stderr, starting `cs-conformance:`, without a stack trace; answers that line. */
export function expectCannotRun(r: CliResult, mentions?: RegExp): string {
  const why = describeRun(r);
  expect(r.killed, why).toBe(false);
  expect(r.code, why).toBe(2);
  expect(r.stderr.endsWith('\n'), why).toBe(true);
  const lines = r.stderr.slice(0, -1).split('\n');
  expect(lines, why).toHaveLength(1);
  expect(lines[0], why).toMatch(/^cs-conformance: \S/);
  expect(r.stderr, why).not.toMatch(/^\s+at /m);
  expect(r.stdout, why).not.toMatch(/^\s+at /m);
  if (mentions) expect(lines[0], why).toMatch(mentions);
  return lines[0];
}

/** Exit 1 (a reported conformance failure) with the verdict line, no stack trace, nothing hanging. */
export function expectReportedFailure(r: CliResult): void {
  const why = describeRun(r);
  expect(r.killed, why).toBe(false);
  expect(r.code, why).toBe(1);
  expect(r.stdout, why).toMatch(/^NOT CONFORMANT: \d+ passed \(\d+ with warnings\), [1-9]\d* failed/m);
  expect(r.stderr, why).not.toMatch(/^\s+at /m);
  expect(r.stdout, why).not.toMatch(/^\s+at /m);
}

/** Lines of stdout that report one check, as the progress reporter prints them. */
export function checkLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^(PASS|FAIL|SKIP|ERROR|KNOWN)\s+[A-Z][A-Z0-9-]+\s/.test(l));
}

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh directory, removed after the file's tests. */
export function tempDir(prefix = 'cs-runner-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Every file under `dir`, recursively, with its contents. */
export function filesUnder(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      out.push({ path, text: readFileSync(path, 'latin1') });
    }
  }
  return out;
}

/** Processes now alive: pid, parent pid, start time (to tell a reused pid apart) and command line. */
export function processes(): { pid: number; ppid: number; start: string; cmdline: string }[] {
  const out: { pid: number; ppid: number; start: string; cmdline: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid … starttime (field 22).
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (rest[0] === 'Z') continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      out.push({ pid: Number(name), ppid: Number(rest[1]), start: rest[19], cmdline });
    } catch {
      // Gone between readdir and read.
    }
  }
  return out;
}

/** Every process descending from `pid` now. */
export function descendants(pid: number): { pid: number; start: string; cmdline: string }[] {
  const all = processes();
  const found: { pid: number; start: string; cmdline: string }[] = [];
  const parents = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/** Those of `procs` still alive (same pid and same start time). */
export function stillAlive(procs: { pid: number; start: string }[]): { pid: number; start: string; cmdline: string }[] {
  const now = new Map(processes().map((p) => [p.pid, p]));
  return procs.filter((p) => now.get(p.pid)?.start === p.start).map((p) => now.get(p.pid)!);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `fn` answers true or `ms` has passed; answers the last value. */
export async function waitFor(fn: () => boolean, ms: number, every = 50): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (fn()) return true;
    await sleep(every);
  }
  return fn();
}

const pending: (() => void)[] = [];
beforeAll(() => {
  // Started, not awaited: a failure belongs to the test that awaits it.
  for (const start of pending.splice(0)) start();
});

/**
 * A scenario started with all the others of its file (in a file-level beforeAll) and awaited by its test: the runs
 * overlap up to the CLI slots while the tests stay sequential, so that a test's timeout covers what is left of its
 * own run and never the queue of runs before it. Scenarios start in the order they are declared.
 */
export function early<T>(fn: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  const get = (): Promise<T> => (started ??= fn());
  pending.push(() => void get().catch(() => undefined));
  return get;
}
