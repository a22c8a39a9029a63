// `cs-conformance simulate` from the checkout, as real processes: what it prints (the announced lines, then one line
// per exchange, never a cookie or the password), how it stops (SIGTERM, SIGINT), what it refuses (each bad flag or
// value: one line, exit 2, no stack trace), --list-faults from the one fault table, and the NAS switches on its
// command line (--latency, --others, --busy, --hang, --base-path, --username, --password-env).
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FAULT_TABLE } from '../../runner/simulate/faults.ts';
import { catchersOf } from '../../suites/index.ts';
import { expectCannotRun, runCli } from '../runner/helpers.ts';
import { startSimulate, type SimulateProcess } from './process.ts';

const PASSWORD = 'simulate-command-password-5e';
const env = { CS_PASSWORD: PASSWORD };

async function login(s: SimulateProcess, password = PASSWORD): Promise<string> {
  const r = await fetch(`${s.url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: s.username, password }) });
  expect(r.status).toBe(200);
  return r.headers.getSetCookie()[0].split(';')[0];
}

describe('cs-conformance simulate', () => {
  it("prints the reference target's lines, then one line per exchange without a secret; SIGTERM stops it, exit 0", async () => {
    const s = await startSimulate(['--port', '0'], { env });
    expect(s.announced).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/container-station\/api\/v1$/),
      username: 'admin',
      'password-env': 'CS_PASSWORD',
      'running-container': 'dtest',
      'created-container': 'dtest-created',
    });
    const cookie = await login(s);
    await fetch(`${s.url}/networks?secret=yes`, { headers: { cookie } });
    await fetch(`${s.url}/networks/doc_test_network/inspect`, { headers: { cookie } });
    await s.waitForLine(/inspect → 400/);
    const stopped = await s.stop();
    expect(stopped.code, stopped.stderr).toBe(0);
    const exchanges = stopped.stdout.split('\n').slice(6).filter(Boolean);
    expect(exchanges).toEqual([
      expect.stringMatching(/^POST \/container-station\/api\/v1\/login → 200 \d+ ms$/),
      expect.stringMatching(/^GET \/container-station\/api\/v1\/networks\?… → 200 \d+ ms$/),
      expect.stringMatching(/^GET \/container-station\/api\/v1\/networks\/doc_test_network\/inspect → 400 \d+ ms$/),
      'stopped: SIGTERM',
    ]);
    const everything = stopped.stdout + stopped.stderr;
    for (const secret of [PASSWORD, cookie.split('=')[1], 'secret=yes']) expect(everything).not.toContain(secret);
  });

  it('SIGINT stops it too, and a request it never answers is a line when the connection closes', async () => {
    const s = await startSimulate(['--port', '0', '--hang', 'system'], { env });
    const cookie = await login(s);
    const pending = fetch(`${s.url}/system`, { headers: { cookie }, signal: AbortSignal.timeout(300) }).catch((err: Error) => err.name);
    expect(await pending).toBe('TimeoutError');
    await s.waitForLine(/^GET \/container-station\/api\/v1\/system → no answer \(the connection closed after \d+ ms\)$/);
    const stopped = await s.stop('SIGINT');
    expect(stopped.code).toBe(0);
    expect(stopped.stdout.trim().split('\n').pop()).toBe('stopped: SIGINT');
  });

  it('refuses every bad flag or value with one line and exit 2, before it listens', async () => {
    const cases: [string[], RegExp][] = [
      [['--port', 'eighty'], /--port takes a port number/],
      [['--port', '70000'], /--port takes a port number/],
      [['--fault', 'list-hides-bridge'], /unknown fault\(s\): list-hides-bridge/],
      [['--password', PASSWORD], /takes no password on the command line/],
      [[`--password=${PASSWORD}`], /takes no password on the command line/],
      [['--latency', 'soon'], /--latency takes a whole number of milliseconds/],
      [['--hang', 'inspekt'], /unknown --hang operation\(s\): inspekt/],
      [['--others', '-1'], /--others/],
      [['--base-path', 'api'], /--base-path takes a path/],
      [['--success-status', '204'], /--success-status takes 200 or 201/],
      [['--ended-session', '500'], /--ended-session takes 401, 403, 200/],
      [['--login-encodings', 'xml'], /--login-encodings takes/],
      [['--password-env', '1X'], /--password-env takes the name of an environment variable/],
      [['--frobnicate'], /Unknown option '--frobnicate'/],
      [['now'], /Unexpected argument 'now'/],
    ];
    for (const [args, mentions] of cases) {
      const line = expectCannotRun(await runCli(['simulate', ...args], { env }), mentions);
      expect(line, args.join(' ')).not.toContain(PASSWORD);
    }
    expectCannotRun(await runCli(['simulate', '--port', '0']), /CS_PASSWORD is not set/);
    expectCannotRun(await runCli(['simulate', '--port', '0', '--password-env', 'MY_NAS_PW'], { env }), /MY_NAS_PW is not set/);
  });

  it('a port in use: one line naming it, exit 2', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      expectCannotRun(await runCli(['simulate', '--port', String(port)], { env }), new RegExp(`port ${port} is in use — pick another --port`));
    } finally {
      taken.close();
    }
  });

  it('--list-faults: one fault a line, its name, the checks that catch it, what it does; --help lists every switch', async () => {
    const r = await runCli(['simulate', '--list-faults']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(FAULT_TABLE.length);
    FAULT_TABLE.forEach((f, i) => {
      expect(lines[i].startsWith(`${f.name} `)).toBe(true);
      expect(lines[i]).toContain(catchersOf(f.name).checks.map((c) => c.id).join(','));
      expect(lines[i].endsWith(f.description)).toBe(true);
    });
    const help = await runCli(['simulate', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--port', '--base-path', '--fault', '--list-faults', '--latency', '--username', '--password-env', '--success-status', '--errors-as-200', '--charset', '--list-order', '--session-lifetime', '--ended-session', '--session-cookie', '--rotate-cookie', '--login-encodings', '--lockout-after', '--max-requests-per-connection', '--others', '--busy', '--hang']) {
      expect(help.stdout, flag).toContain(`  ${flag} `);
    }
  });

  it('the NAS switches: another user, a busy client, a hanging inspect, latency, a base path, a user and a password variable', async () => {
    const s = await startSimulate(['--port', '0', '--others', '4', '--busy', '--hang', 'inspect', '--latency', '100', '--base-path', '/containerstation/api/v1', '--username', 'ops', '--password-env', 'NAS_PW'], { env: { NAS_PW: PASSWORD } });
    try {
      expect(s.url).toMatch(/\/containerstation\/api\/v1$/);
      expect(s.announced).toMatchObject({ username: 'ops', 'password-env': 'NAS_PW' });
      const cookie = await login(s);
      const t0 = performance.now();
      const names = ((await (await fetch(`${s.url}/networks`, { headers: { cookie } })).json()) as { Name: string }[]).map((n) => n.Name);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(99);
      expect(names.filter((n) => n.startsWith('other-user-'))).toHaveLength(4);
      expect(names).toEqual(expect.arrayContaining(['bridge', 'host', 'none']));
      const hung = await fetch(`${s.url}/networks/bridge/inspect`, { headers: { cookie }, signal: AbortSignal.timeout(400) }).then((r) => `HTTP ${r.status}`, (err: Error) => err.name);
      expect(hung).toBe('TimeoutError');
    } finally {
      expect((await s.stop()).code).toBe(0);
    }
  });
});
