// The latency-injecting target: every answer comes late by the latency, and concurrent requests are delayed side by
// side (not queued). Bounds are generous: the machine is a shared 2-core VM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';

const PASSWORD = 'latency-test-password';
const LATENCY = 100;

/** One GET /system (a 401 without a session: what it answers does not matter, only when), timed. */
async function timedRequest(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${url}/system`, { signal: AbortSignal.timeout(5000) });
  await res.arrayBuffer();
  return performance.now() - t0;
}

describe('memory target with latency', () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD, latencyMs: LATENCY });
  });
  afterAll(() => target.close());

  it('one request takes at least the latency', async () => {
    await timedRequest(target.url); // the connection is open from here on
    expect(await timedRequest(target.url)).toBeGreaterThanOrEqual(LATENCY - 1);
  });

  it('8 concurrent requests are delayed side by side: all done well under 8 × the latency', async () => {
    const before = target.requests();
    const t0 = performance.now();
    const each = await Promise.all(Array.from({ length: 8 }, () => timedRequest(target.url)));
    const wall = performance.now() - t0;
    for (const ms of each) expect(ms).toBeGreaterThanOrEqual(LATENCY - 1);
    expect(wall).toBeLessThan(600);
    expect(target.requests() - before).toBe(8);
  });

  it('without latency the same request is answered at once', async () => {
    const quick = await startSimulator({ password: PASSWORD });
    try {
      await timedRequest(quick.url);
      expect(await timedRequest(quick.url)).toBeLessThan(LATENCY);
    } finally {
      await quick.close();
    }
  });
});

describe('--latency on the command line', () => {
  // `cs-conformance simulate --latency` is test/simulate/command.test.ts's.
  it('a bad latency: one line and exit 2 from the Docker target (before any engine starts)', async () => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('../reference-target/docker-target.ts', import.meta.url)), '--latency', '2.5'], { env: { ...process.env, CS_PASSWORD: PASSWORD }, stdio: ['ignore', 'pipe', 'pipe'] });
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const [code] = await once(child, 'exit');
    clearTimeout(killer);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--latency takes a whole number of milliseconds from 0 to 60000, got "2.5"');
  });
});
