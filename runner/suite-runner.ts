// The vitest instance that runs the suites of a conformance run: created programmatically (no config file), with the
// suites in the catalogue's order and without vitest's own SIGINT/SIGTERM handlers, which would end the process
// before the run sweeps, logs out and reports.
import type { CliOptions, TestSpecification } from 'vitest/node';
import { CODE_ROOT, MODULE_EXT } from './package.ts';
import type { ProgressReporter } from './progress.ts';
import type { Settings } from './settings.ts';

/**
 * @param files the suite files to run, in the order they run.
 * @param namePattern --check / --skip-check: the other checks of a suite are not run.
 */
export async function createRunner(settings: Settings, reporter: ProgressReporter, files: string[], namePattern?: RegExp) {
  const { createVitest } = await import('vitest/node');
  const order = new Map(files.map((f, i) => [f, i]));
  // vitest exits the process on SIGINT/SIGTERM; the run must sweep, log out and report first, so its handlers go.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const vitest = await createVitest({
    root: CODE_ROOT,
    config: false,
    watch: false,
    run: true,
    reporters: [reporter],
    include: [`suites/*.suite${MODULE_EXT}`],
    pool: 'threads',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    testTimeout: settings.timeout * 30 + 5_000,
    hookTimeout: settings.timeout * 10 + 5_000,
    passWithNoTests: true,
    // --check / --skip-check: the other checks of a suite are not run (their results are dropped by the reporter).
    ...(namePattern ? { testNamePattern: namePattern } : {}),
    sequence: {
      sequencer: class {
        sort(specs: TestSpecification[]) {
          return [...specs].sort((a, b) => (order.get(a.moduleId) ?? 99) - (order.get(b.moduleId) ?? 99));
        }
        shard(specs: TestSpecification[]) {
          return specs;
        }
      },
    },
  } satisfies CliOptions);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  return vitest;
}
