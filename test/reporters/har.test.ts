// exchanges.har: valid HAR 1.2 (the har-schema package's JSON schema, with ajv), every exchange of a real run tagged
// with its check, redacted, and opened by a real Chromium (Playwright replays a page's requests from the HAR file).

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderHar, renderRunHar } from '../../reporters/har.ts';
import type { Exchange } from '../../reporters/model.ts';
import { SUITES } from '../../suites/catalogue/catalogue.ts';
import { SECRETS, runMixed } from '../fixtures/run-mixed.ts';
import { startSimulator } from '../../runner/simulate/simulator.ts';
import { describeRun, runCli, tempDir } from '../runner/helpers.ts';

const require = createRequire(import.meta.url);
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const PASSWORD = 'Har-Test-Pw-51c0ffee';

/** har-schema's draft-06 schemas, one file per HAR object, compiled with ajv. */
function harValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const schemas = require('har-schema') as Record<string, { $id: string }>;
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const validate = ajv.getSchema('har.json#');
  if (!validate) throw new Error('har-schema has no har.json#');
  return (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

const realRun = (async () => {
  const target = await startSimulator({ password: PASSWORD });
  const dir = tempDir();
  try {
    const r = await runCli(['run', '--target', target.url, '--username', target.username, '--suite', 'list', '--suite', 'create', '--timeout', '5000', '--report-dir', dir], {
      env: { CS_PASSWORD: PASSWORD },
    });
    return { r, dir, har: existsSync(join(dir, 'exchanges.har')) ? readFileSync(join(dir, 'exchanges.har'), 'utf8') : '' };
  } finally {
    await target.close();
  }
})();
realRun.catch(() => undefined);

describe('exchanges.har', { timeout: 60_000 }, () => {
  it('of the fixture (a failure, an exchange without answer, hostile bodies) is valid HAR 1.2, every entry tagged', () => {
    const text = renderRunHar(runMixed());
    const doc = JSON.parse(text);
    expect(harValidator()(doc)).toEqual([]);
    // Not vacuous: an entry without its request is refused.
    expect(harValidator()({ log: { ...doc.log, entries: [{ ...doc.log.entries[0], request: undefined }] } })).not.toEqual([]);
    expect(doc.log.version).toBe('1.2');
    expect(doc.log.creator).toEqual({ name: 'cs-conformance', version: runMixed().tool.version });
    const transcripts = runMixed().suites.flatMap((s) => s.checks.flatMap((c) => c.transcript.map(() => c.id)));
    expect(doc.log.entries.map((e: { _check: string }) => e._check)).toEqual(transcripts);
    const unanswered = doc.log.entries.find((e: { _error?: string }) => e._error);
    expect(unanswered.response.status).toBe(0);
    expect(text).not.toContain(SECRETS.password);
    expect(text).not.toContain(SECRETS.sessionId);
  });

  it('renderHar keeps the shared signature: entries of {exchange, check?} and a creator', () => {
    const exchange: Exchange = {
      startedAt: '2026-12-01T07:00:00.000Z',
      request: { method: 'GET', url: 'http://127.0.0.1:1/api/networks?filters=%7B%7D', headers: { cookie: 'NAS_SID=<session-cookie>' } },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: '[]' },
      durationMs: 3.5,
    };
    const doc = JSON.parse(renderHar([{ exchange }, { exchange, check: 'NET-LIST-001' }], { name: 'x', version: '1' }));
    expect(harValidator()(doc)).toEqual([]);
    expect(doc.log.entries[0]._check).toBeUndefined();
    expect(doc.log.entries[1]).toMatchObject({
      _check: 'NET-LIST-001',
      startedDateTime: '2026-12-01T07:00:00.000Z',
      time: 3.5,
      request: { queryString: [{ name: 'filters', value: '{}' }], cookies: [{ name: 'NAS_SID', value: '<session-cookie>' }] },
      response: { status: 200, content: { mimeType: 'application/json', text: '[]', size: 2 } },
    });
  });

  it('of a real run against the memory target is valid HAR 1.2: every entry has its check ID, a time, no password', async () => {
    const { r, har } = await realRun;
    expect(r.code, describeRun(r)).toBe(0);
    const doc = JSON.parse(har);
    expect(harValidator()(doc)).toEqual([]);
    const ids = new Set(SUITES.flatMap((s) => s.checks.map((c) => c.id)).concat('CLEANUP-001'));
    expect(doc.log.entries.length).toBeGreaterThan(20);
    for (const e of doc.log.entries) {
      expect(ids.has(e._check), e._check).toBe(true);
      expect(Number.isNaN(Date.parse(e.startedDateTime))).toBe(false);
    }
    expect(har).not.toContain(PASSWORD);
  });

  it.skipIf(!HAS_CHROMIUM)('opens in real Chromium: a page replays the run\'s GET /networks from the HAR', async () => {
    const { dir, har } = await realRun;
    const doc = JSON.parse(har);
    const list = doc.log.entries.find((e: { request: { method: string; url: string }; response: { status: number } }) =>
      e.request.method === 'GET' && /\/networks$/.test(e.request.url) && e.response.status === 200);
    expect(list, 'a GET /networks in the HAR').toBeDefined();
    const userDataDir = mkdtempSync(join(tmpdir(), 'csc-chromium-har-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      // The target is gone (closed after the run): whatever the page shows comes from the HAR, anything else aborts.
      await context.routeFromHAR(join(dir, 'exchanges.har'), { notFound: 'abort' });
      const page = await context.newPage();
      const response = await page.goto(list.request.url);
      expect(response?.status()).toBe(200);
      expect(JSON.parse(await response!.text())).toEqual(JSON.parse(list.response.content.text));
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

// One header per Set-Cookie line, the request's cookies and query, status 0 and _error for an exchange without an
// answer, _check naming the check (or the broken rule, for the proxy).
const answered: Exchange = {
  operationId: 'login',
  request: { method: 'POST', url: 'http://nas:8080/container-station/api/v1/login?lang=en', headers: { 'content-type': 'application/json', cookie: 'a=<session-cookie>; b=<session-cookie>' }, body: '{"username":"admin","password":"<password>"}' },
  response: { status: 200, headers: { 'content-type': 'application/json', 'set-cookie': 'CS_SESS_ID=<session-cookie>; Path=/\nNAS_SID=<session-cookie>; HttpOnly' }, body: '{"username":"admin"}' },
  durationMs: 12.5,
};
const unanswered: Exchange = { request: { method: 'GET', url: 'http://nas:8080/container-station/api/v1/networks', headers: {} }, error: 'no complete answer within 800 ms', durationMs: 800 };

describe('renderHar', () => {
  const har = JSON.parse(renderHar([{ exchange: answered, check: 'SESSION-001' }, { exchange: unanswered }], { name: 'cs-conformance', version: '0.1.0' })) as {
    log: { version: string; creator: { name: string }; entries: Record<string, any>[] };
  };

  it('is HAR 1.2 with one entry per exchange, in order', () => {
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('cs-conformance');
    expect(har.log.entries.map((e) => e.request.method)).toEqual(['POST', 'GET']);
    expect(new Date(har.log.entries[0].startedDateTime).toString()).not.toBe('Invalid Date');
  });

  it('keeps the request and the answer, one header per Set-Cookie line, and the check in _check', () => {
    const [e] = har.log.entries;
    expect(e._check).toBe('SESSION-001');
    expect(e._operationId).toBe('login');
    expect(e.time).toBe(12.5);
    expect(e.request.queryString).toEqual([{ name: 'lang', value: 'en' }]);
    expect(e.request.cookies).toEqual([{ name: 'a', value: '<session-cookie>' }, { name: 'b', value: '<session-cookie>' }]);
    expect(e.request.postData).toEqual({ mimeType: 'application/json', text: answered.request.body });
    expect(e.response.status).toBe(200);
    expect(e.response.headers.filter((h: { name: string }) => h.name === 'set-cookie')).toHaveLength(2);
    expect(e.response.cookies.map((c: { name: string }) => c.name)).toEqual(['CS_SESS_ID', 'NAS_SID']);
    expect(e.response.content).toEqual({ size: 20, mimeType: 'application/json', text: '{"username":"admin"}' });
  });

  it('marks an exchange without an answer as status 0 with the reason', () => {
    const e = har.log.entries[1];
    expect(e.response.status).toBe(0);
    expect(e.response._error).toBe('no complete answer within 800 ms');
    expect(e._check).toBeUndefined();
  });
});
