// --update-known-failures FILE: a baseline in one command (as Schemathesis' --baseline). After the run, the file lists
// every check that failed or was blocked, its root cause as the reason, for the target's firmware (GET /system; the
// Container Station version when the firmware is unknown). What is already in the file stays: an entry that covers a
// failing check keeps its hand-written reason (a version is added when the entry is for other firmware), and YAML
// comments are kept (the `yaml` package's Document API); an entry whose checks all passed on this target is dropped,
// or loses this firmware from its versions, and the console says so. The next run with --known-failures FILE passes
// on the same firmware and fails on anything new.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { outcomeOf } from '../../../reporters/facts.ts';
import type { CheckResult, RootCause, RunResult } from '../../../reporters/model.ts';
import { firstLine, truncate } from '../../../reporters/text.ts';
import { type KnownFailure, knownFailureFor, loadKnownFailures } from './known-failures.ts';
import type { Redactor } from '../../../core/redaction/redact.ts';
import { matchesGlob } from '../select.ts';
import { signatureText } from '../../../reporters/findings/signature.ts';

const FLAG = '--update-known-failures';
const MAX_REASON = 300;

/** What changed in the file, entry by entry. */
interface Changes {
  added: string[];
  versionAdded: string[];
  dropped: string[];
  narrowed: string[];
  kept: number;
}

/** The version the entries name: the firmware, else the Container Station version, else none. */
export function baselineVersion(system: RunResult['system']): string | undefined {
  return system.firmware || system.containerStation || undefined;
}

/** Names and ids of this run are elided, so that the reason reads the same in the next run. */
function elide(text: string): string {
  return text
    .replace(/\bcs-conformance-[0-9a-f]{8}-[\w.-]+/g, 'cs-conformance-…')
    .replace(/\b[0-9a-f]{12,64}\b/g, '…');
}

/** The reason a new entry gives: the root cause, its signature and its departure, one line. */
function reasonFor(check: CheckResult, causes: Map<string, RootCause>): string {
  const id = check.blockedBy ?? check.findings?.find((f) => f.level === 'MUST')?.rootCause;
  const cause = id ? causes.get(id) : undefined;
  const what = cause ? `${cause.id} ${signatureText(cause.signature)}: ${firstLine(cause.message)}` : firstLine(check.reason);
  return truncate(elide(`${check.blockedBy ? 'blocked by ' : ''}${what}`), MAX_REASON);
}

const failing = (c: CheckResult): boolean => ['fail', 'blocked', 'known'].includes(outcomeOf(c));

/**
 * What this run changes in `entries` (the file's, in order): the entries to drop and those whose versions change, by
 * index, and the entries to append; the same plan is applied to a YAML document (comments kept) or a JSON list.
 */
function plan(entries: KnownFailure[], run: RunResult, version: string | undefined) {
  const checks = run.suites.flatMap((s) => s.checks);
  const causes = new Map((run.rootCauses ?? []).map((r) => [r.id, r]));
  const changes: Changes = { added: [], versionAdded: [], dropped: [], narrowed: [], kept: 0 };
  const versions = new Map<number, string[] | undefined>();
  const drop = new Set<number>();
  const append: KnownFailure[] = [];
  const known = { file: '', entries };
  for (const c of checks.filter(failing)) {
    if (knownFailureFor(known, c.id, run.system)) continue;
    // An entry for this very check, written for other firmware: this firmware too.
    const i = entries.findIndex((e) => e.id === c.id && e.versions);
    if (i >= 0 && version) {
      versions.set(i, [...(versions.get(i) ?? entries[i].versions!), version]);
      changes.versionAdded.push(c.id);
      continue;
    }
    append.push({ id: c.id, reason: reasonFor(c, causes), ...(version ? { versions: [version] } : {}) });
    changes.added.push(c.id);
  }
  const own = [run.system.containerStation, run.system.firmware, run.system.docker].filter((v): v is string => Boolean(v));
  entries.forEach((e, i) => {
    const ran = checks.filter((c) => matchesGlob(c.id, e.id) && c.status !== 'skip');
    const applies = !e.versions || e.versions.some((want) => own.some((v) => matchesGlob(v, want)));
    if (!applies || !ran.length || !ran.every((c) => c.status === 'pass')) {
      changes.kept++;
      return;
    }
    // Every check it covers passed on this target: it is fixed here (and stays for other firmware it names).
    const rest = e.versions?.filter((want) => !own.some((v) => matchesGlob(v, want)));
    if (rest?.length) {
      versions.set(i, rest);
      changes.narrowed.push(e.id);
    } else {
      drop.add(i);
      changes.dropped.push(e.id);
    }
  });
  return { versions, drop, append, changes };
}

