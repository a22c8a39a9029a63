import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../reporters/summary.ts';
import { runMixed } from '../fixtures/run-mixed.ts';
import { allGreen, findCheck } from './helpers.ts';

describe('renderSummary', () => {
  it('opens with the verdict and a one-line total', () => {
    const lines = renderSummary(runMixed()).split('\n');
    expect(lines[0]).toBe('## ❌ cs-conformance: NOT conformant');
    expect(lines[2]).toBe('**6 passed · 1 warning · 1 failed · 1 error · 3 skipped — 12 checks in 3 suites, 11.3 s**');
  });

  it('states the target and the versions under test', () => {
    const md = renderSummary(runMixed());
    expect(md).toContain('Target `http://nas.example:8080/container-station/api/v1` (url)');
    expect(md).toContain('Container Station `3.0.9.1038` · Firmware `QTS 5.2.1.2930` · Docker `20.10.28`');
    expect(md).toContain('run `2025-11-27T06-30-00Z-4f9c`');
  });

  it("says how the run's session went, when the results record it", () => {
    const run = runMixed();
    expect(renderSummary(run)).not.toContain('Session:');
    run.session = { renewals: 3, login: 'curl-form', basePath: '/container-station/api/v1', failedLogins: 1 };
    expect(renderSummary(run)).toContain("Session: logged in with the page's curl form · session renewed 3 times · 1 refused login\n");
  });

  it('tables failures and errors with the first line of their reason', () => {
    const md = renderSummary(runMixed());
    expect(md).toContain('| Status | ID | Level | Requirement | Reason |');
    expect(md).toContain(
      '| fail | NET-CREATE-003 | MUST | POST /networks/create with an existing name MUST answer 409 with an error envelope. | ' +
        'sent POST /networks/create {"Name":"csc-dup-1f2e"} a second time |',
    );
    expect(md).toContain('| error | NET-CONNECT-002 | MUST |');
    expect(md).not.toContain('expected: 409'); // only the first line
  });

  it('lists warnings as SHOULD root causes, and skips grouped by reason', () => {
    const md = renderSummary(runMixed());
    expect(md).toContain('### 2 root causes (1 MUST, 1 SHOULD)');
    expect(md).toMatch(/\*\*SHOULD\*\* `rc-[0-9a-f]{8}` `NET-CREATE-007 · check`: Warning was null; a string \("" when there is none\) is expected\n {3}- requirement: .*\n {3}- seen on 1: NET-CREATE-007/);
    expect(md).toContain('prune removes networks the suite did not create (2): NET-PRUNE-001, NET-PRUNE-002');
    expect(md).toContain('- the target has IPv6 disabled (1): NET-IPV6-001');
  });

  it('escapes markup and table pipes from the target', () => {
    const run = runMixed();
    findCheck(run, 'NET-CREATE-003').reason = 'actual: <script>alert(1)</script> | *bold* `x`\nsecond line';
    const md = renderSummary(run);
    expect(md).not.toContain('<script>');
    expect(md).toContain('actual: &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\* \\`x\\` |');
  });

  it('caps a very long failure list', () => {
    const run = runMixed();
    const c = findCheck(run, 'NET-CREATE-003');
    run.suites[1].checks.push(...Array.from({ length: 80 }, (_, i) => ({ ...c, id: `NET-BULK-${i}` })));
    const md = renderSummary(run);
    expect(md).toContain('| | … | | 32 more in report.html | |');
    expect(md.length).toBeLessThan(20_000);
  });

  it('says conformant, with no failure table, for a clean run', () => {
    const md = renderSummary(allGreen(runMixed()));
    expect(md.split('\n')[0]).toBe('## ✅ cs-conformance: conformant');
    expect(md).not.toContain('### Failed checks');
    // Its one warning is the one root cause.
    expect(md).toContain('### 1 root cause (0 MUST, 1 SHOULD)');
  });

  it('says which versions are unknown and why', () => {
    const run = runMixed();
    run.system = { containerStation: '3.0.9.1038', unknownReason: 'GET /system answered 403' };
    expect(renderSummary(run)).toContain('Firmware `unknown` · Docker `unknown` (unknown: GET /system answered 403)');
  });
});
