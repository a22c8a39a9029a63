// results.json: the RunResult itself, tagged with its format and written with a fixed key order so two runs'
// files diff line by line. readResults loads it, or a junit.xml of ours, into the comparable form.

import { readFileSync } from 'node:fs';
import { type ComparableRun, toComparable } from './read/comparable.ts';
import { safeOrigin } from './facts.ts';
import { parseJunit } from './read/junit-read.ts';
import type { CheckResult, Exchange, Finding, RootCause, RunResult, SuiteResult } from './model.ts';

export const RESULTS_FORMAT = 'cs-conformance-results/1';

type Obj = Record<string, unknown>;

/** Keys in the given order, then any key the model gains later, sorted; undefined values dropped. */
function ordered(obj: object, keys: readonly string[]): Obj {
  const src = obj as Obj;
  const out: Obj = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src).sort()) if (!(k in out) && src[k] !== undefined) out[k] = src[k];
  return out;
}

/** Free-form maps (options, headers): sorted, since the order they were built in carries no meaning. */
function sorted(obj: object): Obj {
  return ordered(obj, []);
}

function exchange(x: Exchange): Obj {
  return ordered(
    {
      ...x,
      request: ordered({ ...x.request, headers: sorted(x.request.headers) }, ['method', 'url', 'headers', 'body']),
      response: x.response && ordered({ ...x.response, headers: sorted(x.response.headers) }, ['status', 'headers', 'body']),
    },
    ['operationId', 'startedAt', 'request', 'response', 'error', 'durationMs'],
  );
}

function check(c: CheckResult): Obj {
  return ordered({ ...c, findings: c.findings?.map(finding), transcript: c.transcript.map(exchange) }, [
    'id', 'suite', 'file', 'level', 'requirement', 'evidence', 'operations', 'status', 'blockedBy', 'knownFailure', 'reason', 'warning',
    'findings', 'observations', 'durationMs', 'transcript', 'curl',
  ]);
}

const SIGNATURE_KEYS = ['check', 'operationId', 'rule', 'pointer', 'status'] as const;

function finding(f: Finding): Obj {
  return ordered({ ...f, signature: ordered(f.signature, SIGNATURE_KEYS) }, ['rootCause', 'level', 'signature', 'message', 'requirement', 'evidence', 'exchange', 'curl', 'count']);
}

function rootCause(r: RootCause): Obj {
  return ordered({ ...r, signature: ordered(r.signature, SIGNATURE_KEYS), exchange: r.exchange && exchange(r.exchange) }, [
    'id', 'level', 'known', 'signature', 'message', 'requirement', 'evidence', 'checks', 'blocked', 'warned', 'exchange', 'curl',
  ]);
}

function suite(s: SuiteResult): Obj {
  return ordered({ ...s, checks: s.checks.map(check) }, ['name', 'checks']);
}

export function renderResultsJson(run: RunResult): string {
  const doc = ordered(
    {
      ...run,
      format: RESULTS_FORMAT,
      tool: ordered(run.tool, ['name', 'version']),
      spec: ordered(run.spec, ['title', 'version']),
      target: ordered({ ...run.target, origin: safeOrigin(run.target.origin) }, ['kind', 'origin', 'basePath']),
      ...(run.session ? { session: ordered(run.session, ['basePath', 'login', 'renewals', 'failedLogins']) } : {}),
      system: ordered(run.system, ['containerStation', 'firmware', 'docker', 'unknownReason']),
      options: sorted(run.options),
      suites: run.suites.map(suite),
      totals: ordered(run.totals, ['pass', 'fail', 'blocked', 'error', 'skip', 'warn', 'known']),
      rootCauses: run.rootCauses?.map(rootCause),
      operations: run.operations.map((o) => ordered(o, ['operationId', 'method', 'path', 'exercised', 'passed'])),
    },
    [
      'format', 'tool', 'runId', 'startedAt', 'finishedAt', 'durationMs', 'spec', 'target', 'session', 'system', 'options',
      'verdict', 'totals', 'rootCauses', 'suites', 'operations',
    ],
  );
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The RunResult in a results.json text; throws with a one-line message when it is not one. */
export function parseResultsJson(text: string): RunResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a cs-conformance results file');
  const { format, ...run } = doc as Obj;
  if (format !== RESULTS_FORMAT) {
    throw new Error(format === undefined ? 'not a cs-conformance results file (no "format")' : `unsupported format ${JSON.stringify(format)}`);
  }
  if (!Array.isArray(run.suites) || !run.suites.every((s) => s && Array.isArray((s as Obj).checks))) {
    throw new Error('malformed results file (suites/checks missing)');
  }
  return run as unknown as RunResult;
}

/** Loads a results.json or a junit.xml (told apart by content, not by name) for comparison. */
export function readResults(path: string): ComparableRun {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'error'})`);
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return toComparable(parseResultsJson(text), 'results.json');
  if (start.startsWith('<')) return parseJunit(text);
  throw new Error(start ? 'neither a results.json nor a junit.xml' : 'empty file');
}
