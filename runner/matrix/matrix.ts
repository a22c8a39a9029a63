// A fleet of runs as one table: a row per check, a column per run (its target and the versions it reported), a cell
// per outcome. Columns are ordered by version where versions are known; between two neighbouring versions of the same
// target a change of outcome is marked, as a regression or a fix (the diff's meaning, run after run).

import { BROKEN, HELD, type ComparableRun } from '../../reporters/read/comparable.ts';
import { COMPONENTS, UNKNOWN, type Component } from '../../reporters/facts.ts';
import type { Level } from '../../reporters/model.ts';
import { cleanText, firstLine, truncate } from '../../reporters/text.ts';

export interface MatrixColumn {
  /** The file the run was read from, as given. */
  file: string;
  source: ComparableRun['source'];
  target: string;
  runId?: string;
  startedAt?: string;
  /** Container Station, firmware, Docker: absent or "unknown" when the run did not learn them. */
  versions: Partial<Record<Component, string>>;
}

export type Change = 'regression' | 'fix' | 'changed';

export interface MatrixCell {
  /** pass, warn, fail, error, skip — or any status a later version of the tool writes, shown as it is. */
  outcome: string;
  reason?: string;
  /** Against the previous column of the same target (in version order). */
  change?: Change;
  /** That previous outcome, when there is a change. */
  was?: string;
}

export interface MatrixRow {
  id: string;
  suite: string;
  level?: Level;
  requirement: string;
  /** One per column; undefined where the run did not have the check. */
  cells: (MatrixCell | undefined)[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  regressions: number;
  fixes: number;
}

/** "2.4.10" after "2.4.9": runs of digits compare as numbers, the rest as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    const c = nx && ny ? Number(x) - Number(y) : x.localeCompare(y);
    if (c !== 0) return c;
  }
  return 0;
}

const known = (v: string | undefined) => (v && v !== UNKNOWN ? v : undefined);

/** By Container Station, then firmware, then Docker version; a known version before an unknown one. */
function byVersion(a: MatrixColumn, b: MatrixColumn): number {
  for (const [key] of COMPONENTS) {
    const x = known(a.versions[key]);
    const y = known(b.versions[key]);
    if (x === y) continue;
    if (x === undefined || y === undefined) return x === undefined ? 1 : -1;
    const c = compareVersions(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

function changeOf(from: string, to: string): Change | undefined {
  if (from === to) return undefined;
  const held = (o: string) => (HELD as readonly string[]).includes(o);
  const broken = (o: string) => (BROKEN as readonly string[]).includes(o);
  if (held(from) && broken(to)) return 'regression';
  if (broken(from) && held(to)) return 'fix';
  return 'changed';
}

export function buildMatrix(runs: { file: string; run: ComparableRun }[]): Matrix {
  const indexed = runs.map(({ file, run }, i) => ({
    i,
    run,
    column: {
      file,
      source: run.source,
      target: run.target ?? 'unknown target',
      runId: run.runId,
      startedAt: run.startedAt,
      versions: Object.fromEntries(COMPONENTS.map(([key]) => [key, run.versions[key]]).filter(([, v]) => v)),
    } satisfies MatrixColumn,
  }));
  // Stable: equal versions keep the order of the start times, then of the command line.
  indexed.sort((a, b) => byVersion(a.column, b.column) || (a.column.startedAt ?? '').localeCompare(b.column.startedAt ?? '') || a.i - b.i);

  const rows = new Map<string, MatrixRow>();
  indexed.forEach(({ run }, col) => {
    const seen = new Set<string>();
    for (const c of run.checks) {
      // IDs are unique by design; a repeat within one run is suite-qualified rather than lost (as in the diff).
      const key = seen.has(c.id) ? `${c.suite}/${c.id}` : c.id;
      seen.add(c.id);
      let row = rows.get(key);
      if (!row) {
        row = { id: c.id, suite: c.suite, level: c.level, requirement: c.requirement, cells: [] };
        rows.set(key, row);
      }
      row.level ??= c.level;
      if (!row.requirement) row.requirement = c.requirement;
      const reason = c.reason ?? c.warning;
      row.cells[col] = { outcome: c.outcome, ...(reason ? { reason } : {}) };
    }
  });

  const columns = indexed.map((x) => x.column);
  let regressions = 0;
  let fixes = 0;
  for (const row of rows.values()) {
    row.cells = columns.map((_, i) => row.cells[i]);
    const last = new Map<string, MatrixCell>();
    columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (!cell) return;
      const before = last.get(column.target);
      last.set(column.target, cell);
      const change = before && changeOf(before.outcome, cell.outcome);
      if (!change) return;
      cell.change = change;
      cell.was = before.outcome;
      if (change === 'regression') regressions++;
      if (change === 'fix') fixes++;
    });
  }
  return { columns, rows: [...rows.values()], regressions, fixes };
}

/** How an outcome reads in a cell: "known-failure" as "known failure"; anything unforeseen as it came. */
export function outcomeText(outcome: string): string {
  return cleanText(outcome).replace(/[-_]+/g, ' ');
}

function md(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

const MARK: Record<Change, string> = { regression: '▼ regression', fix: '▲ fix', changed: '◆ changed' };

function mdCell(cell: MatrixCell | undefined): string {
  if (!cell) return '—';
  const text = outcomeText(cell.outcome);
  const shown = cell.outcome === 'fail' || cell.outcome === 'error' ? `**${text}**` : text;
  return cell.change ? `${shown} ${MARK[cell.change]} (was ${outcomeText(cell.was ?? '')})` : shown;
}

export function versionFacts(c: MatrixColumn): string {
  return COMPONENTS.map(([key, label]) => `${label} ${known(c.versions[key]) ?? UNKNOWN}`).join(', ');
}

export function renderMatrixMarkdown(m: Matrix): string {
  const lines = [
    '# Conformance matrix',
    '',
    `${m.rows.length} checks × ${m.columns.length} runs · ${m.regressions} regression${m.regressions === 1 ? '' : 's'} · ${m.fixes} fix${m.fixes === 1 ? '' : 'es'} between neighbouring versions of a target.`,
    '',
    '| Run | Target | Versions | Source |',
    '|---|---|---|---|',
    ...m.columns.map((c, i) => `| ${i + 1} | ${md(c.target)} | ${md(versionFacts(c))} | ${md(c.file)}${c.runId ? ` (run ${md(c.runId)})` : ''} |`),
    '',
    `| ID | Level | Requirement | ${m.columns.map((_, i) => `${i + 1}`).join(' | ')} |`,
    `|---|---|---|${m.columns.map(() => '---').join('|')}|`,
    ...m.rows.map((r) => `| \`${md(r.id)}\` | ${r.level ?? '?'} | ${md(truncate(firstLine(r.requirement), 160))} | ${r.cells.map(mdCell).join(' | ')} |`),
    '',
    'Versions are those each run reported (GET /system). ▼ a check that held (pass or warn) fails or errors in the next version of the same target; ▲ the reverse.',
  ];
  return `${lines.join('\n')}\n`;
}
