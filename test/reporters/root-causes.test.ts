// One departure reported once: findings grouped into root causes, blocked checks, and every report opening on them
// (console lines, summary.md, report.html, results.json; JUnit keeps one testcase per check, a blocked one as a setup
// error). Results written before root causes existed still render.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../runner/diff/diff.ts';
import { renderHtml } from '../../reporters/html/html.ts';
import { renderJunit } from '../../reporters/junit.ts';
import { parseJunit } from '../../reporters/read/junit-read.ts';
import type { CheckResult, Finding, RunResult } from '../../reporters/model.ts';
import { rootCauseLines } from '../../reporters/findings/root-cause-text.ts';
import { rootCausesOf } from '../../reporters/findings/root-causes.ts';
import { parseResultsJson, renderResultsJson } from '../../reporters/results.ts';
import { renderSummary } from '../../reporters/summary.ts';
import { childElements, parseXml } from '../../reporters/read/xml-parse.ts';
import { rootCauseId } from '../../reporters/findings/signature.ts';
import { runMixed } from '../fixtures/run-mixed.ts';
import { HAS_XMLLINT, findCheck, recount, tempDir, xmllint } from './helpers.ts';

const dir = tempDir();

const schema = { operationId: 'createNetwork', rule: 'body-schema', pointer: '/Warning', status: 200 };
const RC = rootCauseId(schema);
const http201 = { operationId: 'createNetwork', rule: 'status-documented', status: 201 };

function finding(signature: Finding['signature'], level: Finding['level'], exchange?: number): Finding {
  return {
    signature,
    rootCause: rootCauseId(signature),
    level,
    message: signature.rule === 'body-schema' ? "createNetwork (POST /networks): response (HTTP 200) does not match the spec: at /Warning expected must have required property 'Warning', got absent" : 'createNetwork (POST /networks): HTTP 201 where 200 is inferred (success-status-inferred)',
    requirement: signature.rule === 'body-schema' ? 'the body matches the response schema the spec documents for this status' : 'a success is answered with HTTP 200, the status the spec declares',
    evidence: signature.rule === 'body-schema' ? { kind: 'page', why: 'the captured bodies' } : { kind: 'inferred', why: 'success-status-inferred: no status shown', quirk: 'success-status-inferred' },
    ...(exchange === undefined ? {} : { exchange }),
    curl: "curl -sS -i -X POST 'http://nas.example:8080/container-station/api/v1/networks'",
  };
}

/** The fixture plus a create fault seen by two checks that fail on it, one it blocks, and a 201 warned on three. */
function withRootCauses(): RunResult {
  const run = runMixed();
  const base = findCheck(run, 'NET-CREATE-003');
  const failing = (id: string, operations: string[]): CheckResult => ({ ...base, id, operations, findings: [finding(schema, 'MUST', 0), finding(http201, 'SHOULD', 0)] });
  const blocked: CheckResult = {
    ...base,
    id: 'NET-CONN-009',
    operations: ['connectContainer'],
    status: 'error',
    blockedBy: RC,
    reason: `blocked by ${RC} at createNetwork, a step this check needs: createNetwork (POST /networks): response (HTTP 200) does not match the spec`,
    findings: [finding(schema, 'MUST', 0)],
  };
  const warned: CheckResult = { ...findCheck(run, 'NET-LIST-001'), id: 'NET-LIST-009', warning: 'createNetwork (POST /networks): HTTP 201 where 200 is inferred (success-status-inferred)', findings: [finding(http201, 'SHOULD')] };
  run.suites[1].checks.push(failing('NET-CREATE-101', ['createNetwork']), failing('NET-CREATE-102', ['createNetwork']), blocked, warned);
  recount(run);
  run.rootCauses = rootCausesOf(run.suites.flatMap((s) => s.checks));
  return run;
}

