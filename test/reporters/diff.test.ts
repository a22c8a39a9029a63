import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuns, formatDiff, runDiffCommand } from '../../runner/diff/diff.ts';
import { renderJunit } from '../../reporters/junit.ts';
import type { RunResult } from '../../reporters/model.ts';
import { renderResultsJson } from '../../reporters/results.ts';
import { runMixed } from '../fixtures/run-mixed.ts';
import { allGreen, recount, setOutcome, tempDir } from './helpers.ts';

const dir = tempDir();
let n = 0;

function file(run: RunResult, kind: 'json' | 'junit'): string {
  const path = join(dir, `${n++}.${kind === 'json' ? 'results.json' : 'junit.xml'}`);
  writeFileSync(path, kind === 'json' ? renderResultsJson(run) : renderJunit(run));
  return path;
}

function command(oldPath: string, newPath: string): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runDiffCommand(oldPath, newPath, (l) => lines.push(l));
  return { code, lines };
}

/** Yesterday: everything passed on older firmware. Today: the fixture (one failure, one error). */
function pair(): [RunResult, RunResult] {
  const old = allGreen(runMixed());
  old.runId = 'yesterday';
  old.system.firmware = 'QTS 5.2.0.2851';
  return [old, runMixed()];
}

describe('diffRuns', () => {
  it('reports a pass that now fails or errors as a regression, and the version change', () => {
    const d = diffRuns(...pair());
    expect(d.regressed.map((c) => [c.id, c.from, c.to])).toEqual([
      ['NET-CREATE-003', 'pass', 'fail'],
      ['NET-CONNECT-002', 'pass', 'error'],
    ]);
    expect(d.regressed[0].reason).toContain('sent POST /networks/create');
    expect(d.changedVersions).toEqual([{ key: 'firmware', label: 'Firmware', old: 'QTS 5.2.0.2851', new: 'QTS 5.2.1.2930' }]);
    expect(d.unchanged).toEqual({ pass: 6, warn: 1, fail: 0, blocked: 0, error: 0, skip: 3, known: 0 });
    expect(d.fixed).toEqual([]);
  });

  it('counts a warn that now fails as a regression, and the reverse as fixed', () => {
    const warned = runMixed();
    const failed = setOutcome(runMixed(), 'NET-CREATE-007', 'fail', 'Warning was null (strict)');
    expect(diffRuns(warned, failed).regressed.map((c) => c.id)).toEqual(['NET-CREATE-007']);
    expect(diffRuns(failed, warned).fixed.map((c) => [c.id, c.from, c.to])).toEqual([['NET-CREATE-007', 'fail', 'warn']]);
  });

  it('keeps other changes apart: skip → fail, pass → warn, fail → error', () => {
    const a = runMixed();
    const b = setOutcome(runMixed(), 'NET-IPV6-001', 'fail', 'no IPv6 subnet');
    setOutcome(b, 'NET-CREATE-003', 'error', 'reset');
    b.suites[0].checks[0].warning = 'slow';
    recount(b);
    const d = diffRuns(a, b);
    expect(d.regressed).toEqual([]);
    expect(d.changed.map((c) => `${c.id} ${c.from}→${c.to}`)).toEqual([
      'SYS-001 pass→warn',
      'NET-CREATE-003 fail→error',
      'NET-IPV6-001 skip→fail',
    ]);
  });

  it('reports appeared and disappeared checks, not as regressions', () => {
    const a = runMixed();
    const b = runMixed();
    const gone = b.suites[2].checks.splice(0, 1)[0];
    b.suites[2].checks.push({ ...gone, id: 'NET-CONNECT-009', status: 'fail' });
    const d = diffRuns(a, b);
    expect(d.regressed).toEqual([]);
    expect(d.disappeared.map((c) => c.id)).toEqual(['NET-CONNECT-001']);
    expect(d.appeared.map((c) => [c.id, c.outcome])).toEqual([['NET-CONNECT-009', 'fail']]);
    expect(formatDiff(d)).toContain('NET-CONNECT-001 [MUST] was pass: POST /networks/{id}/connect MUST answer 200 for a running container.  (a MUST check no longer runs)');
  });

  it('formats a readable report', () => {
    const text = formatDiff(diffRuns(...pair()));
    expect(text).toBe(
      [
        'cs-conformance diff: yesterday [results.json] → 2025-11-27T06-30-00Z-4f9c [results.json]',
        '',
        'Versions changed (1):',
        '  Firmware: QTS 5.2.0.2851 → QTS 5.2.1.2930',
        '',
        'REGRESSED (2):',
        '  NET-CREATE-003 [MUST] pass → fail: POST /networks/create with an existing name MUST answer 409 with an error envelope.',
        '      sent POST /networks/create {"Name":"csc-dup-1f2e"} a second time',
        '  NET-CONNECT-002 [MUST] pass → error: POST /networks/{id}/connect MUST answer 404 for an unknown container.',
        '      no answer within 10000 ms (timeout) for POST /networks/5d1c0e7a/connect',
        '',
        'Unchanged: 6 pass, 1 warn, 0 fail, 0 error, 3 skip',
        'Result: 2 regressions',
        '',
      ].join('\n'),
    );
  });
});

