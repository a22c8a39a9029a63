// `npm run cli -- proxy …` left alone (issue 24): the proxy ends, and writes its reports, when the npm above it is
// signalled (npm passes SIGTERM to its script's process, which `exec` makes the proxy itself) or ends without a word
// (SIGKILL: the proxy notices its parent gone, as a run does, core/stop.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProxyReport } from '../../reporters/proxy-report.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { ROOT, descendants, sleep, stillAlive, tempDir, waitFor } from '../runner/helpers.ts';
import { BASE, call, cookieOf } from './helpers.ts';

const PASSWORD = 'proxy-npm-Pa55word-81';

async function proxyUnderNpm(target: Simulator, stop: (npm: ChildProcess) => void) {
  const dir = tempDir();
  const npm = spawn('npm', ['run', 'cli', '--', 'proxy', '--target', target.origin, '--report-dir', dir], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let proxy: ReturnType<typeof descendants> = [];
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      npm.stdout.setEncoding('utf8').on('data', (d: string) => {
        output += d;
        const m = /^listening (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
        if (m) resolve(m[1]);
      });
      npm.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
      npm.on('close', () => reject(new Error(`npm ended before the proxy listened\n${output}`)));
    });
    // A client's session through it: something to report.
    const login = await call(origin, 'POST', `${BASE}/login`, { body: { username: target.username, password: PASSWORD } });
    await call(origin, 'GET', `${BASE}/networks`, { cookie: cookieOf(login) });
    proxy = descendants(npm.pid!).filter((p) => /runner\/cli\/checkout\.js proxy/.test(p.cmdline) && !p.cmdline.startsWith('sh '));
    expect(proxy, output).toHaveLength(1);
    const stoppedAt = performance.now();
    stop(npm);
    const gone = await waitFor(() => stillAlive(proxy).length === 0, 20_000, 100);
    await sleep(100);
    return { dir, gone, afterMs: performance.now() - stoppedAt, output };
  } finally {
    for (const p of stillAlive(proxy)) process.kill(p.pid, 'SIGKILL');
    npm.kill('SIGKILL');
  }
}

describe('`npm run cli -- proxy` left alone', { timeout: 60_000 }, () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD });
  });
  afterAll(() => target?.close());

  for (const [what, stop] of [
    ['SIGTERM to npm', (npm: ChildProcess) => npm.kill('SIGTERM')],
    ['npm killed (SIGKILL): its proxy notices', (npm: ChildProcess) => npm.kill('SIGKILL')],
  ] as const) {
    it(`${what}: the proxy exits and writes proxy.md, proxy.json and exchanges.har`, async () => {
      const r = await proxyUnderNpm(target, stop);
      expect(r.gone, `the proxy outlived npm\n${r.output}`).toBe(true);
      expect(r.afterMs).toBeLessThan(15_000);
      for (const f of ['proxy.md', 'proxy.json', 'exchanges.har']) expect(existsSync(join(r.dir, f)), `${f}\n${r.output}`).toBe(true);
      const report = JSON.parse(readFileSync(join(r.dir, 'proxy.json'), 'utf8')) as ProxyReport;
      expect(report.totals.exchanges).toBe(2);
      for (const f of ['proxy.md', 'proxy.json', 'exchanges.har']) expect(readFileSync(join(r.dir, f), 'utf8')).not.toContain(PASSWORD);
      expect(r.output).not.toContain(PASSWORD);
    });
  }
});
