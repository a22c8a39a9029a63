// The runner against targets that break HTTP or the API: every run must end, within a bound, either as a reported
// conformance failure (exit 1) or as one exit-2 line — never a hang, a crash or a stack trace.
//
// Two places a misbehaviour can hit:
// - the preflight (no --username: GET /networks is the probe, the first request): exit 2 when the target cannot be
//   reached or does not answer JSON — nothing has shown that it speaks the API, so no check could mean anything;
// - the suites (--username: the login passes through to the memory target, then the misbehaviour starts): exit 1,
//   because the target did speak the API and now breaks it, which is what the checks are there to report. The checks
//   that touch the broken route fail with what went wrong, and nothing the run created is left on the target.
//
// Each scenario (servers and CLI run) starts with the others of its block; each test awaits its own and judges it.
import type { IncomingMessage } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import {
  closedPort,
  conformanceNetworks,
  expiringSessionProxy,
  garbageServer,
  hangServer,
  htmlServer,
  hugeJson,
  isList,
  redirectLoop,
  redirectTo,
  resetMidResponse,
  slowDrip,
  truncatedJson,
  unauthorizedServer,
  type LocalServer,
  type Selective,
} from '../servers/misbehaving.ts';
import { describeRun, early, expectCannotRun, expectReportedFailure, runCli, tempDir, type CliResult } from './helpers.ts';

const PASSWORD = 'Robust-Test-Pw-51c0d9';
const TIMEOUT = 1000;
/** Bound of a preflight failure, from the run's header line: the probe's deadline, twice. */
const PREFLIGHT_BOUND = 2 * TIMEOUT;

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function track<T extends { close(): Promise<void> }>(p: Promise<T>): Promise<T> {
  const s = await p;
  closers.push(() => s.close());
  return s;
}

/** A run without login against a server of its own: GET /networks is the first request. */
function preflight<S extends { url: string }>(make: () => Promise<S>): () => Promise<{ r: CliResult; s: S }> {
  return early(async () => {
    const s = await make();
    if ('close' in s) closers.push(() => (s as unknown as LocalServer).close());
    const r = await runCli(['run', '--target', s.url, '--timeout', String(TIMEOUT), '--report-dir', tempDir()], { killAfterMs: 20_000 });
    return { r, s };
  });
}

/** A logged-in run of the list suite (it lists, creates and removes) through a misbehaving proxy to a target of its own. */
function throughProxy(make: (sel: Selective) => Promise<LocalServer>, sel: Omit<Selective, 'upstream'>): () => Promise<{ r: CliResult; target: Simulator; left: string[] }> {
  return early(async () => {
    const target = await track(startSimulator({ password: PASSWORD }));
    const proxy = await track(make({ ...sel, upstream: target.origin }));
    const r = await suiteRun(proxy.url);
    return { r, target, left: await conformanceNetworks(target, PASSWORD) };
  });
}

function suiteRun(url: string, ...extra: string[]): Promise<CliResult> {
  return runCli(['run', '--target', url, '--username', 'admin', '--suite', 'list', '--timeout', String(TIMEOUT), '--report-dir', tempDir(), ...extra], {
    env: { CS_PASSWORD: PASSWORD },
    killAfterMs: 25_000,
  });
}

const deadline = new RegExp(`no complete answer within ${TIMEOUT} ms`);

