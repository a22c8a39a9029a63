// The requirements catalogue: readable without code, fresh, consistent, and backed by a check for every entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../runner/spec.ts';
import { SUITES, renderCatalogue, suiteFile } from '../../suites/catalogue.ts';
import { runCli } from '../conformance/run-cli.ts';

const checks = SUITES.flatMap((s) => s.checks.map((c) => ({ ...c, suite: s.name })));

describe('the requirements catalogue', () => {
  it('suites/requirements.md is fresh (npm run catalogue)', () => {
    const committed = readFileSync(new URL('../../suites/requirements.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderCatalogue('markdown'));
  });

  it('has unique IDs, one sentence each with the keyword of its level', () => {
    const ids = checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of checks) {
      const keyword = c.level === 'INFO' ? 'MAY-INFO' : c.level;
      expect(c.requirement, c.id).toContain(keyword);
      expect(c.requirement.trim().endsWith('.'), c.id).toBe(true);
    }
  });

  it('backs every entry with a check in its suite file, and names only spec operations', () => {
    const operations = new Set(loadSpec().operations.keys());
    for (const s of SUITES) {
      const source = readFileSync(suiteFile(s.name), 'utf8');
      for (const c of s.checks) {
        expect(source, `${c.id} in ${s.name}.suite.ts`).toContain(`check('${c.id}'`);
        for (const op of c.operations) expect(operations.has(op), `${c.id}: ${op}`).toBe(true);
      }
    }
  });

  it('exercises every operation of the spec against the mock, with no failure', { timeout: 120_000 }, async () => {
    const r = await runCli([]);
    expect(r.failed, r.stdout + r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const missing = r.results!.operations.filter((o) => !o.exercised).map((o) => o.operationId);
    expect(missing).toEqual([]);
    for (const c of r.results!.suites.flatMap((s) => s.checks)) if (c.status === 'skip') expect(c.reason, c.id).toBeTruthy();
  });
});
