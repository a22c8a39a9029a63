// What the negative properties saw accepted and refused, for the suite's report: a fixture of the run that every
// negative check adds to and the report check (which runs alone, after them) reads. Reported in an order that does not depend
// on which check finished first.
import { snippet, type ApiResult } from '../../wire/api.ts';
import { Fixture } from '../harness/fixtures.ts';
import { visibleJson } from './generate.ts';

export interface Seen {
  accepted: boolean;
  label: string;
  answer: string;
}

export class Findings {
  readonly names: (Seen & { name: string })[] = [];
  readonly types: Seen[] = [];
  readonly contentTypes: Seen[] = [];
  readonly refusals = new Map<string, number>();
  /** One line per property: what it sent of its share. */
  readonly runs = new Map<string, string>();

  /** Counts a refusal by status and shape. */
  tally(r: ApiResult): void {
    if (r.ok) return;
    const key = `HTTP ${r.status} ${r.envelope ? 'with the envelope' : 'plain JSON'}`;
    this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
  }

  /** An unusual name sent under `prefix`, labelled by what makes it unusual. */
  recordName(name: string, prefix: string, r: ApiResult): void {
    const suffix = name.slice(prefix.length);
    const features = [
      /\//.test(suffix) && "'/'",
      /\\/.test(suffix) && "'\\'",
      /%/.test(suffix) && "'%'",
      /\.\./.test(suffix) && "'..'",
      /[\u0000-\u001f\u007f]/.test(suffix) && 'control characters',
      /[^\u0000-\u007f]/.test(suffix) && 'non-ASCII',
      /[ \t]/.test(suffix) && 'spaces',
      name.length >= 300 && '300+ characters',
    ].filter((f): f is string => Boolean(f));
    this.names.push({ name, accepted: r.ok, label: features.join(', ') || 'other printable ASCII', answer: answerOf(r) });
  }

  /** The report check's observations. */
  report(): string[] {
    const accepted = this.names.filter((n) => n.accepted);
    const longest = accepted.reduce((m, n) => Math.max(m, n.name.length), 0);
    return [
      summary(this.names, 'unusual names') + (longest ? `; longest accepted: ${longest} characters` : ''),
      ...accepted.slice(0, 3).map((n) => `accepted name (${n.label}): ${shorten(visibleJson(n.name), 120)}`),
      summary(this.types, 'wrong JSON types'),
      summary(this.contentTypes, 'wrong Content-Types'),
      `refusals: ${[...this.refusals].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`,
    ];
  }

  /** The properties' lines, in catalogue order. */
  runLines(): string[] {
    return [...this.runs].sort(([a], [b]) => a.localeCompare(b)).map(([, line]) => line);
  }
}

export const findings = new Fixture('what the negative properties saw', () => new Findings());

export function answerOf(r: ApiResult): string {
  if (r.ok) return `HTTP ${r.status}`;
  if (r.envelope) return `HTTP ${r.status} envelope ${snippet(r.envelope.message, 90)}`;
  return `HTTP ${r.status} ${snippet(JSON.stringify(r.body), 90)}`;
}

const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

function summary(items: Seen[], what: string): string {
  if (!items.length) return `${what}: none generated`;
  const group = (accepted: boolean) => {
    const by = new Map<string, string[]>();
    for (const i of items.filter((x) => x.accepted === accepted)) by.set(i.label, [...(by.get(i.label) ?? []), i.answer]);
    return [...by].map(([label, answers]) => (accepted ? `${label} ×${answers.length}` : `${label} ×${answers.length} (${answers[0]})`)).join('; ');
  };
  const accepted = items.filter((i) => i.accepted).length;
  return `${what}: ${accepted} of ${items.length} accepted${accepted ? ` — ${group(true)}` : ''}${accepted < items.length ? `; refused — ${group(false)}` : ''}`;
}
