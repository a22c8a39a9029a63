// A short Markdown verdict for $GITHUB_STEP_SUMMARY (or a PR comment): verdict and totals first, then what failed
// and why. Details stay in report.html; lists are capped so a bad day does not hit the 1 MiB summary limit.

import { COMPONENTS, allChecks, outcomeOf, safeOrigin, totalsLine, versionOf } from './facts.ts';
import { describeEvidence } from './findings/evidence.ts';
import { signatureText } from './findings/signature.ts';
import type { CheckResult, RootCause, RunResult } from './model.ts';
import { rootCausesOfRun } from './findings/root-causes.ts';
import { cleanText, firstLine, truncate } from './text.ts';

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
    '### Failed checks',
    '',
    '| Status | ID | Level | Requirement | Reason |',
    '|---|---|---|---|---|',
    ...capped(
      checks,
      (c) =>
        `| ${outcomeOf(c)} | ${md(c.id)} | ${md(c.level)} | ${md(truncate(c.requirement, 200))} | ` +
        `${md(truncate(firstLine(c.reason) || '(no reason given)', 200))} |`,
      (n) => `| | … | | ${n} more in report.html | |`,
    ),
    '',
  ];
}

function ids(list: string[]): string {
  return list.map(md).join(', ');
}

/** One root cause: the departure, its requirement and evidence, one exchange's curl line, the checks it touched. */
function rootCauseItem(r: RootCause, i: number): string[] {
  const lines = [
    `${i + 1}. **${md(r.level)}${r.known ? ' (known failure)' : ''}** ${code(r.id)} ${code(signatureText(r.signature))}: ${md(truncate(firstLine(r.message), 300))}`,
    `   - requirement: ${md(truncate(r.requirement, 300))}${r.evidence ? ` (evidence ${md(describeEvidence(r.evidence))})` : ''}`,
  ];
  if (r.curl) lines.push(`   - reproduce: ${code(truncate(r.curl, 600))}`);
  if (r.checks.length) lines.push(`   - ${r.level === 'MUST' ? 'failed' : 'seen on'} ${r.checks.length}: ${ids(r.checks)}`);
  if (r.blocked.length) lines.push(`   - blocked ${r.blocked.length}: ${ids(r.blocked)}`);
  if (r.warned?.length) lines.push(`   - warned ${r.warned.length}: ${ids(r.warned)}`);
  return lines;
}

/** Root causes shown in full; the next ones get a line each (a summary has a size limit). */
const DETAILED = 10;

/** One line: the root cause and how many checks it touched. */
function rootCauseLine(r: RootCause, i: number): string[] {
  const touched = [r.checks.length && `${r.level === 'MUST' ? 'failed' : 'seen on'} ${r.checks.length}`, r.blocked.length && `blocked ${r.blocked.length}`].filter(Boolean).join(', ');
  return [`${i + 1}. **${md(r.level)}** ${code(r.id)} ${code(signatureText(r.signature))}: ${md(truncate(firstLine(r.message), 200))} (${touched})`];
}

/** What is wrong, each departure once: the MUST root causes, then the SHOULD ones (the warnings). */
function rootCauseList(causes: RootCause[]): string[] {
  if (!causes.length) return [];
  const must = causes.filter((r) => r.level === 'MUST').length;
  return [
    `### ${causes.length} root cause${causes.length === 1 ? '' : 's'} (${must} MUST, ${causes.length - must} SHOULD)`,
    '',
    ...causes.slice(0, MAX_ROWS).flatMap((r, i) => (i < DETAILED ? rootCauseItem(r, i) : rootCauseLine(r, i))),
    ...(causes.length > MAX_ROWS ? [`- … ${causes.length - MAX_ROWS} more in report.html`] : []),
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

/** How the run's session went: the login that worked, how often it was renewed, how many logins were refused. */
function sessionLine(run: RunResult): string[] {
  const s = run.session;
  if (!s) return [];
  const login = s.login ? `logged in with ${LOGIN_TEXT[s.login] ?? md(s.login)} · ` : '';
  return [`Session: ${login}session renewed ${s.renewals} time${s.renewals === 1 ? '' : 's'} · ${s.failedLogins} refused login${s.failedLogins === 1 ? '' : 's'}`, ''];
}

const LOGIN_TEXT: Record<string, string> = { 'curl-form': "the page's curl form", json: 'JSON', 'form-fields': 'form fields' };

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
    ...sessionLine(run),
    `Spec ${md(run.spec.title)} ${code(run.spec.version)} · run ${code(run.runId)} · ` +
      `${run.operations.filter((o) => o.exercised).length}/${run.operations.length} operations exercised`,
    '',
    ...rootCauseList(rootCausesOfRun(run)),
    ...failureTable(checks.filter((c) => ['fail', 'blocked', 'error'].includes(outcomeOf(c)))),
    ...knownList(checks),
    ...skipList(checks.filter((c) => c.status === 'skip')),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
