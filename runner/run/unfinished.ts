// The result that stands for a check that left none of its own — cancelled before it started, or cut short when the
// run stopped — made from its declaration in the catalogue, so that the result lines and the reports of an
// interrupted run show each check's own suite, level and requirement, as a finished check's would.
import { relative } from 'node:path';
import type { CheckResult } from '../../reporters/model.ts';
import { SUITES, suiteFile } from '../../suites/index.ts';
import { CODE_ROOT } from '../../core/package.ts';

/** The skip reason of a check an interrupted run did not finish: it starts with "interrupted", whatever the cause. */
export function interruptedReason(why: string): string {
  return `interrupted (${why}): the run stopped before this check finished`;
}

/** A result for check `id` of the catalogue (its suite, level, requirement and operations), with `status` and `reason`. */
export function declaredResult(id: string, status: CheckResult['status'], reason: string): CheckResult {
  const suite = SUITES.find((s) => s.checks.some((c) => c.id === id));
  const declaration = suite?.checks.find((c) => c.id === id);
  return {
    id,
    suite: suite?.name ?? 'unknown',
    ...(suite ? { file: relative(CODE_ROOT, suiteFile(suite.name)) } : {}),
    level: declaration?.level ?? 'MUST',
    requirement: declaration?.requirement ?? id,
    operations: declaration?.operations ?? [],
    status,
    reason,
    durationMs: 0,
    transcript: [],
  };
}

/**
 * The results of the checks `ids` (catalogue order), a skip "interrupted" (`why` the run stopped) standing for each
 * one that has no result of its own.
 */
export function withUnfinished(ids: readonly string[], results: readonly CheckResult[], why: string): CheckResult[] {
  const byId = new Map(results.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id) ?? declaredResult(id, 'skip', interruptedReason(why)));
}
