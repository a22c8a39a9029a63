// report.html in a real headless Chromium: rendering, filters, escaping, and that the page fetches nothing.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../reporters/html/html.ts';
import type { RunResult } from '../../reporters/model.ts';
import { runMixed } from '../fixtures/run-mixed.ts';
import { allGreen } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`report.html browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);

// A name that cannot resolve: the page is served by the route below, so any other request is one the report made.
const PAGE_URL = 'http://cs-conformance-report.invalid/report.html';

let context: BrowserContext | undefined;
let userDataDir: string | undefined;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  userDataDir = mkdtempSync(join(tmpdir(), 'csc-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Console errors, page errors, dialogs, foreign requests, websockets: all must stay empty. */
  problems: string[];
  /** Every request the page attempted (a CSP-blocked one included). */
  requests: string[];
  /** Requests that got as far as the network layer. */
  routed: string[];
}

async function open(html: string): Promise<Opened> {
  const page = await context!.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const routed: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('websocket', (ws) => problems.push(`websocket: ${ws.url()}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    routed.push(url);
    if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    problems.push(`request: ${url}`);
    return route.abort();
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return { page, problems, requests, routed };
}

async function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('#checks tbody tr.check', (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden && (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector('td:nth-child(3)')!.textContent ?? ''),
  );
}

async function withPage(run: RunResult, body: (o: Opened) => Promise<void>): Promise<void> {
  const o = await open(renderHtml(run));
  try {
    await body(o);
    expect(o.problems).toEqual([]);
    expect(o.requests).toEqual([PAGE_URL]);
  } finally {
    await o.page.close();
  }
}

