// What the validating proxy learned from real traffic: proxy.json (machine) and proxy.md (human). Per operation how
// often it was called and how often its answer broke the spec; each violation with the requirement it breaks; the
// spec drift the traffic shows (endpoints, fields and statuses the spec does not document); candidate examples.
// Everything in here was redacted when it was recorded (and the proxy redacts the rendered text once more).

import { cleanText, humanDuration, truncate } from './text.ts';

export const PROXY_FORMAT = 'cs-conformance-proxy/1';

export interface ProxyViolation {
  operationId: string;
  /** The operation as the spec writes it, e.g. `GET /networks/{network_id}`. */
  endpoint: string;
  /** The request as sent (redacted): method and path with the query. */
  request: string;
  status?: number;
  rule: string;
  /** The requirement broken, in one sentence. */
  requirement: string;
  /** Where the spec states it: a JSON pointer into the OpenAPI document, `#/components/schemas/…`. */
  specPointer: string;
  details: { pointer: string; expected: string; actual: string }[];
  message: string;
  transcript: string;
}

export interface ProxyOperation {
  operationId: string;
  method: string;
  path: string;
  exchanges: number;
  violations: number;
  warnings: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
}

export interface ProxyReport {
  format: typeof PROXY_FORMAT;
  tool: { name: string; version: string };
  spec: { title: string; version: string };
  target: { origin: string; basePaths: string[] };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  verdict: 'conformant' | 'not-conformant';
  totals: {
    exchanges: number;
    /** Matched to an operation of the spec. */
    documented: number;
    undocumented: number;
    /** Outside the API's base path (the NAS's web UI and other CGIs): forwarded, not judged. */
    outside: number;
    violations: number;
    warnings: number;
    /** Requests the target did not answer completely (timeout, reset, refused, over the size cap). */
    transportErrors: number;
    operationsExercised: number;
    operations: number;
  };
  operations: ProxyOperation[];
  violations: ProxyViolation[];
  /** Violations beyond the ones kept with a transcript (counted in totals and per operation). */
  violationsNotKept: number;
  warnings: { operationId: string; message: string; count: number }[];
  transportErrors: { request: string; operationId?: string; error: string; count: number }[];
  drift: {
    undocumentedEndpoints: { method: string; path: string; count: number; statuses: number[]; transcript: string }[];
    undocumentedFields: { operationId: string; status: number; field: string; pointer: string; example: string; count: number }[];
    /** Statuses answered that the spec declares only through a range (4XX) or `default`, or not at all; 2xx within a 2XX are not listed. */
    undeclaredStatuses: { operationId: string; status: number; count: number; documentedBy?: string }[];
  };
  /** Up to three distinct answers per operation that met the spec, as candidate examples for the document. */
  examples: { operationId: string; status: number; body: string }[];
  outside: { method: string; path: string; count: number }[];
}

