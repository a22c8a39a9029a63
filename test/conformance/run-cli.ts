// Runs the real cs-conformance CLI (through the runner tests' runCli) and reads back its results.json: how the
// project's own tests judge the suite against reference targets.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '../../reporters/model.ts';
import { runCli as runCliProcess } from '../runner/helpers.ts';

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
  const run = await runCliProcess(['run', '--report-dir', reportDir, ...args], { env, killAfterMs });
  return { code: run.code, stdout: run.stdout, stderr: run.stderr, ...readRun(reportDir), ms: run.elapsedMs };
}

/** What a run wrote to `reportDir` (removed here): its results.json and the checks by status. */
export function readRun(reportDir: string): Pick<CliRun, 'results' | 'failed' | 'skipped' | 'warned'> {
  let results: RunResult | undefined;
  try {
    results = JSON.parse(readFileSync(join(reportDir, 'results.json'), 'utf8')) as RunResult;
  } catch {
    results = undefined;
  }
  rmSync(reportDir, { recursive: true, force: true });
  const checks = results?.suites.flatMap((s) => s.checks) ?? [];
  return {
    results,
    failed: checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id),
    skipped: checks.filter((c) => c.status === 'skip').map((c) => c.id),
    warned: checks.filter((c) => c.warning).map((c) => c.id),
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
