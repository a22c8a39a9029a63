// `cs-conformance mock` as a user meets it: the NAS's own paths (the spec's base path, an older one on request, and
// the root the runner uses), one readable line per exchange instead of Prism's JSON log, a clean stop on SIGTERM.
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { describeRun, expectCannotRun, runCli } from './helpers.ts';

async function get(url: string, cookie?: string): Promise<{ status: number; body: string }> {
  const res = await request(url, { headers: cookie ? { cookie } : {}, headersTimeout: 10_000, bodyTimeout: 10_000 });
  return { status: res.statusCode, body: await res.body.text() };
}

describe('cs-conformance mock', () => {
  it('serves the base paths and the root, and prints one line per exchange', { timeout: 90_000 }, async () => {
    const seen: Record<string, { status: number; body: string }> = {};
    let failure: unknown;
    const r = await runCli(['mock', '--port', '0', '--base-path', '/containerstation/api/v1/'], {
      killAfterMs: 80_000,
      onLine: (line, child) => {
        const m = /^try: curl -s -b 'CS_SESS_ID=x' (http:\/\/127\.0\.0\.1:\d+)(\/\S+)\/networks$/.exec(line);
        if (!m) return;
        const [, origin, base] = m;
        void (async () => {
          seen.page = await get(`${origin}${base}/networks`, 'CS_SESS_ID=x');
          seen.older = await get(`${origin}/containerstation/api/v1/system`, 'CS_SESS_ID=x');
          seen.root = await get(`${origin}/networks`, 'CS_SESS_ID=x');
          seen.anonymous = await get(`${origin}${base}/networks`);
          seen.nowhere = await get(`${origin}/api/v2/networks`, 'CS_SESS_ID=x');
        })()
          .catch((err: unknown) => (failure = err))
          .finally(() => child.kill('SIGTERM'));
      },
    });
    expect(failure).toBeUndefined();
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toContain("try: curl -s -b 'CS_SESS_ID=x' http://127.0.0.1:");
    expect(r.stdout).toMatch(/\/container-station\/api\/v1\/networks$/m);
    expect(seen.page.status).toBe(200);
    expect(JSON.parse(seen.page.body)).toEqual(expect.arrayContaining([expect.objectContaining({ Name: 'bridge' })]));
    expect(seen.older.status).toBe(200);
    expect(seen.root.status).toBe(200);
    expect(seen.anonymous.status).toBe(401);
    expect(seen.nowhere.status).toBe(404);
    const lines = r.stdout.split('\n').filter((l) => l.includes(' → '));
    expect(lines).toEqual([
      expect.stringMatching(/^GET \/container-station\/api\/v1\/networks → 200 \d+ ms$/),
      expect.stringMatching(/^GET \/containerstation\/api\/v1\/system → 200 \d+ ms$/),
      expect.stringMatching(/^GET \/networks → 200 \d+ ms$/),
      expect.stringMatching(/^GET \/container-station\/api\/v1\/networks → 401 \d+ ms · no session cookie/),
      expect.stringMatching(/^GET \/api\/v2\/networks → 404 \d+ ms · no operation of the spec at this path/),
    ]);
    // Prism's own JSON log lines are gone.
    expect(r.stdout).not.toMatch(/^\{/m);
  });

  it('refuses a bad flag or port with one line and exit 2', async () => {
    expectCannotRun(await runCli(['mock', '--colour']), /colour/);
    expectCannotRun(await runCli(['mock', '--port', 'x']), /--port/);
    expectCannotRun(await runCli(['mock', '--base-path', 'no-slash']), /--base-path/);
  });
});