export function renderProxyJson(report: ProxyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Markdown table cell: one line, pipes escaped. */
function cell(s: string | number, max = 200): string {
  return truncate(cleanText(String(s)).replace(/\s+/g, ' '), max).replace(/\|/g, '\\|');
}

function fence(text: string): string[] {
  const clean = cleanText(text);
  const ticks = '`'.repeat(Math.max(3, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [ticks, clean, ticks];
}

function table(head: string[], rows: (string | number)[][]): string[] {
  if (!rows.length) return ['(none)'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => cell(c)).join(' | ')} |`)];
}

export function renderProxyMarkdown(r: ProxyReport): string {
  const t = r.totals;
  const verdict = r.verdict === 'conformant' ? 'CONFORMANT' : 'NOT CONFORMANT';
  const lines: string[] = [
    `# cs-conformance proxy: ${verdict}`,
    '',
    `Target \`${cell(r.target.origin)}\` (API under ${r.target.basePaths.map((b) => `\`${b}\``).join(' or ')}), ${r.startedAt} → ${r.finishedAt} (${humanDuration(r.durationMs)}), spec ${cell(r.spec.title)} ${cell(r.spec.version)}.`,
    '',
    `${t.exchanges} exchanges: ${t.documented} matched an operation, ${t.undocumented} to undocumented endpoints, ${t.outside} outside the API · ${t.violations} violations · ${t.warnings} warnings · ${t.transportErrors} transport errors · ${t.operationsExercised} of ${t.operations} operations exercised.`,
    '',
    '## Operations',
    '',
    ...table(
      ['Operation', 'Endpoint', 'Exchanges', 'Violations', 'Warnings', 'Statuses'],
      r.operations.map((o) => [`\`${o.operationId}\``, `\`${o.method} ${o.path}\``, o.exchanges || '—', o.violations, o.warnings, Object.entries(o.statuses).map(([s, n]) => `${s}×${n}`).join(', ') || '—']),
    ),
    '',
    `## Violations (${t.violations})`,
    '',
  ];
  if (!r.violations.length) lines.push('None: every answer to a documented operation met the spec.', '');
  // One section per distinct departure (operation, requirement, first pointer); the first transcript stands for all.
  const groups = new Map<string, ProxyViolation[]>();
  for (const v of r.violations) {
    // Array indices generalised: /0/Id and /3/Id are the same departure.
    const key = `${v.operationId}\n${v.rule}\n${(v.details[0]?.pointer ?? '').replace(/\/\d+(?=\/|$)/g, '/*')}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  for (const vs of groups.values()) {
    const v = vs[0];
    lines.push(
      `### \`${v.operationId}\` (${v.endpoint}): ${cell(v.requirement)}`,
      '',
      `Seen ${vs.length}× (first: \`${cell(v.request)}\` → HTTP ${v.status ?? '—'}). Spec: \`${v.specPointer}\`.`,
      '',
      ...table(['Pointer', 'Expected', 'Actual'], v.details.map((d) => [`\`${d.pointer || '/'}\``, d.expected, d.actual])),
      '',
      '<details><summary>Transcript</summary>',
      '',
      ...fence(v.transcript),
      '',
      '</details>',
      '',
    );
  }
  if (r.violationsNotKept) lines.push(`(${r.violationsNotKept} more violations counted above, not kept with a transcript.)`, '');
  if (r.warnings.length) lines.push('## Warnings (SHOULD)', '', ...table(['Operation', 'Departure', 'Seen'], r.warnings.map((w) => [`\`${w.operationId}\``, w.message, w.count])), '');
  if (r.transportErrors.length) lines.push('## Transport errors', '', ...table(['Request', 'Operation', 'Error', 'Seen'], r.transportErrors.map((e) => [`\`${e.request}\``, e.operationId ?? '—', e.error, e.count])), '');
  const d = r.drift;
  lines.push(
    '## Spec drift',
    '',
    'What the traffic shows that the spec does not document — candidates for the spec, not failures.',
    '',
    `### Undocumented endpoints (${d.undocumentedEndpoints.length})`,
    '',
    ...table(['Request', 'Seen', 'Statuses'], d.undocumentedEndpoints.map((e) => [`\`${e.method} ${e.path}\``, e.count, e.statuses.join(', ')])),
    '',
    `### Undocumented response fields (${d.undocumentedFields.length})`,
    '',
    ...table(['Operation', 'Status', 'Field', 'Example', 'Seen'], d.undocumentedFields.map((f) => [`\`${f.operationId}\``, f.status, `\`${f.field}\``, `\`${f.example}\``, f.count])),
    '',
    `### Status codes the spec does not declare (${d.undeclaredStatuses.length})`,
    '',
    ...table(['Operation', 'Status', 'Seen', 'Spec'], d.undeclaredStatuses.map((s) => [`\`${s.operationId}\``, s.status, s.count, s.documentedBy ? `only as \`${s.documentedBy}\`` : 'not documented'])),
    '',
    `## Candidate examples (${r.examples.length})`,
    '',
  );
  for (const e of r.examples) lines.push(`#### \`${e.operationId}\` HTTP ${e.status}`, '', ...fence(e.body), '');
  if (r.outside.length) lines.push(`## Traffic outside the API (${t.outside}, forwarded, not judged)`, '', ...table(['Request', 'Seen'], r.outside.map((o) => [`\`${o.method} ${o.path}\``, o.count])), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
