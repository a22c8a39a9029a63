// report.html: one self-contained page for a human reading a run: verdict first, then every check with filters,
// and the evidence of each failure one click away. Everything from the run is escaped: the target's responses are
// untrusted, and the page's CSP would refuse any script that slipped through anyway.

import { COMPONENTS, OUTCOMES, type Outcome, allChecks, optionEntries, outcomeOf, safeOrigin, totalsLine, versionOf } from '../facts.ts';
import { CSP, CSS, JS } from './assets.ts';
import type { CheckResult, RootCause, RunResult } from '../model.ts';
import { describeEvidence } from '../findings/evidence.ts';
import { signatureText } from '../findings/signature.ts';
import { rootCausesOfRun } from '../findings/root-causes.ts';
import { cleanText, firstLine, humanDuration } from '../text.ts';
import { formatExchange, formatTranscript } from '../transcript.ts';

export function h(s: string | number): string {
  return cleanText(String(s))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const LABEL: Record<Outcome, string> = { pass: 'pass', warn: 'warn', fail: 'fail', blocked: 'blocked', error: 'error', skip: 'skip', known: 'known' };
const TITLE: Record<Outcome, string> = {
  known: 'a known failure, accepted by --known-failures',
  blocked: 'stopped by a root cause at a step the check needs',
  pass: 'requirement held',
  warn: 'passed with a SHOULD warning',
  fail: 'requirement not met',
  error: 'the check could not complete',
  skip: 'not run',
};

function anchor(id: string): string {
  return `check-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function facts(run: RunResult): string {
  const version = (key: (typeof COMPONENTS)[number][0]) => {
    const v = versionOf(run, key);
    return run.system[key] ? `<code>${h(v)}</code>` : `unknown <span class="note">(${h(run.system.unknownReason || 'not reported by GET /system')})</span>`;
  };
  const rows: [string, string][] = [
    ['Target', `<code>${h(safeOrigin(run.target.origin) + run.target.basePath)}</code> (${h(run.target.kind)})`],
    ...COMPONENTS.map(([key, label]): [string, string] => [label, version(key)]),
    ['Spec', `${h(run.spec.title)} <code>${h(run.spec.version)}</code>`],
    ['Tool', `${h(run.tool.name)} <code>${h(run.tool.version)}</code>`],
    ['Run', `<code>${h(run.runId)}</code>, ${h(run.startedAt)} → ${h(run.finishedAt)} (${h(humanDuration(run.durationMs))})`],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function options(run: RunResult): string {
  const entries = optionEntries(run);
  const rows = entries.map(([k, v]) => `<tr><th>${h(k)}</th><td><code>${h(v)}</code></td></tr>`).join('');
  return `<details><summary>Options in effect (${entries.length})</summary><table class="kv">${rows}</table></details>`;
}

function coverage(run: RunResult): string {
  const ops = run.operations;
  const exercised = ops.filter((o) => o.exercised).length;
  const rows = ops
    .map(
      (o) =>
        `<tr><td><code>${h(o.operationId)}</code></td><td><code>${h(o.method)} ${h(o.path)}</code></td>` +
        `<td>${o.exercised ? 'yes' : '<strong>no</strong>'}</td><td>${o.exercised ? (o.passed ? 'yes' : '<strong>no</strong>') : '—'}</td></tr>`,
    )
    .join('');
  return (
    `<details><summary>Operation coverage (${exercised} of ${ops.length} exercised)</summary>` +
    `<table class="kv"><thead><tr><th>Operation</th><th>Endpoint</th><th>Exercised</th><th>All checks passed</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></details>`
  );
}

function idLink(id: string): string {
  return `<a class="id" href="#${anchor(id)}">${h(id)}</a>`;
}

const isBroken = (o: Outcome): boolean => o === 'fail' || o === 'blocked' || o === 'error';

function listOf(ids: string[]): string {
  return ids.map(idLink).join(', ');
}

/** One root cause: the departure, the requirement and its evidence, the checks, one exchange and its curl line. */
function rootCause(r: RootCause, i: number): string {
  const badge = r.level === 'SHOULD' ? 'warn' : r.known ? 'known' : 'fail';
  const checks = r.checks.length ? `<div>${r.level === 'MUST' ? 'failed' : 'seen on'} ${r.checks.length}: ${listOf(r.checks)}</div>` : '';
  const blocked = r.blocked.length ? `<div>blocked ${r.blocked.length}: ${listOf(r.blocked)}</div>` : '';
  const warned = r.warned?.length ? `<div>warned ${r.warned.length}: ${listOf(r.warned)}</div>` : '';
  const curl = r.curl
    ? `<div class="curl-line"><pre class="curl" id="rc-curl-${i}">${h(r.curl)}</pre><button type="button" class="copy" data-copy="rc-curl-${i}">Copy curl</button></div>`
    : '';
  const exchange = r.exchange ? `<details><summary>Exchange</summary><pre class="transcript">${h(formatExchange(r.exchange, 1))}</pre></details>` : '';
  return (
    `<li id="${h(r.id)}"><span class="badge ${badge}">${h(r.level)}${r.known ? ' known' : ''}</span> <code class="rc">${h(r.id)}</code> <code>${h(signatureText(r.signature))}</code>` +
    `<pre class="reason">${h(r.message)}</pre>` +
    `<div class="note">requirement: ${h(r.requirement)}${r.evidence ? ` (evidence ${h(describeEvidence(r.evidence))})` : ''}</div>` +
    `${checks}${blocked}${warned}${curl}${exchange}</li>`
  );
}

/** What broke, once each: the run's root causes (the SHOULD ones are the warnings). */
function rootCauses(run: RunResult): string {
  const causes = rootCausesOfRun(run);
  if (!causes.length) return '';
  const must = causes.filter((r) => r.level === 'MUST').length;
  const title = `${causes.length} root cause${causes.length === 1 ? '' : 's'} (${must} MUST, ${causes.length - must} SHOULD)`;
  return `<section id="root-causes"><h2>${h(title)}</h2><ol>${causes.map(rootCause).join('')}</ol></section>`;
}

/** Each failed check with its reason and the curl line to reproduce it, one click to copy. */
function failures(checks: CheckResult[]): string {
  const broken = checks.filter((c) => isBroken(outcomeOf(c)));
  if (!broken.length) return '';
  const items = broken
    .map((c, i) => {
      const o = outcomeOf(c);
      const curl = c.curl
        ? `<div class="curl-line"><pre class="curl" id="curl-${i}">${h(c.curl)}</pre><button type="button" class="copy" data-copy="curl-${i}">Copy curl</button></div>`
        : '';
      return (
        `<li class="failure ${o}"><span class="badge ${o}">${LABEL[o]}</span> ${idLink(c.id)} <span class="level">${h(c.level)}</span> ${h(c.requirement)}` +
        `<pre class="reason">${h(c.reason ?? '(no reason given)')}</pre>${curl}</li>`
      );
    })
    .join('');
  return `<section id="failures"><h2>Failed checks (${broken.length})</h2><ol>${items}</ol></section>`;
}

function knownFailures(checks: CheckResult[]): string {
  const known = checks.filter((c) => outcomeOf(c) === 'known');
  const fixed = checks.filter((c) => c.knownFailure?.fixed);
  if (!known.length && !fixed.length) return '';
  const item = (c: CheckResult, tail: string) => `<li>${idLink(c.id)} (${h(c.level)}) ${h(c.knownFailure!.reason)}${tail}</li>`;
  return (
    `<section id="known"><h2>Known failures (${known.length})</h2>` +
    (known.length ? `<ul>${known.map((c) => item(c, ` <span class="note">— ${h(firstLine(c.reason))}</span>`)).join('')}</ul>` : '') +
    (fixed.length
      ? `<h3>Fixed: remove them from the known-failures file (${fixed.length})</h3><ul>${fixed.map((c) => item(c, ` <span class="note">(listed as <code>${h(c.knownFailure!.entry)}</code>)</span>`)).join('')}</ul>`
      : '') +
    `</section>`
  );
}

function filters(run: RunResult, checks: CheckResult[]): string {
  const count = (o: Outcome) => checks.filter((c) => outcomeOf(c) === o).length;
  const boxes = OUTCOMES.map(
    (o) => `<label title="${h(TITLE[o])}"><input type="checkbox" name="status" value="${o}" checked> ${LABEL[o]} (${count(o)})</label>`,
  ).join('');
  const suites = run.suites
    .map((s) => `<option value="${h(s.name)}">${h(s.name)} (${s.checks.length})</option>`)
    .join('');
  return (
    `<div class="filters"><fieldset id="status-filter"><legend>Status</legend>${boxes}</fieldset>` +
    `<label>Suite <select id="suite-filter"><option value="">all suites (${checks.length})</option>${suites}</select></label>` +
    `<label>Text <input type="search" id="text-filter" placeholder="ID, requirement, reason…"></label>` +
    `<button type="button" id="expand">Expand all failures</button>` +
    `<output id="shown">${checks.length} of ${checks.length} checks shown</output></div>`
  );
}

function notes(c: CheckResult, o: Outcome): string {
  let out = '';
  if ((isBroken(o) || o === 'skip' || o === 'known') && c.reason) out += `<div class="note ${o}">${h(firstLine(c.reason))}</div>`;
  if (c.blockedBy) out += `<div class="note blocked">blocked by root cause <a href="#${h(c.blockedBy)}">${h(c.blockedBy)}</a></div>`;
  if (o === 'known') out += `<div class="note known">known failure: ${h(c.knownFailure!.reason)}</div>`;
  if (c.knownFailure?.fixed) out += `<div class="note">fixed: listed in the known failures as <code>${h(c.knownFailure.entry)}</code>; remove it from the file</div>`;
  if (c.warning) out += `<div class="note warn">warning: ${h(c.warning)}</div>`;
  if (c.observations?.length) out += `<ul class="obs">${c.observations.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`;
  return out;
}

function evidence(c: CheckResult, o: Outcome): string {
  const broken = isBroken(o) || o === 'known';
  const parts: string[] = [];
  if (broken && c.reason) parts.push(`<h3>Reason</h3><pre class="reason">${h(c.reason)}</pre>`);
  if (c.evidence) parts.push(`<h3>Evidence</h3><p>${h(describeEvidence(c.evidence))}</p>`);
  if (c.operations.length) parts.push(`<h3>Operations</h3><p>${c.operations.map((x) => `<code>${h(x)}</code>`).join(', ')}</p>`);
  if (c.transcript.length) parts.push(`<h3>Transcript</h3><pre class="transcript">${h(formatTranscript(c.transcript))}</pre>`);
  if (c.curl) parts.push(`<h3>Reproduce</h3><pre class="curl">${h(c.curl)}</pre>`);
  if (!c.transcript.length && !c.curl && !(broken && c.reason)) return '';
  const summary = broken ? 'Reason, transcript and reproduction' : 'Transcript';
  return `<details><summary>${summary}</summary>${parts.join('')}</details>`;
}

function rows(c: CheckResult): string {
  const o = outcomeOf(c);
  const data = `data-status="${o}" data-suite="${h(c.suite)}" data-check="${h(c.id)}"`;
  const main =
    `<tr class="check ${o}" id="${anchor(c.id)}" ${data}>` +
    `<td><span class="badge ${o}" title="${h(TITLE[o])}">${LABEL[o]}</span></td>` +
    `<td>${h(c.level)}</td><td class="id"><code>${h(c.id)}</code></td>` +
    `<td>${h(c.requirement)}${notes(c, o)}</td><td>${h(c.suite)}</td>` +
    `<td class="num">${h(humanDuration(c.durationMs))}</td></tr>`;
  const detail = evidence(c, o);
  if (!detail) return main;
  const broken = isBroken(o) || o === 'known' ? ' broken' : '';
  return `${main}\n<tr class="detail${broken}" ${data}><td></td><td colspan="5">${detail}</td></tr>`;
}

/** The start of a self-contained page up to </head>: its CSP, no referrer, no favicon fetch, the one stylesheet. */
export function pageHead(title: string, csp: string, css: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>`;
}

export function renderHtml(run: RunResult): string {
  const checks = allChecks(run);
  const conformant = run.verdict === 'conformant';
  const verdict = conformant ? 'CONFORMANT' : 'NOT CONFORMANT';
  const origin = safeOrigin(run.target.origin);
  return `${pageHead(`${verdict} — ${origin} — ${run.tool.name}`, CSP, CSS)}
<body>
<header id="verdict" class="verdict ${conformant ? 'conformant' : 'not-conformant'}">
<h1>${verdict}</h1>
<p>${h(totalsLine(run))}</p>
</header>
<main>
${rootCauses(run)}
${failures(checks)}
${knownFailures(checks)}
${facts(run)}
${options(run)}
${coverage(run)}
<section id="checks">
<h2>Checks</h2>
${filters(run, checks)}
<table>
<thead><tr><th>Status</th><th>Level</th><th>ID</th><th>Requirement</th><th>Suite</th><th>Duration</th></tr></thead>
<tbody>
${checks.map(rows).join('\n')}
</tbody>
</table>
</section>
<footer>${h(`${run.tool.name} ${run.tool.version} · spec ${run.spec.version} · run ${run.runId}`)}</footer>
</main>
<script>${JS}</script>
</body>
</html>
`;
}
