// The form two runs are compared in. Both a results.json and a junit.xml of ours reduce to it, so a diff can take
// yesterday's JUnit from CI and today's results.json.

import { COMPONENTS, type Outcome, allChecks, outcomeOf, safeOrigin, versionOf } from '../facts.ts';
import type { Level, RunResult } from '../model.ts';
import { headline } from '../text.ts';

/** The outcomes of a check that held its requirement, between two runs. */
export const HELD: readonly Outcome[] = ['pass', 'warn'];
// A known failure is still a failure between two runs: a check that broke and was then listed is not a fix. A blocked
// check did not hold either.
export const BROKEN: readonly Outcome[] = ['fail', 'blocked', 'error', 'known'];

export interface ComparableCheck {
  id: string;
  suite: string;
  /** Absent only when a foreign JUnit file does not say. */
  level?: Level;
  requirement: string;
  outcome: Outcome;
  /** Failure, error or skip reason. */
  reason?: string;
  warning?: string;
}

/** Versions compared between runs: Container Station, firmware, Docker ("unknown" when missing), spec and tool. */
export const VERSION_LABELS = {
  containerStation: 'Container Station',
  firmware: 'Firmware',
  docker: 'Docker',
  spec: 'Spec',
  tool: 'Tool',
} as const;
export type VersionKey = keyof typeof VERSION_LABELS;

export interface ComparableRun {
  source: 'results.json' | 'junit.xml';
  runId?: string;
  startedAt?: string;
  target?: string;
  versions: Partial<Record<VersionKey, string>>;
  checks: ComparableCheck[];
}

export function toComparable(run: RunResult, source: ComparableRun['source'] = 'results.json'): ComparableRun {
  const versions: ComparableRun['versions'] = {};
  for (const [key] of COMPONENTS) versions[key] = versionOf(run, key);
  versions.spec = run.spec.version;
  versions.tool = run.tool.version;
  return {
    source,
    runId: run.runId,
    startedAt: run.startedAt,
    target: safeOrigin(run.target.origin),
    versions,
    checks: allChecks(run).map((c) => {
      const out: ComparableCheck = { id: c.id, suite: c.suite, level: c.level, requirement: c.requirement, outcome: outcomeOf(c) };
      // As junit.xml carries it (failure@message), so that either file of a run compares the same.
      if (out.outcome === 'known') out.reason = headline(`known failure: ${c.knownFailure!.reason}`);
      else if (c.status !== 'pass' && c.reason) out.reason = headline(c.reason);
      if (c.warning && c.status === 'pass') out.warning = c.warning;
      return out;
    }),
  };
}
