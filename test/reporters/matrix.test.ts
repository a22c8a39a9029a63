// The matrix from real runs: the CLI against memory reference targets that report different versions, with different
// seeded faults; then `cs-conformance matrix` over their results.json and junit.xml, as Markdown and as HTML rendered
// in a real Chromium.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix, compareVersions } from '../../runner/matrix/matrix.ts';
import { startSimulator } from '../../runner/simulate/simulator.ts';
import type { FaultName } from '../../runner/simulate/faults.ts';
import { closedPort } from '../servers/misbehaving.ts';
import { describeRun, expectCannotRun, runCli } from '../runner/helpers.ts';
import { tempDir } from './helpers.ts';

const PASSWORD = 'matrix-test-password';
const CHROMIUM = '/usr/bin/chromium';
const dir = tempDir();

interface Unit {
  name: string;
  port: number;
  qpkg?: string;
  faults: FaultName[];
}

/** One real run against a memory target on `port` (the same unit keeps its port, so its origin, across upgrades). */
async function runUnit(u: Unit): Promise<string> {
  const target = await startSimulator({ password: PASSWORD, port: u.port, faults: u.faults, versions: u.qpkg ? { qpkg: u.qpkg, firmware: '5.2.0' } : undefined });
  const reportDir = join(dir, u.name);
  try {
    const r = await runCli(['run', '--target', target.url, '--username', target.username, '--suite', 'system', '--suite', 'list', '--report-dir', reportDir, '--timeout', '3000'], { env: { CS_PASSWORD: PASSWORD }, killAfterMs: 90_000 });
    expect([0, 1], describeRun(r)).toContain(r.code);
  } finally {
    await target.close();
  }
  return reportDir;
}

describe('cs-conformance matrix over real runs', () => {
  let unitA: number;
  let unitB: number;
  const reports: Record<string, string> = {};
  beforeAll(async () => {
    [unitA, unitB] = [(await closedPort()).port, (await closedPort()).port];
    // Unit A upgraded twice: fine, then a firmware that breaks Created, then one that fixes it. Unit B says nothing
    // about its versions.
    const units: Unit[] = [
      { name: 'a-2.4.9', port: unitA, qpkg: '2.4.9.100', faults: [] },
      { name: 'a-2.4.10', port: unitA, qpkg: '2.4.10.100', faults: ['schema-created-not-rfc3339'] },
      { name: 'a-2.4.11', port: unitA, qpkg: '2.4.11.1', faults: [] },
      { name: 'b', port: unitB, faults: ['system-without-versions'] },
    ];
    // One at a time: unit A's runs share its port.
    for (const u of units) reports[u.name] = await runUnit(u);
  }, 300_000);

  it('orders columns by version, marks the regression between neighbouring versions, and reads junit.xml too', async () => {
    const out = join(dir, 'matrix.md');
    // Deliberately out of order on the command line; one run given as its junit.xml.
    const files = [join(reports['a-2.4.11'], 'results.json'), join(reports.b, 'junit.xml'), join(reports['a-2.4.9'], 'results.json'), join(reports['a-2.4.10'], 'results.json')];
    const r = await runCli(['matrix', ...files, '--out', out]);
    expect(r.code, describeRun(r)).toBe(0);
    const md = readFileSync(out, 'utf8');
    const runLines = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(runLines.map((l) => l.split('|')[3].trim())).toEqual([
      expect.stringContaining('Container Station 2.4.9.100'),
      expect.stringContaining('Container Station 2.4.10.100'),
      expect.stringContaining('Container Station 2.4.11.1'),
      expect.stringContaining('Container Station unknown'),
    ]);
    const list001 = md.split('\n').find((l) => l.startsWith('| `NET-LIST-001`'))!;
    expect(list001).toMatch(/\| pass \| \*\*fail\*\* ▼ regression \(was pass\) \| pass ▲ fix \(was fail\) \| pass \|$/);
    // The broken Created fails every list check and leaves the run's network behind: five checks regress, five recover.
    expect(md).toMatch(/5 regressions · 5 fixes/);
    // The unit without versions answers SYS-001 with a SHOULD warning.
    expect(md.split('\n').find((l) => l.startsWith('| `SYS-001`'))).toMatch(/\| pass \| pass \| pass \| warn \|$/);
  });

  it('renders a self-contained HTML page in Chromium: no request leaves it, the regression is highlighted', { skip: !existsSync(CHROMIUM) }, async () => {
    const out = join(dir, 'matrix.html');
    const files = ['a-2.4.9', 'a-2.4.11', 'a-2.4.10'].map((n) => join(reports[n], 'results.json'));
    const r = await runCli(['matrix', ...files, '--out', out]);
    expect(r.code, describeRun(r)).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    const userDataDir = join(dir, 'chromium');
    mkdirSync(userDataDir);
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        if (route.request().url() === 'http://matrix.invalid/') return route.fulfill({ body: html, contentType: 'text/html' });
        requests.push(route.request().url());
        return route.abort();
      });
      await page.goto('http://matrix.invalid/');
      expect(await page.locator('#matrix thead th.run').count()).toBe(3);
      const regression = page.locator('tr[data-id="NET-LIST-001"] td.regression');
      expect(await regression.count()).toBe(1);
      expect(await regression.textContent()).toContain('▼ regression');
      // The outline the stylesheet gives a regression shows: the stylesheet was allowed by the CSP.
      expect(await regression.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exits 2 with one line on an unreadable input, a missing file or a bad flag', async () => {
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{ not json');
    expectCannotRun(await runCli(['matrix', join(reports.b, 'results.json'), garbage]), /garbage\.json: invalid JSON/);
    expectCannotRun(await runCli(['matrix', join(dir, 'nope.json')]), /nope\.json: no such file/);
    expectCannotRun(await runCli(['matrix', '--colour', join(reports.b, 'results.json')]), /colour/);
    expectCannotRun(await runCli(['matrix']), /at least one/);
    expectCannotRun(await runCli(['matrix', join(reports.b, 'results.json'), '--out', join(dir, 'm.pdf')]), /\.html or \.md/);
  });
});

describe('the matrix model', () => {
  it('compares versions number by number', () => {
    expect(['2.4.10', '2.4.9', '2.10.0', '2.4.9.1'].sort(compareVersions)).toEqual(['2.4.9', '2.4.9.1', '2.4.10', '2.10.0']);
  });

  it('shows a status it does not know (a later "known failure") as it is, without marking it a regression', () => {
    const run = (outcome: string, qpkg: string) => ({
      file: qpkg,
      run: { source: 'results.json' as const, target: 'http://nas', versions: { containerStation: qpkg }, checks: [{ id: 'X-1', suite: 's', requirement: 'r', outcome: outcome as 'pass' }] },
    });
    const m = buildMatrix([run('known-failure', '2'), run('pass', '1')]);
    expect(m.rows[0].cells.map((c) => c?.outcome)).toEqual(['pass', 'known-failure']);
    expect(m.rows[0].cells[1]?.change).toBe('changed');
    expect(m.regressions).toBe(0);
  });
});
