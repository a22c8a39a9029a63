// --known-failures FILE: failures a team has accepted for now. The file (YAML or JSON; JSON is YAML) is a list of
// {id, reason, versions?}; `id` is a check ID or a glob of the catalogue. A listed failure is reported as known and
// does not fail the run; a listed check that passes is reported as fixed (and fails the run under --strict).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CheckResult, KnownFailureMark, RunResult } from '../../../reporters/model.ts';
import { UsageError } from '../../../core/errors.ts';
import { expandPattern, matchesGlob } from '../select.ts';

export interface KnownFailure {
  /** A check ID or a glob such as NET-DUP-*. */
  id: string;
  reason: string;
  /** Target versions (Container Station, firmware or Docker; globs allowed) it applies to; absent: every version. */
  versions?: string[];
}

export interface KnownFailures {
  file: string;
  entries: KnownFailure[];
}

/** The file's entries; `flag` names the option in the one-line errors (--known-failures, --update-known-failures). */
export function loadKnownFailures(file: string, flag = '--known-failures'): KnownFailures {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${flag} ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // Loaded here, not at module level: a run without the flag does not spend ~45 ms importing `yaml`. Synchronously
  // (require), since the plan is settled before anything starts.
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new UsageError(`${flag} ${file} is neither YAML nor JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const where = (i: number) => `${flag} ${file}: entry ${i + 1}`;
  if (!Array.isArray(doc)) throw new UsageError(`${flag} ${file} must hold a list of {id, reason, versions?}`);
  const entries = doc.map((raw: unknown, i): KnownFailure => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${where(i)} must be an object {id, reason, versions?}`);
    const { id, reason, versions, ...rest } = raw as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw new UsageError(`${where(i)}: unknown field "${extra[0]}" (expected id, reason, versions)`);
    if (typeof id !== 'string' || !id.trim()) throw new UsageError(`${where(i)}: "id" must be a check ID or a glob such as NET-DUP-*`);
    if (typeof reason !== 'string' || !reason.trim()) throw new UsageError(`${where(i)} (${id}): "reason" must say why the failure is accepted`);
    const list = typeof versions === 'string' || typeof versions === 'number' ? [versions] : versions;
    if (list !== undefined && (!Array.isArray(list) || !list.every((v) => typeof v === 'string' || typeof v === 'number'))) {
      throw new UsageError(`${where(i)} (${id}): "versions" must be a list of target versions`);
    }
    expandPattern(id.trim(), `${where(i)}: id`);
    return { id: id.trim(), reason: reason.trim(), ...(list ? { versions: list.map(String) } : {}) };
  });
  return { file, entries };
}

/** The entry that covers this check on a target with these versions, if any (the first one listed wins). */
export function knownFailureFor(known: KnownFailures, checkId: string, system: RunResult['system']): KnownFailure | undefined {
  const versions = [system.containerStation, system.firmware, system.docker].filter((v): v is string => Boolean(v));
  return known.entries.find(
    (e) => matchesGlob(checkId, e.id) && (!e.versions || e.versions.some((want) => versions.some((v) => matchesGlob(v, want)))),
  );
}

/**
 * Marks a check by the list: a failure it covers, or a check blocked by a root cause (a departure at a step the check
 * needs, accepted like a failure), becomes a known failure; a check it covers that passed is fixed, and under --strict
 * fails with a reason saying so. Other errors and skips are left alone (a check that could not complete is not the
 * departure that was accepted, and a skip proves nothing).
 */
export function applyKnownFailures(check: CheckResult, known: KnownFailures | undefined, system: RunResult['system'], strict: boolean): CheckResult {
  const entry = known && knownFailureFor(known, check.id, system);
  if (!entry) return check;
  const mark: KnownFailureMark = { entry: entry.id, reason: entry.reason };
  if (check.status === 'fail' || (check.status === 'error' && check.blockedBy)) return { ...check, knownFailure: mark };
  if (check.status !== 'pass') return check;
  const fixed: CheckResult = { ...check, knownFailure: { ...mark, fixed: true } };
  if (!strict) return fixed;
  return {
    ...fixed,
    status: 'fail',
    reason: `--strict: ${check.id} is listed in the known failures (${known!.file}, as ${entry.id}: ${entry.reason}) but passes now: remove it from the file`,
  };
}
