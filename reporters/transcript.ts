// The plain-text form of a check's evidence (reason, HTTP transcript, curl), shared by the JUnit body and the HTML
// report so QA sees the same thing in Jenkins and in the browser. Lines follow curl -v: "> " sent, "< " received.

import { describeEvidence } from './findings/evidence.ts';
import type { CheckResult, Exchange } from './model.ts';

/** Bodies beyond this are cut in the human reports; results.json keeps them whole. */
export const MAX_BODY_CHARS = 16_000;

function prettyBody(body: string): string {
  const t = body.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(JSON.parse(t), null, 2);
    } catch {
      // Not JSON after all: show it as it came.
    }
  }
  return body;
}

function bodyLines(body: string | undefined): string[] {
  if (body === undefined || body === '') return [];
  let text = prettyBody(body);
  if (text.length > MAX_BODY_CHARS) {
    text = `${text.slice(0, MAX_BODY_CHARS)}\n… (${text.length - MAX_BODY_CHARS} more characters in results.json)`;
  }
  return ['', ...text.split(/\r\n|\r|\n/)];
}

function headerLines(prefix: string, headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([k, v]) => `${prefix} ${k}: ${v}`);
}

export function formatExchange(x: Exchange, n: number): string {
  const title = `#${n}${x.operationId ? ` ${x.operationId}` : ''} (${Math.round(x.durationMs)} ms)`;
  const lines = [
    title,
    `> ${x.request.method} ${x.request.url}`,
    ...headerLines('>', x.request.headers),
    ...bodyLines(x.request.body),
  ];
  if (x.response) {
    lines.push('', `< ${x.response.status}`, ...headerLines('<', x.response.headers), ...bodyLines(x.response.body));
  }
  if (x.error) lines.push('', `! ${x.error}`);
  return lines.join('\n');
}

export function formatTranscript(transcript: Exchange[]): string {
  return transcript.map((x, i) => formatExchange(x, i + 1)).join('\n\n');
}

/** Everything a failing or erroring check carries, in reading order: what was required, why not, how to reproduce. */
export function evidenceText(check: CheckResult): string {
  const parts = [`${check.id} (${check.level}): ${check.requirement}`];
  if (check.evidence) parts[0] += `\nEvidence: ${describeEvidence(check.evidence)}`;
  if (check.operations.length) parts[0] += `\nOperations: ${check.operations.join(', ')}`;
  if (check.reason) parts.push(check.reason);
  if (check.transcript.length) parts.push(`Transcript:\n${formatTranscript(check.transcript)}`);
  if (check.curl) parts.push(`Reproduce:\n${check.curl}`);
  return parts.join('\n\n');
}

/** Warnings and observations, one entry per line; continuation lines are indented so a reader can split them. */
export function notesText(check: CheckResult): string {
  const entries: string[] = [];
  if (check.warning) entries.push(`warning: ${check.warning}`);
  for (const o of check.observations ?? []) entries.push(`observation: ${o}`);
  if (check.knownFailure?.fixed) entries.push(`fixed: listed in the known failures as ${check.knownFailure.entry} (${check.knownFailure.reason}), and passes now: remove it from the file`);
  return entries.map((e) => e.split(/\r\n|\r|\n/).join('\n  ')).join('\n');
}
