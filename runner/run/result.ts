// The RunResult every report is rendered from: the checks grouped by suite, the totals, the verdict and which
// operations of the spec the run exercised. Also the result that stands for a suite that did not load.
import type { CheckResult, OperationCoverage, RunResult, SuiteResult } from '../../reporters/model.ts';
import { outcomeOf } from '../../reporters/facts.ts';
import { rootCausesOf } from '../../reporters/findings/root-causes.ts';
import { VERSION } from '../../core/package.ts';
import { reportableOptions, type Settings } from './settings.ts';
import { loadSpec } from '../../contract/spec.ts';

/** A suite that failed to load or run outside any check: an error, so that the run cannot pass without it. */
export function harnessError(message: string): CheckResult {
  return {
    id: 'HARNESS-ERROR',
    suite: 'harness',
    level: 'MUST',
    requirement: 'Every suite MUST load and run.',
    operations: [],
    status: 'error',
    reason: message,
    durationMs: 0,
    transcript: [],
    // For JUnit's `file`: the run loads the suites, so the run is where this requirement is held.
    file: 'runner/run/run.ts',
  };
}

export function buildResult(a: {
  settings: Settings;
  runId: string;
  startedAt: Date;
  origin: string;
  basePath: string;
  mock: boolean;
  system: RunResult['system'];
  results: CheckResult[];
  /** How the session went (its base path is the target's). */
  session?: Omit<NonNullable<RunResult['session']>, 'basePath'>;
}): RunResult {
  const finished = new Date();
  const suites: SuiteResult[] = [];
  for (const c of a.results) {
    let s = suites.find((x) => x.name === c.suite);
    if (!s) suites.push((s = { name: c.suite, checks: [] }));
    s.checks.push(c);
  }
  const totals = { pass: 0, fail: 0, skip: 0, error: 0, warn: 0, known: 0, blocked: 0 };
  // Exclusive counts that add up to the checks: a pass with a warning counts as `warn` only, a known failure as
  // `known`, a check blocked by a root cause as `blocked`.
  for (const c of a.results) totals[outcomeOf(c)]++;
  const { doc, operations } = loadSpec();
  const coverage: OperationCoverage[] = [...operations.values()].map((op) => {
    const touching = a.results.filter((c) => c.transcript.some((e) => e.operationId === op.operationId));
    const exercised = touching.length > 0;
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      exercised,
      passed: exercised && touching.every((c) => c.status === 'pass' || c.status === 'skip'),
    };
  });
  return {
    tool: { name: 'cs-conformance', version: VERSION },
    runId: a.runId,
    startedAt: a.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - a.startedAt.getTime(),
    spec: { title: doc.info.title, version: doc.info.version },
    target: { kind: a.mock ? 'mock' : 'url', origin: a.mock ? 'embedded Prism mock' : a.origin, basePath: a.mock ? '/' : a.basePath },
    ...(a.session ? { session: { ...a.session, basePath: a.mock ? '/' : a.basePath } } : {}),
    system: a.system,
    options: reportableOptions(a.settings),
    suites,
    totals,
    // Unchanged by root causes: any failure, blocked check or error that is not a known failure fails the run.
    verdict: totals.fail + totals.error + totals.blocked === 0 ? 'conformant' : 'not-conformant',
    operations: coverage,
    rootCauses: rootCausesOf(a.results),
  };
}
