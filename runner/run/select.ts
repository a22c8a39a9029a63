// Which checks a run takes: --suite, then --check (only these) and --skip-check (not these), by ID or glob, always
// checked against the catalogue so that a typo is a usage error rather than a run that silently tests nothing.
import { SUITES, checkSuiteNames, type SuiteDeclaration } from '../../suites/index.ts';
import { UsageError } from '../../core/errors.ts';

/** `*` any run of characters, `?` one character; case-insensitive, since IDs are upper case and people type lower. */
export function globRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
  return new RegExp(`^${body}$`, 'i');
}

export function matchesGlob(value: string, glob: string): boolean {
  return globRegExp(glob).test(value);
}

export const CATALOGUE_IDS: readonly string[] = SUITES.flatMap((s) => s.checks.map((c) => c.id));

/** The catalogue IDs a pattern names; a usage error (naming `what`) when it names none. */
export function expandPattern(pattern: string, what: string): string[] {
  const ids = CATALOGUE_IDS.filter((id) => matchesGlob(id, pattern));
  if (!ids.length) throw new UsageError(`${what} "${pattern}" names no check of the catalogue (cs-conformance list shows them)`);
  return ids;
}

export interface Selection {
  suites: SuiteDeclaration[];
  /** The IDs that run, in catalogue order. */
  ids: string[];
}

export function selectChecks(opts: { suites: string[]; checks: string[]; skipChecks: string[] }): Selection {
  checkSuiteNames(opts.suites);
  const wanted = new Set(opts.checks.flatMap((p) => expandPattern(p, '--check')));
  const unwanted = new Set(opts.skipChecks.flatMap((p) => expandPattern(p, '--skip-check')));
  const inSuites = opts.suites.length ? SUITES.filter((s) => opts.suites.includes(s.name)) : SUITES;
  const ids = inSuites.flatMap((s) => s.checks.map((c) => c.id)).filter((id) => (!wanted.size || wanted.has(id)) && !unwanted.has(id));
  if (!ids.length) {
    throw new UsageError(`the selection leaves no check to run (--suite ${opts.suites.join(',') || 'all'}, --check ${opts.checks.join(',') || 'all'}, --skip-check ${opts.skipChecks.join(',') || 'none'})`);
  }
  const suites = inSuites.filter((s) => s.checks.some((c) => ids.includes(c.id)));
  return { suites, ids };
}
