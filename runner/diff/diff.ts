// Compares two runs check by check (by requirement ID). A regression is a check that held (pass or warn) and now
// fails or errors; a check that disappeared is reported apart, since a renamed or deselected check is not a defect.

import { BROKEN, HELD, type ComparableCheck, type ComparableRun, VERSION_LABELS, type VersionKey, toComparable } from '../../reporters/read/comparable.ts';
import type { Outcome } from '../../reporters/facts.ts';
import type { RunResult } from '../../reporters/model.ts';
import { readResults } from '../../reporters/results.ts';
import { cleanText, firstLine, truncate } from '../../reporters/text.ts';

export interface CheckChange {
  id: string;
  suite: string;
  level?: ComparableCheck['level'];
  requirement: string;
  from: Outcome;
  to: Outcome;
  /** The new run's reason or warning, for failures, errors and skips. */
  reason?: string;
}

export interface CheckPresence {
  id: string;
  suite: string;
  level?: ComparableCheck['level'];
  requirement: string;
  outcome: Outcome;
}

export interface VersionChange {
  key: VersionKey;
  label: string;
  old?: string;
  new?: string;
}

export interface RunDiff {
  old: { runId?: string; source: ComparableRun['source'] };
  new: { runId?: string; source: ComparableRun['source'] };
  regressed: CheckChange[];
  fixed: CheckChange[];
  /** Every other change of outcome, e.g. pass → warn, skip → fail, fail → error. */
  changed: CheckChange[];
  appeared: CheckPresence[];
  disappeared: CheckPresence[];
  changedVersions: VersionChange[];
  /** Checks present in both runs with the same outcome, by outcome. */
  unchanged: Record<Outcome, number>;
}


function comparable(run: RunResult | ComparableRun): ComparableRun {
  return 'checks' in run ? run : toComparable(run);
}

function byId(run: ComparableRun): Map<string, ComparableCheck> {
  const map = new Map<string, ComparableCheck>();
  // IDs are unique by design; should a run repeat one, suite-qualify the repeat rather than lose it.
  for (const c of run.checks) map.set(map.has(c.id) ? `${c.suite}/${c.id}` : c.id, c);
  return map;
}

function presence(c: ComparableCheck): CheckPresence {
  return { id: c.id, suite: c.suite, level: c.level, requirement: c.requirement, outcome: c.outcome };
}

export function diffRuns(oldRun: RunResult | ComparableRun, newRun: RunResult | ComparableRun): RunDiff {
  const a = comparable(oldRun);
  const b = comparable(newRun);
  const before = byId(a);
  const after = byId(b);
  const d: RunDiff = {
    old: { runId: a.runId, source: a.source },
    new: { runId: b.runId, source: b.source },
    regressed: [],
    fixed: [],
    changed: [],
    appeared: [],
    disappeared: [],
    changedVersions: [],
    unchanged: { pass: 0, warn: 0, fail: 0, blocked: 0, error: 0, skip: 0, known: 0 },
  };
  for (const [key, n] of after) {
    const o = before.get(key);
    if (!o) {
      d.appeared.push(presence(n));
      continue;
    }
    if (o.outcome === n.outcome) {
      d.unchanged[n.outcome]++;
      continue;
    }
    const change: CheckChange = { id: n.id, suite: n.suite, level: n.level ?? o.level, requirement: n.requirement, from: o.outcome, to: n.outcome };
    const reason = n.reason ?? n.warning;
    if (reason) change.reason = reason;
    if (HELD.includes(o.outcome) && BROKEN.includes(n.outcome)) d.regressed.push(change);
    else if (BROKEN.includes(o.outcome) && HELD.includes(n.outcome)) d.fixed.push(change);
    else d.changed.push(change);
  }
  for (const [key, o] of before) if (!after.has(key)) d.disappeared.push(presence(o));
  for (const key of Object.keys(VERSION_LABELS) as VersionKey[]) {
    if (a.versions[key] !== b.versions[key]) {
      d.changedVersions.push({ key, label: VERSION_LABELS[key], old: a.versions[key], new: b.versions[key] });
    }
  }
  return d;
}

function one(s: string | undefined): string {
  return truncate(cleanText(firstLine(s)), 160);
}

function changeLine(c: CheckChange): string[] {
  const lines = [`  ${c.id} [${c.level ?? '?'}] ${c.from} → ${c.to}: ${one(c.requirement)}`];
  if (c.reason) lines.push(`      ${one(c.reason)}`);
  return lines;
}

function section<T>(title: string, items: T[], render: (t: T) => string[]): string[] {
  return items.length ? [`${title} (${items.length}):`, ...items.flatMap(render), ''] : [];
}

export function formatDiff(d: RunDiff): string {
  const label = (r: RunDiff['old']) => `${r.runId ?? '(no run id)'} [${r.source}]`;
  const u = d.unchanged;
  const lines = [
    `cs-conformance diff: ${label(d.old)} → ${label(d.new)}`,
    '',
    ...section('Versions changed', d.changedVersions, (v) => [`  ${v.label}: ${v.old ?? '(absent)'} → ${v.new ?? '(absent)'}`]),
    ...section('REGRESSED', d.regressed, changeLine),
    ...section('Fixed', d.fixed, changeLine),
    ...section('Other changes', d.changed, changeLine),
    ...section('Appeared', d.appeared, (c) => [`  ${c.id} [${c.level ?? '?'}] ${c.outcome}: ${one(c.requirement)}`]),
    ...section('Disappeared', d.disappeared, (c) => [
      `  ${c.id} [${c.level ?? '?'}] was ${c.outcome}: ${one(c.requirement)}${c.level === 'MUST' ? '  (a MUST check no longer runs)' : ''}`,
    ]),
    `Unchanged: ${u.pass} pass, ${u.warn} warn, ${u.fail} fail, ${u.blocked ? `${u.blocked} blocked, ` : ''}${u.known ? `${u.known} known failure, ` : ''}${u.error} error, ${u.skip} skip`,
    d.regressed.length
      ? `Result: ${d.regressed.length} regression${d.regressed.length === 1 ? '' : 's'}`
      : 'Result: no regression',
  ];
  return `${lines.join('\n')}\n`;
}

/** The `diff` command: prints the report, returns 1 on any regression, 0 otherwise, 2 (one line) if an input is bad. */
export function runDiffCommand(oldPath: string, newPath: string, out: (line: string) => void): number {
  const runs: ComparableRun[] = [];
  for (const path of [oldPath, newPath]) {
    try {
      runs.push(readResults(path));
    } catch (e) {
      out(`cs-conformance diff: ${cleanText(path)}: ${one(e instanceof Error ? e.message : String(e))}`);
      return 2;
    }
  }
  const d = diffRuns(runs[0], runs[1]);
  for (const line of formatDiff(d).trimEnd().split('\n')) out(line);
  return d.regressed.length ? 1 : 0;
}
