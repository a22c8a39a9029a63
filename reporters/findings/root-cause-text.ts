// The root causes as the console shows them at the end of a run, before the totals line: each departure once, with
// the requirement and its evidence, one exchange and its curl line, the checks it failed and the checks it blocked.
import { describeEvidence } from './evidence.ts';
import { signatureText } from './signature.ts';
import type { RootCause } from '../model.ts';
import { firstLine, truncate } from '../text.ts';

const MAX_LINE = 300;

function one(text: string): string {
  return truncate(firstLine(text), MAX_LINE);
}

/** "3 root causes (2 MUST, 1 SHOULD):" and each root cause in a few indented lines; nothing when there is none. */
export function rootCauseLines(causes: readonly RootCause[]): string[] {
  if (!causes.length) return [];
  const must = causes.filter((r) => r.level === 'MUST').length;
  const lines = [`${causes.length} root cause${causes.length === 1 ? '' : 's'} (${must} MUST, ${causes.length - must} SHOULD):`];
  causes.forEach((r, i) => {
    lines.push(`  ${i + 1}. ${r.level}${r.known ? ' (known failure)' : ''} ${r.id}  ${signatureText(r.signature)}`);
    lines.push(`     ${one(r.message)}`);
    lines.push(`     requirement: ${one(r.requirement)}${r.evidence ? ` (${describeEvidence(r.evidence)})` : ''}`);
    // A SHOULD root cause's message says what came back; the curl line reproduces it.
    const x = r.level === 'MUST' ? r.exchange : undefined;
    if (x) {
      lines.push(`     sent: ${x.request.method} ${x.request.url}${x.request.body ? ` ${truncate(x.request.body.replace(/\s+/g, ' '), 160)}` : ''}`);
      lines.push(`     received: ${x.response ? `HTTP ${x.response.status} ${truncate((x.response.body ?? '').replace(/\s+/g, ' '), 160)}` : `nothing (${x.error ?? 'no answer'})`}`);
    }
    if (r.curl) lines.push(`     ${r.curl}`);
    if (r.checks.length) lines.push(`     ${r.level === 'MUST' ? 'failed' : 'seen on'} ${r.checks.length}: ${r.checks.join(', ')}`);
    if (r.blocked.length) lines.push(`     blocked ${r.blocked.length}: ${r.blocked.join(', ')}`);
    if (r.warned?.length) lines.push(`     warned ${r.warned.length}: ${r.warned.join(', ')}`);
  });
  return lines;
}
