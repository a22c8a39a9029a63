import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJunit } from '../../reporters/read/junit-read.ts';
import { renderJunit } from '../../reporters/junit.ts';
import type { RunResult } from '../../reporters/model.ts';
import { cleanText, headline } from '../../reporters/text.ts';
import { type XmlElement, childElements, parseXml, textOf } from '../../reporters/read/xml-parse.ts';
import { HOSTILE_BODY, runMixed } from '../fixtures/run-mixed.ts';
import { HAS_XMLLINT, findCheck, tempDir, xmllint } from './helpers.ts';

if (!HAS_XMLLINT) console.warn('junit schema validation skipped: xmllint not found (apt-get install libxml2-utils)');

const dir = tempDir();

function testcases(root: XmlElement): XmlElement[] {
  return childElements(root, 'testsuite').flatMap((s) => childElements(s, 'testcase'));
}

function testcaseOf(root: XmlElement, id: string): XmlElement {
  const tc = testcases(root).find((t) => t.attrs.name.startsWith(`${id} `));
  if (!tc) throw new Error(`no testcase ${id}`);
  return tc;
}

describe('renderJunit', () => {
  it.skipIf(!HAS_XMLLINT)('validates against the Jenkins junit-10.xsd', () => {
    const file = join(dir, 'junit.xml');
    writeFileSync(file, renderJunit(runMixed()));
    const r = xmllint(file);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it.skipIf(!HAS_XMLLINT)('validates with unknown versions, an empty suite and no suites at all', () => {
    const run = runMixed();
    run.system = { unknownReason: 'GET /system answered 403' };
    run.suites.push({ name: 'empty', checks: [] });
    const files = [renderJunit(run), renderJunit({ ...runMixed(), suites: [] })].map((xml, i) => {
      const file = join(dir, `edge-${i}.xml`);
      writeFileSync(file, xml);
      return file;
    });
    for (const f of files) expect(xmllint(f).ok).toBe(true);
  });

  it('has one testsuite per suite with counts, timestamp and the target host', () => {
    const root = parseXml(renderJunit(runMixed()));
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '12', failures: '1', errors: '1', time: '11.321' });
    const suites = childElements(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual(['system', 'networks', 'connect']);
    expect(suites[1].attrs).toMatchObject({
      tests: '7', failures: '1', errors: '0', skipped: '3', time: '0.306',
      timestamp: '2025-11-27T06:30:00.000Z', hostname: 'nas.example',
    });
  });

  it('lists spec, target, versions, run id and every option as suite properties', () => {
    const root = parseXml(renderJunit(runMixed()));
    for (const suite of childElements(root, 'testsuite')) {
      const props = Object.fromEntries(
        childElements(suite, 'properties').flatMap((p) => childElements(p, 'property')).map((p) => [p.attrs.name, p.attrs.value]),
      );
      expect(props).toMatchObject({
        'spec.version': '1.0.0-draft.3',
        'target.origin': 'http://nas.example:8080',
        'system.containerStation': '3.0.9.1038',
        'system.firmware': 'QTS 5.2.1.2930',
        'system.docker': '20.10.28',
        'run.id': '2025-11-27T06-30-00Z-4f9c',
        'option.suites': 'system,networks,connect',
        'option.strict': 'false',
        'option.destructive': 'false',
        'option.timeoutMs': '10000',
        'option.user': 'admin',
      });
    }
  });

  it('says "unknown" and why when a version is missing', () => {
    const run = runMixed();
    run.system = { containerStation: '3.0.9.1038', unknownReason: 'GET /system has no firmware or docker field' };
    const suite = childElements(parseXml(renderJunit(run)), 'testsuite')[0];
    const props = childElements(childElements(suite, 'properties')[0], 'property').map((p) => [p.attrs.name, p.attrs.value]);
    expect(props).toContainEqual(['system.firmware', 'unknown']);
    expect(props).toContainEqual(['system.docker', 'unknown']);
    expect(props).toContainEqual(['system.unknownReason', 'GET /system has no firmware or docker field']);
  });

  it('names testcases "<ID> <requirement>" under cs-conformance.<suite>, time in seconds', () => {
    const tc = testcaseOf(parseXml(renderJunit(runMixed())), 'NET-LIST-001');
    expect(tc.attrs).toMatchObject({
      classname: 'cs-conformance.networks',
      name: 'NET-LIST-001 GET /networks MUST answer 200 with a JSON array of networks.',
      time: '0.023',
      group: 'MUST',
    });
    expect(tc.children).toEqual([]);
  });

  it('puts requirement, reason, transcript and curl in the failure', () => {
    const run = runMixed();
    const tc = testcaseOf(parseXml(renderJunit(run)), 'NET-CREATE-003');
    const [failure] = childElements(tc, 'failure');
    expect(failure.attrs.type).toBe('MUST');
    // JUnit readers show the message as a one-line title: the reason's first line; the whole reason is in the text.
    const reason = findCheck(run, 'NET-CREATE-003').reason!;
    expect(reason).toContain('\n');
    expect(failure.attrs.message).toBe(reason.split('\n')[0]);
    const body = textOf(failure);
    expect(body).toContain(reason);
    expect(body).toContain('MUST answer 409 with an error envelope');
    expect(body).toContain('expected: 409 application/json');
    expect(body).toContain('> POST http://nas.example:8080/container-station/api/v1/networks/create');
    expect(body).toContain('< 500');
    expect(body).toContain(cleanText(HOSTILE_BODY));
    expect(body).toContain("Reproduce:\ncurl -sS -X POST 'http://nas.example:8080/container-station/api/v1/networks/create'");
  });

  it('reports errors as <error>, skips as <skipped message>, warnings and observations in <system-out>', () => {
    const root = parseXml(renderJunit(runMixed()));
    const [error] = childElements(testcaseOf(root, 'NET-CONNECT-002'), 'error');
    expect(error.attrs.message).toContain('no answer within 10000 ms');
    expect(textOf(error)).toContain('! timeout after 10000 ms');
    const [skipped] = childElements(testcaseOf(root, 'NET-IPV6-001'), 'skipped');
    expect(skipped.attrs.message).toBe('the target has IPv6 disabled');
    expect(textOf(childElements(testcaseOf(root, 'NET-CREATE-007'), 'system-out')[0])).toBe(
      'warning: Warning was null; a string ("" when there is none) is expected',
    );
    expect(textOf(childElements(testcaseOf(root, 'SYS-INFO-001'), 'system-out')[0])).toBe(
      'observation: Docker Engine API version 1.41\nobservation: Server header: nginx',
    );
  });

  it('carries no raw markup, "]]>" or XML-1.0-invalid character from the target', () => {
    const xml = renderJunit(runMixed());
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('bell:\\u0007 ansi:\\u001B[31mred');
  });

  it('round-trips any text through attributes and bodies (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (reason, body) => {
        const run: RunResult = runMixed();
        const c = findCheck(run, 'NET-CREATE-003');
        c.reason = reason;
        c.transcript[1].response!.body = body;
        const xml = renderJunit(run);
        const failure = childElements(testcaseOf(parseXml(xml), 'NET-CREATE-003'), 'failure')[0];
        // The message is the reason's first line (at most 200 characters), the title JUnit readers show.
        expect(failure.attrs.message).toBe(cleanText(headline(reason)) || 'MUST requirement not met');
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!HAS_XMLLINT)('stays schema-valid with arbitrary text everywhere', () => {
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), { numRuns: 40, seed: 42 });
    const run = runMixed();
    const c = findCheck(run, 'NET-CREATE-003');
    run.suites.push({
      name: `fuzz ${samples[0]}`,
      checks: samples.map((s, i) => ({ ...c, id: `FUZZ-${i}`, suite: s, requirement: s, reason: s, warning: s, observations: [s], curl: s })),
    });
    run.options.odd = samples.slice(0, 5);
    const file = join(dir, 'fuzz.xml');
    writeFileSync(file, renderJunit(run));
    const r = xmllint(file);
    expect(r.output).toContain('validates');
  });
});

