// --rate-limit's limiter against a real loopback server that notes when each request arrives. Bounds are generous:
// the machine is a shared 2-core VM (a late timer only widens the spacing, never narrows it).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../wire/rate-limit.ts';

let server: Server;
let origin: string;
let arrivals: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    arrivals.push(performance.now());
    req.resume();
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** `n` requests started at the same moment, each taking its turn from `limiter` first; the arrival times, sorted. */
async function burst(limiter: RateLimiter, n: number): Promise<number[]> {
  arrivals = [];
  await Promise.all(
    Array.from({ length: n }, async () => {
      await limiter.take();
      const res = await fetch(`${origin}/networks`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
    }),
  );
  return arrivals.sort((a, b) => a - b);
}

describe('RateLimiter', () => {
  it('at 20 requests per second, 20 requests sent at once arrive over ~1 s, ~50 ms apart', async () => {
    const at = await burst(new RateLimiter(20), 20);
    expect(at).toHaveLength(20);
    const span = at[19] - at[0];
    expect(span).toBeGreaterThanOrEqual(900);
    const meanGap = span / 19;
    expect(meanGap).toBeGreaterThanOrEqual(45);
    expect(meanGap).toBeLessThan(100);
  });

  it('unlimited (no rate): 20 requests sent at once arrive together', async () => {
    const at = await burst(new RateLimiter(undefined), 20);
    expect(at).toHaveLength(20);
    expect(at[19] - at[0]).toBeLessThan(500);
  });

  it('an abort ends the wait at once with the signal\'s reason', async () => {
    const limiter = new RateLimiter(1);
    await limiter.take();
    const stop = new AbortController();
    const waiting = limiter.take(stop.signal);
    const t0 = performance.now();
    stop.abort(new Error('interrupted'));
    await expect(waiting).rejects.toThrow('interrupted');
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('refuses a rate that is not a positive number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => new RateLimiter(bad)).toThrow(/positive number/);
  });
});
