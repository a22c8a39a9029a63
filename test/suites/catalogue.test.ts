// The requirements catalogue: readable without code, fresh, consistent, and backed by a check for every entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quirkIds } from '../../reporters/findings/evidence.ts';
import { loadSpec } from '../../contract/spec.ts';
import { FAULT_NAMES, FAULT_TABLE } from '../../runner/simulate/faults.ts';
import { SUITES, SUITE_NAMES, catchersOf, readSuite, renderCatalogue } from '../../suites/catalogue/catalogue.ts';
import { parseSuiteSource } from '../../suites/catalogue/declaration.ts';
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

  it('declares every check of every suite file, naming only spec operations, quirks and seeded faults', async () => {
    const known = { operationIds: new Set(loadSpec().operations.keys()), quirkIds: quirkIds(loadSpec().doc), faultNames: new Set<string>(FAULT_NAMES) };
    for (const name of SUITE_NAMES) {
      const declared = readSuite(name, known);
      // The bodies the file defines are exactly the checks it declares (what a run registers).
      const { default: bodies } = await import(`../../suites/${name}.suite.ts`);
      expect([...bodies.checks.keys()], name).toEqual(declared.checks.map((c) => c.id));
    }
  });

  it('refuses a declaration that is missing, unknown, or states no level, naming the file and line', () => {
    const known = { operationIds: new Set(['listNetworks']), faultNames: new Set(['list-empty']) };
    const parse = (source: string) => () => parseSuiteSource('x', 'suites/x.suite', `/*\n * Suite: X\n */\n${source}`, known);
    expect(parse("check('A-1', async () => {});")).toThrow(/suites\/x\.suite:4: check A-1 has no structured comment directly above it/);
    expect(parse("/*\n * Requirement: It works.\n */\ncheck('A-1', async () => {});")).toThrow(/A-1.*states no level/);
    expect(parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Operations: listNetwork\n */\ncheck('A-1', async () => {});")).toThrow(/listNetwork is not an operationId of the spec/);
    expect(parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Needs: quiet\n */\ncheck('A-1', async () => {});")).toThrow(/unknown need quiet/);
    expect(parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Faults: list-emptied\n */\ncheck('A-1', async () => {});")).toThrow(/A-1: list-emptied is not a seeded fault of the simulator/);
    expect(parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Budget: 0\n */\ncheck('A-1', async () => {});")).toThrow(/Budget must be a whole weight of at least 1/);
    expect(parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Budget: 2 on the mock\n */\ncheck('A-1', async () => {});")).toThrow(/Budget must be a whole weight/);
    const ok = parse("/*\n * Requirement: It MUST\n *   work.\n * Evidence: page: the documented list\n * Faults: list-empty\n * Operations: listNetworks\n * Needs: login, wrong-password\n * Runs alone: it needs the target quiet\n */\ncheck('A-1', async () => {});")();
    expect(ok.checks).toEqual([
      { id: 'A-1', level: 'MUST', requirement: 'It MUST work.', evidence: { kind: 'page', why: 'the documented list' }, faults: ['list-empty'], operations: ['listNetworks'], needs: ['login', 'wrong-password'], alone: 'it needs the target quiet' },
    ]);
    const budgeted = parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Budget: 2, none on the mock (it answers examples)\n */\ncheck('A-1', async () => {});")();
    expect(budgeted.checks[0].budget).toEqual({ weight: 2, onMock: false });
    expect(parse("/*\n * Requirement: It MUST work.\n * Evidence: page: x\n * Budget: 5\n */\ncheck('A-1', async () => {});")().checks[0].budget).toEqual({ weight: 5, onMock: true });
  });

  it('refuses a declaration without Evidence, with malformed Evidence, or a MUST resting on an inference', () => {
    const quirks = new Set(['success-status-inferred']);
    const parse = (fields: string) => () => parseSuiteSource('x', 'suites/x.suite', `/*\n * Suite: X\n */\n/*\n${fields}\n */\ncheck('A-1', async () => {});`, { quirkIds: quirks });
    expect(parse(' * Requirement: It MUST work.')).toThrow(/suites\/x\.suite:7: A-1: no Evidence/);
    expect(parse(' * Requirement: It MUST work.\n * Evidence: the page')).toThrow(/evidence must read "page: <why>", "engine: <why>" or "inferred: <quirk-id>"/);
    expect(parse(' * Requirement: It MUST work.\n * Evidence: inferred: success-status-inferred')).toThrow(/a MUST requirement cannot rest on inferred evidence \(success-status-inferred\)/);
    expect(parse(' * Requirement: It SHOULD work.\n * Evidence: inferred: the status')).toThrow(/must start with the x-cs-quirks id/);
    expect(parse(' * Requirement: It SHOULD work.\n * Evidence: inferred: no-such-quirk from a client')).toThrow(/no-such-quirk is not an x-cs-quirks id of the spec/);
    const ok = parse(' * Requirement: It SHOULD work.\n * Evidence: inferred: success-status-inferred (two clients)')();
    expect(ok.checks[0].evidence).toEqual({ kind: 'inferred', why: 'success-status-inferred (two clients)', quirk: 'success-status-inferred' });
    expect(ok.checks[0].level).toBe('SHOULD');
  });

  it('states the evidence of every check in the catalogue', () => {
    const md = renderCatalogue('markdown');
    for (const c of checks) expect(md, c.id).toContain(`| ${c.id} | ${c.level} | `);
    expect(md).toContain('| ID | Level | Requirement | Evidence | Faults caught | Operations | Needs |');
    expect(checks.filter((c) => c.level === 'MUST' && c.evidence.kind === 'inferred')).toEqual([]);
    expect(renderCatalogue('text')).toMatch(/NET-DUP-001\s+MUST\s+page\s+A create of an existing name/);
  });

  it('has every MUST and SHOULD check name a seeded fault it catches, and every seeded fault named by a check', () => {
    // A check that names no fault has shown no way to fail; a fault no check names is caught by nothing.
    expect(checks.filter((c) => c.level !== 'INFO' && c.faults.length === 0).map((c) => c.id)).toEqual([]);
    expect(FAULT_TABLE.filter((f) => catchersOf(f.name).checks.length === 0).map((f) => f.name)).toEqual([]);
  });

  it('gives every generated property of the negative suite a share of --budget', () => {
    const negative = SUITES.find((s) => s.name === 'negative')!;
    const properties = negative.checks.filter((c) => c.id.startsWith('NEG-') && c.level !== 'INFO');
    expect(properties.length).toBeGreaterThan(0);
    expect(properties.filter((c) => !c.budget).map((c) => c.id)).toEqual([]);
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