describe('parseJunit (reading our own output back)', () => {
  it('recovers IDs, suites, levels, outcomes, reasons and versions', () => {
    const back = parseJunit(renderJunit(runMixed()));
    expect(back.runId).toBe('2025-11-27T06-30-00Z-4f9c');
    expect(back.versions).toEqual({
      containerStation: '3.0.9.1038', firmware: 'QTS 5.2.1.2930', docker: '20.10.28', spec: '1.0.0-draft.3', tool: '0.1.0',
    });
    const byId = Object.fromEntries(back.checks.map((c) => [c.id, c]));
    expect(byId['NET-CREATE-003']).toMatchObject({ suite: 'networks', level: 'MUST', outcome: 'fail' });
    expect(byId['NET-CONNECT-002']).toMatchObject({ suite: 'connect', outcome: 'error' });
    expect(byId['NET-CREATE-007']).toMatchObject({ level: 'SHOULD', outcome: 'warn', warning: 'Warning was null; a string ("" when there is none) is expected' });
    expect(byId['NET-PRUNE-001']).toMatchObject({ outcome: 'skip', reason: expect.stringContaining('--no-destructive') });
    expect(byId['SYS-INFO-001']).toMatchObject({ level: 'INFO', outcome: 'pass' });
  });

  it('reads a foreign JUnit file by ID, without levels', () => {
    const xml = `<?xml version="1.0"?>
<testsuite name="other" tests="2" failures="1" errors="0">
  <testcase classname="x.y" name="NET-LIST-001 lists"/>
  <testcase classname="x.y" name="NET-CREATE-003 dup"><failure><![CDATA[boom ]]]]><![CDATA[> & <b>]]></failure></testcase>
</testsuite>`;
    const back = parseJunit(xml);
    expect(back.checks).toEqual([
      { id: 'NET-LIST-001', suite: 'other', requirement: 'lists', outcome: 'pass' },
      { id: 'NET-CREATE-003', suite: 'other', requirement: 'dup', outcome: 'fail', reason: 'boom ]]> & <b>' },
    ]);
  });
});
