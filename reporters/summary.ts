// A short Markdown verdict for $GITHUB_STEP_SUMMARY (or a PR comment): verdict and totals first, then what failed
// and why. Details stay in report.html; lists are capped so a bad day does not hit the 1 MiB summary limit.

import { COMPONENTS, allChecks, outcomeOf, safeOrigin, totalsLine, versionOf } from './facts.ts';
import type { CheckResult, RunResult } from './model.ts';
import { cleanText, firstLine, truncate } from './text.ts';
import { type WarningGroup, groupWarnings } from './warnings.ts';

const MAX_ROWS = 50;

/**
 * Inline Markdown text, kept on one line. Only what GFM reads as markup mid-line is escaped (emphasis, code, links,
 * strikethrough, table pipes, HTML): our text never starts a line, so "-", "#", "." stay readable in the raw file.
 */
export function md(s: string): string {
  return cleanText(s)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function code(s: string): string {
  // A code span cannot escape backticks; a fence longer than any run inside it can.
  const text = cleanText(s).replace(/\s*[\r\n]+\s*/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`;
}

function capped<T>(items: T[], render: (t: T) => string, more: (n: number) => string): string[] {
  const lines = items.slice(0, MAX_ROWS).map(render);
  if (items.length > MAX_ROWS) lines.push(more(items.length - MAX_ROWS));
  return lines;
}

function failureTable(checks: CheckResult[]): string[] {
  if (!checks.length) return [];
  return [
    '### Failures',
    '',
    '| Status | ID | Level | Requirement | Reason |',
    '|---|---|---|---|---|',
    ...capped(
      checks,
      (c) =>
        `| ${c.status === 'error' ? 'error' : 'fail'} | ${md(c.id)} | ${md(c.level)} | ${md(truncate(c.requirement, 200))} | ` +
        `${md(truncate(firstLine(c.reason) || '(no reason given)', 200))} |`,
      (n) => `| | … | | ${n} more in report.html | |`,
    ),
    '',
  ];
}

function warningList(groups: WarningGroup[]): string[] {
  if (!groups.length) return [];
  return [
    '### Warnings',
    '',
    ...capped(
      groups,
      (g) =>
        `- ${md(truncate(firstLine(g.text), 300))} — on ${g.checks.length} check${g.checks.length === 1 ? '' : 's'} (${g.checks.map(md).join(', ')})` +
        (g.operations.length ? `; operations ${g.operations.map(md).join(', ')}` : ''),
      (n) => `- … ${n} more in report.html`,
    ),
    '',
  ];
}

function knownList(checks: CheckResult[]): string[] {
  const known = checks.filter((c) => outcomeOf(c) === 'known');
  const fixed = checks.filter((c) => c.knownFailure?.fixed);
  const lines: string[] = [];
  if (known.length) {
    lines.push(
      '### Known failures (accepted, not failing the run)',
      '',
      ...capped(
        known,
        (c) => `- **${md(c.id)}** (${md(c.level)}): ${md(truncate(c.knownFailure!.reason, 200))} — ${md(truncate(firstLine(c.reason) || '(no reason given)', 200))}`,
        (n) => `- … ${n} more in report.html`,
      ),
      '',
    );
  }
  if (fixed.length) {
    lines.push('### Fixed known failures (remove them from the known-failures file)', '', ...fixed.map((c) => `- **${md(c.id)}** (listed as ${code(c.knownFailure!.entry)}: ${md(truncate(c.knownFailure!.reason, 200))})`), '');
  }
  return lines;
}

function skipList(checks: CheckResult[]): string[] {
  if (!checks.length) return [];
  const byReason = new Map<string, string[]>();
  for (const c of checks) {
    const reason = firstLine(c.reason) || '(no reason given)';
    byReason.set(reason, [...(byReason.get(reason) ?? []), c.id]);
  }
  return [
    '### Skipped',
    '',
    ...capped(
      [...byReason],
      ([reason, ids]) => `- ${md(truncate(reason, 300))} (${ids.length}): ${ids.map(md).join(', ')}`,
      (n) => `- … ${n} more reasons in report.html`,
    ),
    '',
  ];
}

export function renderSummary(run: RunResult): string {
  const checks = allChecks(run);
  const conformant = run.verdict === 'conformant';
  const versions = COMPONENTS.map(([key, label]) => `${label} ${code(versionOf(run, key))}`).join(' · ');
  const unknown = COMPONENTS.some(([key]) => !run.system[key]);
  const lines = [
    run.interrupted
      ? `## ⏹ ${md(run.tool.name)}: interrupted (${md(run.interrupted)}): the checks it did not finish are skipped; so far ${conformant ? 'conformant' : 'NOT conformant'}`
      : `## ${conformant ? '✅' : '❌'} ${md(run.tool.name)}: ${conformant ? 'conformant' : 'NOT conformant'}`,
    '',
    `**${md(totalsLine(run))}**`,
    '',
    `Target ${code(safeOrigin(run.target.origin) + run.target.basePath)} (${md(run.target.kind)}) · ${versions}` +
      (unknown ? ` (unknown: ${md(run.system.unknownReason || 'not reported by GET /system')})` : ''),
    '',
    `Spec ${md(run.spec.title)} ${code(run.spec.version)} · run ${code(run.runId)} · ` +
      `${run.operations.filter((o) => o.exercised).length}/${run.operations.length} operations exercised`,
    '',
    ...failureTable(checks.filter((c) => outcomeOf(c) === 'fail' || outcomeOf(c) === 'error')),
    ...knownList(checks),
    ...warningList(groupWarnings(checks)),
    ...skipList(checks.filter((c) => c.status === 'skip')),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