describe('misbehaviour at the preflight (no login: GET /networks first): exit 2, one line', { timeout: 30_000 }, () => {
  const refused = preflight(closedPort);
  const reset = preflight(() => resetMidResponse());
  const hang = preflight(() => hangServer());
  const drip = preflight(() => slowDrip({ intervalMs: 100, bytes: 300 }));
  const garbage = preflight(garbageServer);
  const html = preflight(() => htmlServer());
  const loop = preflight(() => redirectLoop());
  const toHttps = preflight(() => redirectTo('https://127.0.0.1:1'));
  const huge = [false, true].map((declareLength) => ({
    how: declareLength ? 'with Content-Length' : 'chunked, no length declared',
    run: preflight(() => hugeJson({ bytes: 50 * 1024 * 1024, declareLength })),
  }));
  const truncated = preflight(() => truncatedJson());

  it('connection refused', async () => {
    const { r } = await refused();
    expectCannotRun(r, /connection refused/);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it('connection reset mid-response (headers and half the body, then the socket is destroyed)', async () => {
    const { r } = await reset();
    expectCannotRun(r, /closed by the target before a complete answer|truncated/);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it('a request accepted and never answered', async () => {
    const { r } = await hang();
    expectCannotRun(r, deadline);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it('an answer dripping one byte every 100 ms (each byte in time, the whole far slower than --timeout)', async () => {
    const { r } = await drip();
    expectCannotRun(r, deadline);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it('garbage bytes instead of HTTP', async () => {
    const { r } = await garbage();
    expectCannotRun(r, /cannot reach .*GET \/networks/);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it('an HTML page (200 text/html)', async () => {
    const { r } = await html();
    expectCannotRun(r, /does not speak the Container Station API.*text\/html/);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it('a redirect loop (302 to itself): not followed', async () => {
    const { r, s } = await loop();
    expectCannotRun(r, /302/);
    expect(s.hits, 'requests before giving up').toBe(1);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  // A NAS's HTTP port redirects to its HTTPS port. runner/run/session.ts has a branch for this ("was redirected to
  // <location> — point --target at that origin"), but the "not JSON" test before it catches every redirect without a
  // JSON Content-Type.
  // RUNNER BUG (reported, minor): the line says "does not speak the API … HTTP 302 (text/html)", not where to go.
  it('a redirect to the HTTPS origin: the line names where the target redirects to', async () => {
    const { r } = await toHttps();
    expectCannotRun(r, /redirected \(HTTP 302\) to https:\/\/127\.0\.0\.1:1\//);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  it.each(huge)('a 50 MB JSON body ($how): refused at the 8 MiB cap without reading it all', async ({ run }) => {
    const { r, s } = await run();
    expectCannotRun(r, /exceeds the 8388608-byte limit/);
    // Streamed and capped: the server got to write little more than the cap (socket buffers) before the client left.
    expect(s.sent, 'bytes the server wrote').toBeLessThan(24 * 1024 * 1024);
    expect(r.sinceHeaderMs, describeRun(r)).toBeLessThan(PREFLIGHT_BOUND);
  });

  // A complete HTTP answer declared as JSON, whose body stops halfway: the runner's preflight leaves every JSON answer
  // to the suites (runner/run/session.ts: "a JSON answer that breaks the spec is left to the suites"), so this is a
  // reported failure of NET-LIST-001 and the other checks, not exit 2.
  it('truncated JSON (Content-Type application/json, complete HTTP): exit 1, the checks report it', async () => {
    const { r } = await truncated();
    expectReportedFailure(r);
    expect(r.stdout).toMatch(/^FAIL\s+NET-LIST-001 .*unparseable/m);
    expect(r.elapsedMs, describeRun(r)).toBeLessThan(20_000);
  });
});

describe('misbehaviour once logged in (the suites run): exit 1, the checks say what broke, nothing left behind', { timeout: 30_000 }, () => {
  // Only GET /networks misbehaves: creates and removes still work, so the checks that create can clean up after
  // themselves, and the failures name the list.
  const listOnly = [
    { name: 'never answers', make: (sel: Selective) => hangServer(sel), says: deadline },
    { name: 'drips byte by byte', make: (sel: Selective) => slowDrip({ ...sel, intervalMs: 100, bytes: 300 }), says: deadline },
    { name: 'answers 50 MB', make: (sel: Selective) => hugeJson({ ...sel, bytes: 50 * 1024 * 1024 }), says: /exceeds the 8388608-byte limit/ },
    { name: 'answers truncated JSON', make: (sel: Selective) => truncatedJson(sel), says: /unparseable/ },
  ].map((c) => ({ ...c, run: throughProxy(c.make, { after: 1, only: isList }) }));
  // Every route after the login misbehaves (GET /system, the checks, the sweep and the logout included).
  const everyRoute = [
    { name: 'resets the connection mid-response', make: (sel: Selective) => resetMidResponse(sel), says: /closed by the target before a complete answer|truncated/ },
    { name: 'answers an HTML page', make: (sel: Selective) => htmlServer(sel), says: /text\/html/ },
    { name: 'redirects to itself', make: (sel: Selective) => redirectLoop(sel), says: /redirect|302/ },
  ].map((c) => ({ ...c, run: throughProxy(c.make, { after: 1 }) }));

  it.each([...listOnly.map((c) => ({ ...c, name: `GET /networks ${c.name}` })), ...everyRoute.map((c) => ({ ...c, name: `every route ${c.name}` }))])('$name', async ({ run, says }) => {
    const { r, left } = await run();
    expectReportedFailure(r);
    expect(r.stdout, describeRun(r)).toMatch(new RegExp(`^FAIL\\s+NET-LIST-001 .*(${says.source})`, 'm'));
    expect(r.stderr, describeRun(r)).not.toMatch(/internal error/);
    expect(r.elapsedMs, describeRun(r)).toBeLessThan(25_000);
    expect(left, describeRun(r)).toEqual([]);
  });
});

describe('a session that expires mid-run', { timeout: 30_000 }, () => {
  const refusedFromLogin = throughProxy(unauthorizedServer, { after: 1 });
  const expiring = early(async () => {
    const target = await track(startSimulator({ password: PASSWORD }));
    const isCreate = (req: IncomingMessage) => req.method === 'POST' && /\/networks$/.test(req.url ?? '');
    const proxy = await track(expiringSessionProxy(target.origin, isCreate));
    const r = await suiteRun(proxy.url, '--suite', 'create', '--timeout', '3000');
    return { r, proxy, left: await conformanceNetworks(target, PASSWORD) };
  });

  // Every request after the login draws 401 with the envelope, a new login too: the session cannot be kept, and the run
  // cannot know what it would leave behind. Expected: exit 2 with one line saying the new login was refused.
  it('when the session ends and a new login is refused, the run ends with exit 2 and one line', async () => {
    const { r } = await refusedFromLogin();
    expectCannotRun(r, /the session ended \(HTTP 401\) and a new login was refused: HTTP 401/);
    expect(r.elapsedMs, describeRun(r)).toBeLessThan(25_000);
  });

  // Right after the first network is created the session cookie starts drawing 401 with the envelope, as a NAS session
  // timeout does. Expected: the checks' worker logs in again (and the runner too, for its sweep), the totals line says
  // so, and the run goes on — its checks pass and what it created is removed.
  it('logs in again, says so, finishes within a bound, and removes the networks it created', async () => {
    const { r, proxy, left } = await expiring();
    expect(proxy.expired, 'the session expired during the run').toBe(true);
    expect(proxy.refused).toBeGreaterThan(0);
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout, describeRun(r)).toMatch(/^CONFORMANT: .* · session renewed [12]× · /m);
    expect(r.elapsedMs, describeRun(r)).toBeLessThan(25_000);
    expect(left, describeRun(r)).toEqual([]);
  });
});