describe('runDiffCommand', () => {
  it('exits 1 on a regression', () => {
    const [old, cur] = pair();
    const { code, lines } = command(file(old, 'json'), file(cur, 'json'));
    expect(code).toBe(1);
    expect(lines).toContain('REGRESSED (2):');
    expect(lines.at(-1)).toBe('Result: 2 regressions');
  });

  it('exits 0 for identical runs, and for a fix', () => {
    const run = runMixed();
    const same = command(file(run, 'json'), file(run, 'json'));
    expect(same.code).toBe(0);
    expect(same.lines.at(-1)).toBe('Result: no regression');
    const [old, cur] = pair();
    const fixed = command(file(cur, 'json'), file(old, 'json'));
    expect(fixed.code).toBe(0);
    expect(fixed.lines).toContain('Fixed (2):');
  });

  it('takes junit.xml or results.json on either side', () => {
    const [old, cur] = pair();
    for (const [a, b] of [['junit', 'json'], ['json', 'junit'], ['junit', 'junit']] as const) {
      const { code, lines } = command(file(old, a), file(cur, b));
      expect(code).toBe(1);
      expect(lines.filter((l) => /^ {2}NET-/.test(l))).toEqual([
        '  NET-CREATE-003 [MUST] pass → fail: POST /networks/create with an existing name MUST answer 409 with an error envelope.',
        '  NET-CONNECT-002 [MUST] pass → error: POST /networks/{id}/connect MUST answer 404 for an unknown container.',
      ]);
    }
    // The same run as JUnit and as JSON: nothing at all differs.
    const run = runMixed();
    const d = command(file(run, 'junit'), file(run, 'json'));
    expect(d.code).toBe(0);
    expect(d.lines.slice(2)).toEqual(['Unchanged: 6 pass, 1 warn, 1 fail, 1 error, 3 skip', 'Result: no regression']);
  });

  it('exits 2 with one line, no stack trace, on a missing or unparseable file', () => {
    const good = file(runMixed(), 'json');
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<testsuites><testsuite name="x">');
    const cases: [string, string, string][] = [
      [join(dir, 'nope.json'), good, `cs-conformance diff: ${join(dir, 'nope.json')}: no such file`],
      [good, bad, `cs-conformance diff: ${bad}: invalid XML at line 1: <testsuite> is never closed`],
    ];
    for (const [a, b, message] of cases) {
      const { code, lines } = command(a, b);
      expect(code).toBe(2);
      expect(lines).toEqual([message]);
    }
    const json = join(dir, 'bad.json');
    writeFileSync(json, '{"format": "cs-conformance-results/1", "suites": [');
    const { code, lines } = command(good, json);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cs-conformance diff: .*bad\.json: invalid JSON: /);
    expect(lines[0]).not.toMatch(/\n|\bat .*:\d+:\d+/);
  });
});
