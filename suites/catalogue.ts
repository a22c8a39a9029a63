// Every suite, in the order a run takes them (prune last and alone), and the catalogue renderings.
import { UsageError } from '../runner/errors.ts';
import { moduleFile } from '../runner/package.ts';
import badInput from './bad-input.checks.ts';
import connect from './connect.checks.ts';
import create from './create.checks.ts';
import duplicate from './duplicate.checks.ts';
import list from './list.checks.ts';
import negative from './negative.checks.ts';
import prune from './prune.checks.ts';
import remove from './remove.checks.ts';
import session from './session.checks.ts';
import system from './system.checks.ts';
import type { SuiteDef } from './lib/types.ts';

export const SUITES: readonly SuiteDef[] = [system, list, create, duplicate, connect, remove, session, badInput, negative, prune];

/** Throws a usage error naming the known suites when `names` holds one that is not. */
export function checkSuiteNames(names: readonly string[]): void {
  const known = SUITES.map((s) => s.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new UsageError(`unknown suite ${unknown.map((u) => `"${u}"`).join(', ')}; known suites: ${known.join(', ')}`);
}

export function suiteFile(name: string): string {
  return moduleFile(`suites/${name}.suite`);
}

const NEED_TEXT = { state: 'a stateful target', container: '--container', destructive: '--allow-destructive (URL targets)', login: '--username' } as const;

export function renderCatalogue(format: 'text' | 'markdown'): string {
  const lines: string[] = [];
  if (format === 'markdown') {
    lines.push('# Requirements catalogue', '', 'Generated from `suites/*.checks.ts` by `npm run catalogue`; a test fails when it is stale.', '');
    lines.push('Levels: **MUST** — a failure fails the run. **SHOULD** — a warning, a failure under `--strict`. **INFO** — recorded, never fails.', '');
  }
  for (const s of SUITES) {
    if (format === 'markdown') {
      lines.push(`## ${s.name} — ${s.title}`, '', '| ID | Level | Requirement | Operations | Needs |', '|---|---|---|---|---|');
      for (const c of s.checks) {
        lines.push(`| ${c.id} | ${c.level} | ${c.requirement.replaceAll('|', '\\|')} | ${c.operations.join(', ')} | ${(c.needs ?? []).map((n) => NEED_TEXT[n]).join(', ') || '—'} |`);
      }
      lines.push('');
    } else {
      lines.push(`${s.name} — ${s.title}`);
      for (const c of s.checks) lines.push(`  ${c.id.padEnd(15)} ${c.level.padEnd(6)} ${c.requirement}`);
    }
  }
  return lines.join('\n').trimEnd() + '\n';
}
