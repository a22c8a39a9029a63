// matrix.html: the conformance matrix as one self-contained page, like report.html: its only style is the constant
// below, allowed by hash; no script, and a CSP that refuses every fetch. Everything from the runs is escaped.

import { hash } from '../../reporters/html/assets.ts';
import { h, pageHead } from '../../reporters/html/html.ts';
import { type Matrix, type MatrixCell, outcomeText, versionFacts } from './matrix.ts';
import { firstLine } from '../../reporters/text.ts';

const CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #fff; --line: #d0d7de;
  --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --error: #8250df; --skip: #6e7781; --other: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --line: #30363d;
  --pass: #3fb950; --warn: #d29922; --fail: #f85149; --error: #a371f7; --skip: #8d96a0; --other: #58a6ff; } }
body { margin: 0; padding: 0 24px 48px; font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 20px 0 4px; }
p.summary { margin: 0 0 16px; color: var(--muted); }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border: 1px solid var(--line); }
thead th { position: sticky; top: 0; background: var(--bg); font-weight: 600; }
th.run { min-width: 120px; font-size: 12px; }
th.run .target { display: block; font-family: ui-monospace, monospace; }
th.run .versions { display: block; color: var(--muted); font-weight: normal; }
td.id { white-space: nowrap; }
td.req { max-width: 520px; }
td.cell { text-align: center; white-space: nowrap; font-weight: 600; }
td.pass { color: var(--pass); } td.warn { color: var(--warn); } td.fail { color: var(--fail); }
td.error, td.blocked { color: var(--error); } td.skip { color: var(--skip); } td.other { color: var(--other); } td.none { color: var(--muted); }
td.regression { outline: 3px solid var(--fail); outline-offset: -3px; }
td.fix { outline: 3px solid var(--pass); outline-offset: -3px; }
td.changed { outline: 2px dashed var(--muted); outline-offset: -3px; }
.mark { display: block; font-size: 11px; font-weight: normal; }
code { font: 12.5px ui-monospace, monospace; }
footer { color: var(--muted); margin-top: 24px; font-size: 12px; }
`;

/** No fetch of any kind, no script: the one inline stylesheet above is all the page may use. */
const CSP = ["default-src 'none'", `style-src ${hash(CSS)}`, "script-src 'none'", 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');

const KNOWN_CLASSES = new Set(['pass', 'warn', 'fail', 'blocked', 'error', 'skip']);
const MARK = { regression: '▼ regression', fix: '▲ fix', changed: '◆ changed' } as const;

function cell(c: MatrixCell | undefined): string {
  if (!c) return '<td class="cell none" title="not in this run">—</td>';
  const kind = KNOWN_CLASSES.has(c.outcome) ? c.outcome : 'other';
  const title = c.reason ? firstLine(c.reason) : outcomeText(c.outcome);
  const mark = c.change ? `<span class="mark">${MARK[c.change]} (was ${h(outcomeText(c.was ?? ''))})</span>` : '';
  return `<td class="cell ${kind}${c.change ? ` ${c.change}` : ''}" data-outcome="${h(c.outcome)}" title="${h(title)}">${h(outcomeText(c.outcome))}${mark}</td>`;
}

export function renderMatrixHtml(m: Matrix): string {
  const head = m.columns
    .map((c, i) => `<th class="run" title="${h(c.file)}${c.runId ? ` (run ${h(c.runId)})` : ''}">${i + 1}<span class="target">${h(c.target)}</span><span class="versions">${h(versionFacts(c))}</span></th>`)
    .join('');
  const rows = m.rows
    .map((r) => `<tr data-id="${h(r.id)}"><td class="id"><code>${h(r.id)}</code></td><td>${h(r.level ?? '?')}</td><td class="req">${h(firstLine(r.requirement))}</td>${r.cells.map(cell).join('')}</tr>`)
    .join('\n');
  return `${pageHead(`Conformance matrix — ${m.columns.length} runs`, CSP, CSS)}
<body>
<h1>Conformance matrix</h1>
<p class="summary">${h(`${m.rows.length} checks × ${m.columns.length} runs · ${m.regressions} regression${m.regressions === 1 ? '' : 's'} · ${m.fixes} fix${m.fixes === 1 ? '' : 'es'} between neighbouring versions of a target`)}</p>
<table id="matrix">
<thead><tr><th>ID</th><th>Level</th><th>Requirement</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<footer>Columns are ordered by the versions each run reported (Container Station, firmware, Docker). ▼ a check that held (pass or warn) fails or errors in the next version of the same target; ▲ the reverse.</footer>
</body>
</html>
`;
}
