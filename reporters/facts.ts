// Facts every report states the same way: a check's outcome (a pass with a SHOULD warning is a "warn"),
// the versions under test, the target's origin and the options in effect.

import type { CheckResult, RunResult } from './model.ts';
import { humanDuration } from './text.ts';

/**
 * `known`: a failure listed in --known-failures, which does not fail the run. `blocked`: a MUST check stopped by a
 * root cause at a step it only needed (status `error` with `blockedBy`), which fails the run as an error does.
 */
export type Outcome = 'pass' | 'warn' | 'fail' | 'blocked' | 'error' | 'skip' | 'known';
export const OUTCOMES: readonly Outcome[] = ['fail', 'blocked', 'error', 'known', 'warn', 'skip', 'pass'];

export function outcomeOf(check: CheckResult): Outcome {
  const blocked = check.status === 'error' && Boolean(check.blockedBy);
  if ((check.status === 'fail' || blocked) && check.knownFailure && !check.knownFailure.fixed) return 'known';
  if (blocked) return 'blocked';
  if (check.status === 'pass' && check.warning) return 'warn';
  return check.status;
}

export function allChecks(run: RunResult): CheckResult[] {
  return run.suites.flatMap((s) => s.checks);
}

export const COMPONENTS = [
  ['containerStation', 'Container Station'],
  ['firmware', 'Firmware'],
  ['docker', 'Docker'],
] as const;
export type Component = (typeof COMPONENTS)[number][0];

export const UNKNOWN = 'unknown';

/** A component's version, or "unknown" (the reason is in run.system.unknownReason). */
export function versionOf(run: RunResult, c: Component): string {
  return run.system[c] || UNKNOWN;
}

/**
 * The target as shown in reports. The model promises an origin, but a URL with user:password@ must never reach a
 * report even if a caller passes one, so userinfo, path, query and fragment are dropped here.
 */
export function safeOrigin(origin: string): string {
  try {
    const u = new URL(origin);
    if (u.origin !== 'null') return u.origin;
    // Non-special schemes (a mock's "mock://memory") have no origin; rebuild it without userinfo.
    return u.host ? `${u.protocol}//${u.host}` : `${u.protocol}${u.pathname}`;
  } catch {
    // Not a URL (e.g. a mock's label): keep only what follows a possible userinfo part.
    return origin.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]*@/i, '$1');
  }
}

export function optionText(v: RunResult['options'][string]): string {
  return Array.isArray(v) ? v.join(',') : String(v);
}

/** Options sorted by name, so every report lists them in the same order whatever order the runner used. */
export function optionEntries(run: RunResult): [string, string][] {
  return Object.keys(run.options)
    .sort()
    .map((k) => [k, optionText(run.options[k])]);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "6 passed · 1 warning · 1 failed · 1 error · 3 skipped — 12 checks in 3 suites, 11.3 s" */
export function totalsLine(run: RunResult): string {
  const t = run.totals;
  const counts = [`${t.pass} passed`, plural(t.warn, 'warning'), `${t.fail} failed`, plural(t.error, 'error'), `${t.skip} skipped`];
  if (t.known) counts.splice(3, 0, plural(t.known, 'known failure'));
  if (t.blocked) counts.splice(3, 0, `${t.blocked} blocked`);
  const size = `${plural(allChecks(run).length, 'check')} in ${plural(run.suites.length, 'suite')}`;
  return `${counts.join(' · ')} — ${size}, ${humanDuration(run.durationMs)}`;
}