describe.skipIf(!HAS_CHROMIUM)('report.html in Chromium', () => {
  it('shows the verdict, target, versions, run id, totals and every check', async () => {
    await withPage(runMixed(), async ({ page }) => {
      expect(await page.textContent('#verdict h1')).toBe('NOT CONFORMANT');
      const header = (await page.textContent('#verdict'))!;
      expect(header).toContain('6 passed · 1 warning · 1 failed · 1 error · 3 skipped');
      const facts = (await page.textContent('dl.facts'))!;
      for (const s of ['http://nas.example:8080/container-station/api/v1', '3.0.9.1038', 'QTS 5.2.1.2930', '20.10.28', '2025-11-27T06-30-00Z-4f9c']) {
        expect(facts).toContain(s);
      }
      expect(await visibleIds(page)).toHaveLength(12);
      expect(await page.textContent('#shown')).toBe('12 of 12 checks shown');
      expect(await page.title()).toContain('NOT CONFORMANT');
    });
  });

  it('shows warnings without any click, as SHOULD root causes', async () => {
    await withPage(runMixed(), async ({ page }) => {
      expect(await page.isVisible('#root-causes')).toBe(true);
      const text = await page.innerText('#root-causes');
      expect(text).toContain('Warning was null; a string ("" when there is none) is expected');
      expect(text).toContain('seen on 1: NET-CREATE-007');
      expect(await page.isVisible('#check-NET-CREATE-007 .note.warn')).toBe(true);
    });
  });

  it('filters by status: unchecking pass hides every passing row', async () => {
    await withPage(runMixed(), async ({ page }) => {
      await page.uncheck('input[name="status"][value="pass"]');
      const ids = await visibleIds(page);
      expect(ids).toEqual(['NET-CREATE-003', 'NET-CREATE-007', 'NET-PRUNE-001', 'NET-PRUNE-002', 'NET-IPV6-001', 'NET-CONNECT-002']);
      for (const row of await page.$$('#checks tbody tr[data-status="pass"]')) expect(await row.isHidden()).toBe(true);
      expect(await page.textContent('#shown')).toBe('6 of 12 checks shown');
      await page.uncheck('input[name="status"][value="skip"]');
      await page.uncheck('input[name="status"][value="warn"]');
      expect(await visibleIds(page)).toEqual(['NET-CREATE-003', 'NET-CONNECT-002']);
      await page.check('input[name="status"][value="pass"]');
      expect(await visibleIds(page)).toContain('SYS-001');
    });
  });

  it('filters by suite, combined with the status filter', async () => {
    await withPage(runMixed(), async ({ page }) => {
      await page.selectOption('#suite-filter', 'connect');
      expect(await visibleIds(page)).toEqual(['NET-CONNECT-001', 'NET-CONNECT-002', 'NET-DISCONNECT-001']);
      await page.uncheck('input[name="status"][value="pass"]');
      expect(await visibleIds(page)).toEqual(['NET-CONNECT-002']);
      await page.selectOption('#suite-filter', '');
      expect(await visibleIds(page)).toHaveLength(6);
    });
  });

  it('expands a failure to its reason, transcript and curl; the hostile body stays text', async () => {
    await withPage(runMixed(), async ({ page }) => {
      const detail = page.locator('tr.detail', { has: page.locator('pre.curl') }).first();
      expect(await detail.locator('pre.transcript').isVisible()).toBe(false);
      await detail.locator('summary').click();
      expect(await detail.locator('pre.reason').innerText()).toContain('expected: 409 application/json');
      const transcript = await detail.locator('pre.transcript').innerText();
      expect(transcript).toContain('<script>alert(1)</script>');
      expect(transcript).toContain('<img src=x onerror="window.__pwned=1">]]>');
      expect(transcript).toContain('bell:\\u0007');
      expect(await detail.locator('pre.curl').innerText()).toContain("curl -sS -X POST 'http://nas.example:8080/");
      // Nothing from the body became markup: one script (ours), no image, no handler ran.
      expect(await page.evaluate(() => document.scripts.length)).toBe(1);
      expect(await page.evaluate(() => document.images.length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.click('#expand');
      expect(await page.locator('tr.detail.broken details[open]').count()).toBe(2);
    });
  });

  it('says CONFORMANT for a clean run', async () => {
    await withPage(allGreen(runMixed()), async ({ page }) => {
      expect(await page.textContent('#verdict h1')).toBe('CONFORMANT');
      expect(await page.getAttribute('#verdict', 'class')).toContain('conformant');
    });
  });

  it('would refuse an injected script through its Content-Security-Policy', async () => {
    const html = renderHtml(runMixed()).replace('</main>', '<script>window.__injected = 1</script><img src="http://evil.invalid/x.png"></main>');
    const { page, problems, routed } = await open(html);
    try {
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      // Chromium reports the image as attempted, then fails it with "csp" before it reaches the network.
      expect(routed).toEqual([PAGE_URL]);
      expect(problems.filter((p) => p.includes('Content Security Policy'))).toHaveLength(2);
    } finally {
      await page.close();
    }
  });

  it('opens on the root causes, then the failures, each with its reason and a curl line to copy; IDs stay on one line', async () => {
    await withPage(runMixed(), async ({ page }) => {
      // The first sections of the page are the root causes and the failed checks, before the facts and the table.
      expect(await page.evaluate(() => [...document.querySelectorAll('main > section')].slice(0, 2).map((e) => e.id))).toEqual(['root-causes', 'failures']);
      const failures = page.locator('#failures li');
      expect(await failures.count()).toBe(2);
      expect(await failures.nth(0).innerText()).toContain('NET-CREATE-003');
      // A report opened from disk or over plain http has no async clipboard: the copy goes through a copy event.
      await page.evaluate(() => {
        document.addEventListener('copy', (e) => {
          const t = e.target as HTMLTextAreaElement;
          (window as unknown as { __copied?: string }).__copied = t.value ?? document.getSelection()?.toString();
        });
      });
      const button = page.locator('#failures button.copy').first();
      await button.click();
      expect(await button.innerText()).toBe('Copied');
      const copied = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied);
      expect(copied).toContain("curl -sS -X POST 'http://nas.example:8080/container-station/api/v1/networks/create'");
      // IDs never wrap: every ID cell is one line high.
      // (an inline element that wraps has one client rect per line)
      const wrapped = await page.$$eval('#checks td.id code', (ids) => ids.filter((c) => c.getClientRects().length !== 1).map((c) => c.textContent));
      expect(wrapped).toEqual([]);
      expect(await page.$$eval('#checks td.id', (cells) => cells.every((c) => getComputedStyle(c).whiteSpace === 'nowrap'))).toBe(true);
    });
  });

  it('filters the checks by text (ID, requirement, reason or transcript)', async () => {
    await withPage(runMixed(), async ({ page }) => {
      await page.fill('#text-filter', 'net-prune');
      expect(await visibleIds(page)).toEqual(['NET-PRUNE-001', 'NET-PRUNE-002']);
      await page.fill('#text-filter', 'onerror');
      // Found in NET-CREATE-003's transcript, which sits in its evidence row.
      expect(await visibleIds(page)).toEqual(['NET-CREATE-003']);
      await page.fill('#text-filter', '');
      expect(await visibleIds(page)).toHaveLength(12);
    });
  });
});
