// Runs the real cs-conformance CLI as a child process and reads back its results.json: how the project's own tests
// judge the suite against reference targets.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../../reporters/model.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  results?: RunResult;
  /** IDs of checks that failed or errored. */
  failed: string[];
  skipped: string[];
  warned: string[];
  ms: number;
}

export async function runCli(args: string[], env: Record<string, string> = {}, killAfterMs = 120_000): Promise<CliRun> {
  const reportDir = mkdtempSync(join(tmpdir(), 'csc-report-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['runner/cli.ts', 'run', '--report-dir', reportDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  let results: RunResult | undefined;
  try {
    results = JSON.parse(readFileSync(join(reportDir, 'results.json'), 'utf8')) as RunResult;
  } catch {
    results = undefined;
  }
  rmSync(reportDir, { recursive: true, force: true });
  const checks = results?.suites.flatMap((s) => s.checks) ?? [];
  return {
    code,
    stdout,
    stderr,
    results,
    failed: checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id),
    skipped: checks.filter((c) => c.status === 'skip').map((c) => c.id),
    warned: checks.filter((c) => c.warning).map((c) => c.id),
    ms: Math.round(performance.now() - started),
  };
}

/** Runs `fn` over `items`, `width` at a time. */
export async function pool<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}
