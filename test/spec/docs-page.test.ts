// `npm run docs` as a reader sees it: the page is built with the script's own arguments, opened in a real headless
// Chromium, and every operation's page is clicked through (request and response media types, response statuses,
// oneOf tabs, every example of every example menu, every collapsed property). Every example and every x-cs-quirks
// entry of the spec must have been on screen.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../runner/helpers.ts';
import { collectExamples, HTTP_METHODS, isObject, loadSpec, repoRoot } from './spec-helpers.ts';
import type { JsonObject } from './spec-helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`docs page browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);
const REDOCLY = join(repoRoot, 'node_modules', '@redocly', 'cli', 'lib', 'index.js');

const spec = loadSpec();
/** Whitespace, Markdown code ticks and Markdown's backslash escapes do not matter; the words do. */
const words = (text: string): string => text.replace(/`/g, '').replace(/\\(?=[!-/:-@[-`{-~])/g, '').replace(/\s+/g, ' ').trim();
const squeezed = (text: string): string => text.replace(/\s+/g, '');

interface Quirk {
  id: string;
  summary: string;
}

function quirksOf(node: unknown, out: Quirk[] = []): Quirk[] {
  if (Array.isArray(node)) node.forEach((n) => quirksOf(n, out));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-cs-quirks') out.push(...(value as Quirk[]));
      else quirksOf(value, out);
    }
  }
  return out;
}

/** Each operation as the page places it: Redoc's `<tag>/<operationId in lower case>` (its route and its element id). */
function operationIds(): string[] {
  const ids: string[] = [];
  for (const item of Object.values(spec.paths as Record<string, JsonObject>)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) ids.push(`${String((op.tags as string[])[0])}/${String(op.operationId).toLowerCase()}`);
    }
  }
  return ids;
}

/** Expands every collapsed property of `scope` (nested ones appear as their parent opens), then reads it. */
async function harvest(scope: Locator): Promise<string> {
  for (let round = 0; round < 20; round++) {
    const more = scope.getByRole('button', { name: '+ Show property' });
    if ((await more.count()) === 0) break;
    await more.first().click();
  }
  return scope.innerText();
}

/** Opens `menu`, chooses its `index`-th item (which closes it) and says how many items it has. */
async function choose(page: Page, menu: Locator, index: number): Promise<number> {
  await menu.click();
  const items = page.getByRole('menuitem').filter({ visible: true });
  await items.first().waitFor();
  const count = await items.count();
  await items.nth(index).click();
  return count;
}

/** Every choice of every menu that `menus` finds, with `then` after each choice. */
async function eachChoice(page: Page, menus: Locator, then: () => Promise<void>): Promise<void> {
  for (let m = 0; m < (await menus.count()); m++) {
    for (let i = 0, count = 1; i < count; i++) {
      count = await choose(page, menus.nth(m), i);
      await then();
    }
  }
}

/**
 * Everything one operation shows, clicked through: each request media type (the payload menu switches the examples,
 * the body menu the schema), each tab (response statuses, oneOf branches) and each example of each example menu.
 */
async function readOperation(page: Page, id: string): Promise<string> {
  const op = page.locator(`[id="${id}"]`);
  await op.scrollIntoViewIfNeeded();
  let text = await harvest(op);
  const read = async () => void (text += await harvest(op));
  const examples = () => eachChoice(page, op.locator('button[aria-haspopup=menu][aria-label="Example"]'), read);
  await eachChoice(page, op.locator('button[aria-haspopup=menu][aria-label="Payload media type"]'), examples);
  await eachChoice(page, op.locator('button[aria-haspopup=menu]:not([aria-label])').filter({ hasText: /^application\// }), read);
  const tabs = op.getByRole('tab');
  // Choosing a media type can add tabs (its oneOf branches): count them afresh each time round.
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await read();
    await examples();
  }
  // The security scheme (and its quirks) shows in a panel of its own, over the page until it is closed.
  const security = op.getByRole('button', { name: 'View security details' });
  if ((await security.count()) > 0) {
    await security.first().click();
    text += await page.locator('body').innerText();
    await page.keyboard.press('Escape');
  }
  return text;
}

describe.skipIf(!HAS_CHROMIUM)('the docs page (npm run docs) in Chromium', () => {
  let scratch: string;
  let browser: Browser | undefined;
  let shown = '';
  const problems: string[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'cs-docs-'));
    const output = join(scratch, 'container-station-api.html');
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const [bin, command, ...args] = pkg.scripts.docs.split(/\s+/);
    if (bin !== 'redocly' || command !== 'build-docs') throw new Error(`the docs script no longer runs redocly build-docs: ${pkg.scripts.docs}`);
    args[args.indexOf('--output') + 1] = output;
    const built = await runScript(REDOCLY, [command, ...args], { killAfterMs: 90_000 });
    if (built.code !== 0) throw new Error(`npm run docs failed: ${built.stderr}`);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(5_000);
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // Nothing leaves the machine: the page is a local file; whatever else it asks for (the Redocly logo) is refused.
    await page.route(/^(https?|wss?):/, (route) => route.abort());
    const base = pathToFileURL(output).href;
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    shown = await harvest(page.locator('body'));
    // The page routes by its hash (no reload per operation) and renders an operation when it is routed to.
    for (const id of operationIds()) {
      await page.evaluate((hash) => void (location.hash = hash), `#/${id}`);
      await page.locator(`[id="${id}"]`).waitFor({ timeout: 20_000 });
      shown += await readOperation(page, id);
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('opens every operation without a page error', () => {
    expect(problems).toEqual([]);
    expect(operationIds()).toHaveLength(12);
  });

  it('shows every x-cs-quirks entry, id and summary', () => {
    const quirks = quirksOf(spec);
    expect(quirks.length).toBeGreaterThan(50);
    const page = words(shown);
    expect(quirks.filter((q) => !page.includes(words(`${q.id}: ${q.summary}`))).map((q) => q.id)).toEqual([]);
  });

  it('shows every example of every operation, value for value', () => {
    const page = squeezed(shown);
    const examples = collectExamples(spec).filter((c) => c.operationId && c.kind !== 'parameter');
    expect(examples.length).toBeGreaterThan(40);
    const missing = examples.filter((c) => !page.includes(squeezed(typeof c.value === 'string' ? c.value : JSON.stringify(c.value, null, 1))));
    expect(missing.map((c) => c.where)).toEqual([]);
  });
});