describe('root causes', () => {
  it('one signature seen by many checks is one root cause, with the checks it failed, blocked and warned', () => {
    const causes = withRootCauses().rootCauses!;
    const create = causes.find((r) => r.id === RC)!;
    expect(create).toMatchObject({ level: 'MUST', signature: schema, checks: ['NET-CREATE-101', 'NET-CREATE-102'], blocked: ['NET-CONN-009'] });
    expect(create.exchange?.request.method).toBe('POST');
    const status = causes.find((r) => r.id === rootCauseId(http201))!;
    expect(status).toMatchObject({ level: 'SHOULD', checks: ['NET-CREATE-101', 'NET-CREATE-102', 'NET-LIST-009'], blocked: [], evidence: { kind: 'inferred', quirk: 'success-status-inferred' } });
    // MUST first; the fixture's own failure and its warning (no findings: written before root causes) are root causes too.
    expect(causes.map((r) => r.level)).toEqual(['MUST', 'MUST', 'SHOULD', 'SHOULD']);
    expect(causes.filter((r) => r.signature.check).map((r) => r.signature.check)).toEqual(['NET-CREATE-003', 'NET-CREATE-007']);
  });

  it('a root cause whose every check is a known failure is known, and listed after the open ones', () => {
    const run = withRootCauses();
    for (const id of ['NET-CREATE-101', 'NET-CREATE-102', 'NET-CONN-009']) findCheck(run, id).knownFailure = { entry: id, reason: 'accepted' };
    const causes = rootCausesOf(run.suites.flatMap((s) => s.checks));
    expect(causes.find((r) => r.id === RC)?.known).toBe(true);
    expect(causes.findIndex((r) => r.id === RC)).toBe(1);
  });

  it('the console lists each once, before the totals: requirement, evidence, exchange, curl, checks', () => {
    const lines = rootCauseLines(withRootCauses().rootCauses!);
    expect(lines[0]).toBe('4 root causes (2 MUST, 2 SHOULD):');
    const text = lines.join('\n');
    expect(text).toContain(`1. MUST ${RC}  createNetwork · body-schema · /Warning · HTTP 200`);
    expect(text).toContain('requirement: the body matches the response schema the spec documents for this status (page: the captured bodies)');
    expect(text).toMatch(/sent: POST http:\/\/nas\.example:8080\/container-station\/api\/v1\/networks\/create/);
    expect(text).toContain('failed 2: NET-CREATE-101, NET-CREATE-102');
    expect(text).toContain('blocked 1: NET-CONN-009');
    expect(text).toContain('seen on 3: NET-CREATE-101, NET-CREATE-102, NET-LIST-009');
    expect(text.match(/HTTP 201 where 200 is inferred/g)).toHaveLength(1);
  });

  it('summary.md opens on the root causes, each once, then the failed checks with the blocked one', () => {
    const md = renderSummary(withRootCauses());
    expect(md.indexOf('### 4 root causes (2 MUST, 2 SHOULD)')).toBeLessThan(md.indexOf('### Failed checks'));
    expect(md.match(/HTTP 201 where 200 is inferred/g)).toHaveLength(1);
    expect(md).toContain('   - blocked 1: NET-CONN-009');
    expect(md).toMatch(/\| blocked \| NET-CONN-009 \| MUST \|/);
    expect(md).toContain('1 blocked');
  });

  it('report.html opens on the root causes, links the blocked check to its root cause, and filters on "blocked"', () => {
    const html = renderHtml(withRootCauses());
    expect(html.indexOf('<section id="root-causes"><h2>4 root causes (2 MUST, 2 SHOULD)</h2>')).toBeLessThan(html.indexOf('<section id="failures">'));
    expect(html).toContain(`<li id="${RC}">`);
    expect(html).toContain(`blocked by root cause <a href="#${RC}">${RC}</a>`);
    expect(html).toContain('<input type="checkbox" name="status" value="blocked" checked> blocked (1)');
    expect(html).not.toContain('id="warnings"');
  });

  it('results.json carries rootCauses, the checks\' findings and blockedBy, and reads back', () => {
    const run = withRootCauses();
    const text = renderResultsJson(run);
    const doc = JSON.parse(text);
    expect(Object.keys(doc).indexOf('rootCauses')).toBe(Object.keys(doc).indexOf('totals') + 1);
    expect(doc.rootCauses[0]).toMatchObject({ id: RC, level: 'MUST', signature: schema, checks: ['NET-CREATE-101', 'NET-CREATE-102'], blocked: ['NET-CONN-009'] });
    expect(Object.keys(doc.rootCauses[0])).toEqual(['id', 'level', 'signature', 'message', 'requirement', 'evidence', 'checks', 'blocked', 'exchange', 'curl']);
    const back = parseResultsJson(text);
    expect(findCheck(back, 'NET-CONN-009').blockedBy).toBe(RC);
    expect(back.totals.blocked).toBe(1);
  });

  it('JUnit: a blocked check is <error type="blocked"> (a setup error), valid against the JUnit XSD, and reads back as blocked', () => {
    const run = withRootCauses();
    const xml = renderJunit(run);
    const tc = childElements(parseXml(xml), 'testsuite').flatMap((s) => childElements(s, 'testcase')).find((t) => t.attrs.name?.startsWith('NET-CONN-009 '))!;
    const [error] = childElements(tc, 'error');
    expect(error.attrs.type).toBe('blocked');
    expect(error.attrs.message).toMatch(new RegExp(`^blocked by ${RC} at createNetwork`));
    expect(xml).toMatch(/<testsuites [^>]*errors="2"/);
    expect(parseJunit(xml).checks.find((c) => c.id === 'NET-CONN-009')?.outcome).toBe('blocked');
    if (!HAS_XMLLINT) return;
    const file = join(dir, 'blocked.xml');
    writeFileSync(file, xml);
    const r = xmllint(file);
    expect(r.ok, r.output).toBe(true);
  });

  it('diff: a check that held and is now blocked regressed', () => {
    const before = runMixed();
    before.suites[1].checks.push({ ...findCheck(before, 'NET-LIST-001'), id: 'NET-CONN-009' });
    const d = diffRuns(recount(before), withRootCauses());
    expect(d.regressed.map((c) => [c.id, c.to])).toContainEqual(['NET-CONN-009', 'blocked']);
  });
});
