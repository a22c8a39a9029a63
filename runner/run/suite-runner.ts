// The vitest instance that runs the checks of a conformance run: created programmatically (no config file), running
// --concurrency checks at a time, and without vitest's own SIGINT/SIGTERM handlers, which would end the process
// before the run sweeps, logs out and reports.
import type { CliOptions, Reporter } from 'vitest/node';
import { relative } from 'node:path';
import { Writable } from 'node:stream';
import { CODE_ROOT } from '../../core/package.ts';
import { checkTimeoutMs } from '../../suites/index.ts';
import type { Settings } from './settings.ts';

/**
 * vitest's own output stream, and the one the checks' worker thread is piped into. The run's stdout is its result
 * lines (runner/run/progress.ts prints them through the run's console), and nothing of vitest's belongs there. Above all,
 * once stdout is closed (`| head`), a worker piped into it never drains, so vitest would wait for it forever on close
 * and the stopped run would never sweep or report.
 */
const DISCARD = new Writable({ write: (_chunk, _encoding, done) => done() });

/** More than the catalogue will ever hold: every concurrent check is started at once. */
const MAX_CHECKS = 10_000;

/**
 * @param reporters what reads the checks' results as they come (runner/run/progress.ts, runner/run/created-ids.ts).
 * @param files the one file that registers the run's checks (suites/conformance.js).
 * @param targetChannel where that file receives the target (suites/harness/target-channel.ts).
 */
export async function createRunner(settings: Settings, reporters: Reporter[], files: string[], targetChannel: string) {
  const { createVitest } = await import('vitest/node');
  // vitest exits the process on SIGINT/SIGTERM; the run must sweep, log out and report first, so its handlers go.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const vitest = await createVitest({
    root: CODE_ROOT,
    config: false,
    watch: false,
    run: true,
    reporters,
    include: files.map((f) => relative(CODE_ROOT, f)),
    pool: 'threads',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    // The concurrent checks keep their own deadline, from when they take a slot (suites/harness/register.ts).
    testTimeout: checkTimeoutMs(settings.timeout),
    hookTimeout: settings.timeout * 10 + 5_000,
    passWithNoTests: true,
    // vitest starts every concurrent check at once; the worker's slots let --concurrency of them work at a time
    // (suites/harness/slots.ts). Those declared `Runs alone` run by themselves (suites/harness/register.ts).
    maxConcurrency: settings.concurrency > 1 ? MAX_CHECKS : 1,
    // The suites are loaded by Node itself (it strips the types), not transformed by Vite's module runner: they use
    // neither vi.mock nor import.meta.vitest, and loading them is the longest fixed cost of a run.
    experimental: { viteModuleRunner: false, nodeLoader: false },
  } satisfies CliOptions, {}, { stdout: DISCARD });
  vitest.provide('targetChannel', targetChannel);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  return vitest;
}