/** Writes or updates `file` from the run; the console lines saying what changed. */
export async function updateKnownFailuresFile(file: string, run: RunResult, redactor: Redactor): Promise<string[]> {
  const exists = existsSync(file);
  const entries = exists ? loadKnownFailures(file, FLAG).entries : [];
  const version = baselineVersion(run.system);
  const { versions, drop, append, changes } = plan(entries, run, version);
  const text = /\.json$/i.test(file) ? jsonText(entries, versions, drop, append) : yamlText(exists ? readFileSync(file, 'utf8') : undefined, versions, drop, append, run, version);
  // Reasons quote the target's answers: the file passes the run's redactor like every report.
  const { writeReplacing } = await import('../../../reporters/index.ts');
  await writeReplacing(file, redactor.text(text));
  const lines = [
    `known failures: ${exists ? 'updated' : 'wrote'} ${file} for ${version ? `version ${version}` : 'any version (GET /system named none)'}: ${changes.added.length} added, ${changes.kept} kept, ${changes.dropped.length} dropped`,
  ];
  if (changes.versionAdded.length) lines.push(`  version ${version} added to the entries of ${changes.versionAdded.join(', ')}`);
  if (changes.dropped.length) lines.push(`  dropped (the checks they cover pass now): ${changes.dropped.join(', ')}`);
  if (changes.narrowed.length) lines.push(`  no longer listed for ${version} (the checks they cover pass now): ${changes.narrowed.join(', ')}`);
  return lines;
}

function jsonText(entries: KnownFailure[], versions: Map<number, string[] | undefined>, drop: Set<number>, append: KnownFailure[]): string {
  const kept = entries.flatMap((e, i) => (drop.has(i) ? [] : [versions.has(i) ? { ...e, versions: versions.get(i) } : e]));
  return `${JSON.stringify([...kept, ...append], null, 2)}\n`;
}

function yamlText(text: string | undefined, versions: Map<number, string[] | undefined>, drop: Set<number>, append: KnownFailure[], run: RunResult, version: string | undefined): string {
  // Loaded here, not at module level, as known-failures.ts does.
  const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const doc: Document = text === undefined ? new yaml.Document([]) : yaml.parseDocument(text);
  if (text === undefined) {
    doc.commentBefore = ` Known failures of cs-conformance (--known-failures), written by ${FLAG} after run ${run.runId}` +
      ` against ${version ?? 'a target of unknown version'}.\n Reasons may be edited: a later update keeps them.`;
  }
  const seq = doc.contents as YAMLSeq;
  // The file was an empty flow list (`[]`): entries read better one per block.
  seq.flow = false;
  // Versions quoted: 5.10 unquoted would read back as the number 5.1.
  const flowList = (list: string[]) => {
    const node = doc.createNode(list) as YAMLSeq<Scalar>;
    for (const item of node.items) item.type = 'QUOTE_DOUBLE';
    return Object.assign(node, { flow: true });
  };
  for (const [i, list] of versions) (seq.items[i] as YAMLMap).set('versions', flowList(list ?? []));
  for (const i of [...drop].sort((a, b) => b - a)) seq.items.splice(i, 1);
  for (const e of append) {
    const node = doc.createNode({ id: e.id, reason: e.reason }) as YAMLMap;
    if (e.versions) node.set('versions', flowList(e.versions));
    seq.add(node);
  }
  return doc.toString({ lineWidth: 0 });
}
