// Every suite, in the order a run takes them, and the catalogue renderings (`cs-conformance list`,
// suites/requirements.md). Each check's declaration is the structured comment above its body (catalogue/declaration.ts),
// read here from the suite files' text: nothing of a check body is loaded to list, select or plan.
import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.ts';
import { moduleFile } from '../../core/package.ts';
import { parseSuiteSource, type CheckDeclaration, type KnownNames, type SuiteDeclaration } from './declaration.ts';

/** The suites in catalogue order: the order of reports, and of a run at --concurrency 1. */
export const SUITE_NAMES = ['system', 'list', 'create', 'duplicate', 'reference', 'connect', 'remove', 'session', 'bad-input', 'negative', 'prune'] as const;

export function suiteFile(name: string): string {
  return moduleFile(`suites/${name}.suite`);
}

/** The declarations of one suite file; the names it may use (the spec's, the simulator's faults) are checked when given. */
export function readSuite(name: string, known: KnownNames = {}): SuiteDeclaration {
  const file = suiteFile(name);
  return parseSuiteSource(name, `suites/${name}.suite`, readFileSync(file, 'utf8'), known);
}

export const SUITES: readonly SuiteDeclaration[] = SUITE_NAMES.map((name) => readSuite(name));

/** The checks whose declarations say they catch `fault` (`Faults:`), and the suites that hold them, in catalogue order. */
export function catchersOf(fault: string): { suites: string[]; checks: CheckDeclaration[] } {
  const suites = SUITES.filter((s) => s.checks.some((c) => c.faults.includes(fault)));
  return { suites: suites.map((s) => s.name), checks: suites.flatMap((s) => s.checks.filter((c) => c.faults.includes(fault))) };
}

/** Throws a usage error naming the known suites when `names` holds one that is not. */
export function checkSuiteNames(names: readonly string[]): void {
  const known: readonly string[] = SUITE_NAMES;
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new UsageError(`unknown suite ${unknown.map((u) => `"${u}"`).join(', ')}; known suites: ${known.join(', ')}`);
}

const NEED_TEXT = { state: 'a stateful target', container: '--container', destructive: '--allow-destructive (URL targets)', login: '--username', 'wrong-password': 'a failed login to spare (--max-failed-logins)' } as const;

export function renderCatalogue(format: 'text' | 'markdown'): string {
  const lines: string[] = [];
  if (format === 'markdown') {
    lines.push('# Requirements catalogue', '', 'Generated from the structured comment above each check in `suites/*.suite.ts` by `npm run catalogue`; a test fails when it is stale.', '');
    lines.push('Levels: **MUST** — a failure fails the run. **SHOULD** — a warning, a failure under `--strict`. **INFO** — recorded, never fails.', '');
    lines.push('Runs alone: the check never runs beside another (it needs the target quiet, or reads what other checks recorded); the others run `--concurrency` at a time.', '');
    lines.push('Faults: the seeded faults of `cs-conformance simulate` (`--list-faults`) the check catches — its proof that it can fail; the project\'s fault tests hold it to that.', '');
    lines.push('Evidence: where the requirement comes from — **page** (the documentation says or shows it), **engine** (the Docker engine under Container Station does it, as measured) or **inferred** (third-party clients, our own reading; named by its `x-cs-quirks` id in the spec). An inferred requirement is never a MUST.', '');
  }
  for (const s of SUITES) {
    if (format === 'markdown') {
      lines.push(`## ${s.name} — ${s.title}`, '', '| ID | Level | Requirement | Evidence | Faults caught | Operations | Needs |', '|---|---|---|---|---|---|---|');
      for (const c of s.checks) {
        const needs = [...c.needs.map((n) => NEED_TEXT[n]), ...(c.alone ? [`runs alone: ${c.alone}`] : [])];
        const cell = (text: string) => text.replaceAll('|', '\\|');
        lines.push(`| ${c.id} | ${c.level} | ${cell(c.requirement)} | **${c.evidence.kind}**: ${cell(c.evidence.why)} | ${c.faults.join(', ') || '—'} | ${c.operations.join(', ')} | ${needs.join(', ') || '—'} |`);
      }
      lines.push('');
    } else {
      lines.push(`${s.name} — ${s.title}`);
      for (const c of s.checks) lines.push(`  ${c.id.padEnd(15)} ${c.level.padEnd(6)} ${c.evidence.kind.padEnd(8)} ${c.requirement}${c.alone ? ' (runs alone)' : ''}`);
    }
  }
  return lines.join('\n').trimEnd() + '\n';
}
