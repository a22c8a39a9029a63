// What a client's test suite gets from `cs-conformance simulate` against `cs-conformance mock` (Prism), both as the
// processes a user starts from the checkout, each printing its line per exchange to a file: requests per second on
// the same mix (log in once; then list, create, inspect by name, remove by Id, over and over) from a load generator
// holding N keep-alive connections (an undici Pool, one request at a time on each), at 1 and 16 connections, the two
// servers' cells interleaved so the machine's drift hits both; beside them, the ceiling: a bare node:http server
// with canned answers (noop-server.ts), what the round trip between two processes costs here before any server work.
// And the simulator's resident memory after 100 000 such requests against after 1 000 (a fresh process: networks
// removed are forgotten, sessions ended are dropped).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';

const ROOT = new URL('../..', import.meta.url).pathname;
const BASE = '/container-station/api/v1';
const PASSWORD = 'bench-simulate-password';
export const CONNECTIONS = [1, 16] as const;

type Goal = { goal: string; measured: string; met: boolean };

interface Server {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** `node runner/cli/checkout.js <args>`, its stdout to a file read until `pattern` gives the origin. */
async function serve(args: string[], pattern: RegExp, env: Record<string, string> = {}, script = 'runner/cli/checkout.js'): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'csc-bench-serve-'));
  const log = join(dir, 'stdout.log');
  const child: ChildProcess = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', openSync(log, 'w'), 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const m = pattern.exec(readFileSync(log, 'utf8'));
    if (m) {
      return {
        origin: m[1],
        pid: child.pid!,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${args.join(' ')} did not start: ${stderr.trim().split('\n').pop() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const startSimulate = () => serve(['simulate', '--port', '0'], /^url: (http:\/\/[^/\s]+)/m, { CS_PASSWORD: PASSWORD });
const startMockServer = () => serve(['mock', '--port', '0'], /listening on (http:\/\/[^/\s]+)/);
const startNoop = () => serve([], /listening on (http:\/\/[^/\s]+)/, {}, 'test/bench/noop-server.ts');

/** A client of the mix on `connections` keep-alive connections: a login, then `iterations` × 4 requests per worker. */
async function loadClient(origin: string, connections: number) {
  const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const call = async (method: 'GET' | 'POST' | 'DELETE', path: string, cookie: string, body?: unknown): Promise<unknown> => {
    const r = await pool.request({ method, path: BASE + path, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const text = await r.body.text();
    if (r.statusCode !== 200) throw new Error(`${method} ${path}: HTTP ${r.statusCode} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
  const login = await pool.request({ method: 'POST', path: `${BASE}/login`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  await login.body.text();
  const setCookie = login.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? 'CS_SESS_ID=bench';
  let n = 0;
  /** `requests` requests of the mix, `connections` workers side by side; answers the wall ms. */
  const run = async (requests: number): Promise<number> => {
    const iterations = Math.ceil(requests / 4 / connections);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: connections }, async () => {
      for (let i = 0; i < iterations; i++) {
        const name = `bench-${process.pid}-${++n}`;
        await call('GET', '/networks', cookie);
        const { Id } = (await call('POST', '/networks', cookie, { name, check_duplicate: true })) as { Id: string };
        await call('GET', `/networks/${name}/inspect`, cookie);
        await call('DELETE', `/networks/${Id}`, cookie);
      }
    }));
    return performance.now() - t0;
  };
  return { run, requestsOf: (requests: number) => Math.ceil(requests / 4 / connections) * 4 * connections, close: () => pool.close() };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export interface ThroughputCell {
  connections: number;
  simulatePerSecond: number;
  mockPerSecond: number;
  /** The bare node:http server's: the ceiling of any Node server here. */
  noopPerSecond: number;
  ratio: number;
}

/** Requests per second of each server at each connection count: `reps` interleaved cells of `requests` after a warm-up. */
export async function throughputRows(reps: number, requests: number): Promise<ThroughputCell[]> {
  const servers = { sim: await startSimulate(), mock: await startMockServer(), noop: await startNoop() };
  const which = ['sim', 'mock', 'noop'] as const;
  try {
    const cells: ThroughputCell[] = [];
    for (const connections of CONNECTIONS) {
      const clients = { sim: await loadClient(servers.sim.origin, connections), mock: await loadClient(servers.mock.origin, connections), noop: await loadClient(servers.noop.origin, connections) };
      const perSecond = { sim: [] as number[], mock: [] as number[], noop: [] as number[] };
      for (const w of which) await clients[w].run(Math.min(requests, 400));
      for (let rep = 0; rep < reps; rep++) {
        for (const w of which) perSecond[w].push((clients[w].requestsOf(requests) * 1000) / (await clients[w].run(requests)));
      }
      await Promise.all(which.map((w) => clients[w].close()));
      const s = median(perSecond.sim);
      const m = median(perSecond.mock);
      cells.push({ connections, simulatePerSecond: s, mockPerSecond: m, noopPerSecond: median(perSecond.noop), ratio: s / m });
    }
    return cells;
  } finally {
    await Promise.all(which.map((w) => servers[w].stop()));
  }
}

const rssKiB = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

export interface MemoryRow {
  reps: number;
  early: number;
  late: number;
  /** Medians over `reps` fresh processes; the ratios are the medians of each process's own. */
  earlyRssMiB: number;
  lateRssMiB: number;
  ratio: number;
  ratios: number[];
  /** After twice `late`: what grows with every request keeps growing; a heap that only sized itself does not. */
  doubleRssMiB: number;
  doubleRatio: number;
}

/** One fresh simulator's RSS (KiB) after `early`, `late` and twice `late` requests of the mix (16 connections). */
async function rssAfter(early: number, late: number): Promise<[number, number, number]> {
  const sim = await startSimulate();
  const client = await loadClient(sim.origin, 16);
  try {
    await client.run(early);
    const earlyRss = rssKiB(sim.pid);
    await client.run(late - client.requestsOf(early));
    const lateRss = rssKiB(sim.pid);
    await client.run(late);
    return [earlyRss, lateRss, rssKiB(sim.pid)];
  } finally {
    await client.close();
    await sim.stop();
  }
}

/**
 * The resident memory of `reps` fresh simulators after `early` and after `late` requests. A V8 heap's young
 * generation doubles under a high allocation rate at a moment of its own choosing, so single runs differ: medians.
 */
export async function memoryRow(reps: number, early: number, late: number): Promise<MemoryRow> {
  const samples: [number, number, number][] = [];
  for (let i = 0; i < reps; i++) samples.push(await rssAfter(early, late));
  const ratios = samples.map(([e, l]) => l / e);
  return {
    reps,
    early,
    late,
    earlyRssMiB: median(samples.map(([e]) => e)) / 1024,
    lateRssMiB: median(samples.map(([, l]) => l)) / 1024,
    ratio: median(ratios),
    ratios,
    doubleRssMiB: median(samples.map(([, , d]) => d)) / 1024,
    doubleRatio: median(samples.map(([, l, d]) => d / l)),
  };
}

export function printSimulateRows(cells: ThroughputCell[], memory: MemoryRow, log: (line: string) => void): void {
  log('| the same mix (login once; list, create, inspect, remove), requests per second (median) | cs-conformance simulate | cs-conformance mock (Prism) | ratio | ceiling: bare node:http, canned answers |');
  log('|---|---|---|---|---|');
  for (const c of cells) {
    log(`| ${c.connections} keep-alive connection${c.connections === 1 ? '' : 's'} | ${c.simulatePerSecond.toFixed(0)} | ${c.mockPerSecond.toFixed(0)} | ${c.ratio.toFixed(2)}× | ${c.noopPerSecond.toFixed(0)} (simulate at ${((100 * c.simulatePerSecond) / c.noopPerSecond).toFixed(0)} %) |`);
  }
  log('');
  const n = (x: number) => x.toLocaleString('en');
  log(`| cs-conformance simulate, resident memory (median of ${memory.reps} fresh processes) | after ${n(memory.early)} requests | after ${n(memory.late)} requests | ratio (each process's) | after ${n(2 * memory.late)} requests | ratio to ${n(memory.late)} |`);
  log('|---|---|---|---|---|---|');
  log(`| VmRSS | ${memory.earlyRssMiB.toFixed(1)} MiB | ${memory.lateRssMiB.toFixed(1)} MiB | ${memory.ratio.toFixed(2)}× (${memory.ratios.map((r) => r.toFixed(2)).join(', ')}) | ${memory.doubleRssMiB.toFixed(1)} MiB | ${memory.doubleRatio.toFixed(2)}× |`);
}

export function simulateGoals(cells: ThroughputCell[], memory: MemoryRow): Goal[] {
  return [
    ...cells.map((c) => ({ goal: `simulate at least 3× the requests per second of mock at ${c.connections} connection${c.connections === 1 ? '' : 's'}`, measured: `${c.ratio.toFixed(2)}× (${c.simulatePerSecond.toFixed(0)} vs ${c.mockPerSecond.toFixed(0)})`, met: c.ratio >= 3 })),
    { goal: `simulate's resident memory after ${memory.late.toLocaleString('en')} requests at most 1.2× after ${memory.early.toLocaleString('en')}`, measured: `${memory.ratio.toFixed(2)}× (${memory.lateRssMiB.toFixed(1)} vs ${memory.earlyRssMiB.toFixed(1)} MiB)`, met: memory.ratio <= 1.2 },
  ];
}
