// npm run bench [-- --reps N] [--json FILE] [--no-docker] [--only-requests] [--requests N]
//                  [--latency-only] [--latency-reps N] [--latencies MS,…] [--concurrencies N,…] [--rotation-only]
//                  [--simulate-only] [--load-requests N] [--memory-requests N]
// How long a conformance run takes and where the time goes, what the harness costs per request next to raw undici
// over the same keep-alive connection, how a run scales with the target's answer time and --concurrency, and how long
// the embedded Prism alone takes to start, what a session cookie rotating on every answer costs (rotation.ts), and
// what `cs-conformance simulate` serves against `cs-conformance mock` and the memory it keeps (simulate-bench.ts).
// Several repetitions, medians; one table each; optional JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent, fetch as undiciFetch, request } from 'undici';
import type { RunResult } from '../../reporters/model.ts';
import { Api } from '../../wire/api.ts';
import { DEFAULTS } from '../../runner/run/settings.ts';
import { Transport } from '../../wire/transport.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { printRotationRow, rotationGoal, rotationRow } from './rotation.ts';
import { memoryRow, printSimulateRows, simulateGoals, throughputRows } from './simulate-bench.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface RunSample {
  wallMs: number;
  code: number | null;
  phases: Record<string, number>;
  /** How long at least one request of the checks was waiting for the target (the union of their exchanges' times). */
  roundTripMs: number;
  requests: number;
  peakRssMiB: number;
  suiteMs: Record<string, number>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/**
 * Peak RSS of a process tree: VmHWM of each process seen, summed (the CLI and its Prism child run side by side). A
 * high-water mark, so reading it every 20 ms misses nothing; the tree itself (a walk of every /proc entry, ~1 ms) is
 * looked for again every 10th sample only, to keep the sampler's own CPU off the run it measures.
 */
function treeSampler(rootPid: number, peaks: Map<number, number>): () => void {
  let tree = [rootPid];
  let samples = 0;
  return () => {
    if (samples++ % 10 === 0) tree = descendantsOf(rootPid);
    for (const pid of tree) {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1])));
      } catch {
        // gone
      }
    }
  };
}

/** `rootPid` and every process below it. */
function descendantsOf(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended between readdir and read
    }
  }
  const found: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

async function timedRun(args: string[], env: Record<string, string> = {}, sampleRss = true): Promise<RunSample> {
  const dir = mkdtempSync(join(tmpdir(), 'csc-bench-'));
  const phasesFile = join(dir, 'phases.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['runner/cli/checkout.js', 'run', '--report-dir', join(dir, 'reports'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, CS_PHASES_FILE: phasesFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const peaks = new Map<number, number>();
  const sampler = sampleRss ? setInterval(treeSampler(child.pid!, peaks), 20) : undefined;
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  try {
    const { marks } = JSON.parse(readFileSync(phasesFile, 'utf8')) as { marks: { name: string; at: number }[] };
    const results = JSON.parse(readFileSync(join(dir, 'reports', 'results.json'), 'utf8')) as RunResult;
    const exchanges = results.suites.flatMap((s) => s.checks.flatMap((c) => c.transcript));
    const suiteMs: Record<string, number> = {};
    for (const s of results.suites) suiteMs[s.name] = s.checks.reduce((t, c) => t + c.durationMs, 0);
    return {
      wallMs,
      code,
      phases: Object.fromEntries(marks.map((m) => [m.name, m.at])),
      roundTripMs: waitingMs(exchanges),
      requests: exchanges.length,
      peakRssMiB: [...peaks.values()].reduce((a, b) => a + b, 0) / 1024,
      suiteMs,
    };
  } catch (err) {
    throw new Error(`run ${args.join(' ')} exited ${code} without results: ${stderr.trim().split('\n').pop() ?? (err as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The time during which at least one exchange was in flight: checks run side by side, so answer times overlap. */
function waitingMs(exchanges: { startedAt?: string; durationMs: number }[]): number {
  const spans = exchanges.map((e) => [Date.parse(e.startedAt ?? ''), Date.parse(e.startedAt ?? '') + e.durationMs] as const).filter(([from]) => !Number.isNaN(from)).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** Phase durations of a run: the gaps between its marks (ms since process start). */
function phaseTable(samples: RunSample[]) {
  const gap = (s: RunSample, from: string | null, to: string) => s.phases[to] - (from ? s.phases[from] : 0);
  const rows: [string, (s: RunSample) => number][] = [
    ['CLI start (process start → runner loaded)', (s) => gap(s, null, 'cli-ready')],
    ['target ready (mock start)', (s) => gap(s, 'cli-ready', 'mock-ready')],
    ['login', (s) => gap(s, 'mock-ready', 'login')],
    ['GET /system', (s) => gap(s, 'login', 'system')],
    ['test runner ready (waited for)', (s) => gap(s, 'system', 'vitest-ready')],
    ['suites', (s) => gap(s, 'vitest-ready', 'suites-done')],
    ['cleanup sweep + logout', (s) => gap(s, 'suites-done', 'logout')],
    ['reports', (s) => gap(s, 'logout', 'reports')],
    ['teardown (mock stop, exit)', (s) => s.wallMs - s.phases.reports],
  ];
  return rows.map(([name, f]) => ({ name, ms: median(samples.map(f)) }));
}

async function runs(label: string, reps: number, args: string[], env?: Record<string, string>) {
  await timedRun(args, env); // warm the compile cache and the page cache
  const samples: RunSample[] = [];
  for (let i = 0; i < reps; i++) samples.push(await timedRun(args, env));
  const bad = samples.find((s) => s.code !== 0);
  if (bad) throw new Error(`${label}: a run exited ${bad.code}`);
  const wall = median(samples.map((s) => s.wallMs));
  const rt = median(samples.map((s) => s.roundTripMs));
  const suites: Record<string, number> = {};
  for (const name of Object.keys(samples[0].suiteMs)) suites[name] = median(samples.map((s) => s.suiteMs[name] ?? 0));
  return {
    label,
    reps,
    wallMs: wall,
    wallMinMs: Math.min(...samples.map((s) => s.wallMs)),
    wallMaxMs: Math.max(...samples.map((s) => s.wallMs)),
    requests: median(samples.map((s) => s.requests)),
    roundTripMs: rt,
    fixedCostMs: median(samples.map((s) => s.wallMs - s.roundTripMs)),
    peakRssMiB: median(samples.map((s) => s.peakRssMiB)),
    phases: phaseTable(samples),
    suites,
  };
}

/** Per-request cost: the harness (generated SDK + its client + transport + spec validation) vs raw undici. */
async function perRequest(n: number, batches: number) {
  const body = '[]';
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const agent = new Agent({ connections: 1, keepAliveTimeout: 10_000 });
  const transport = new Transport({ baseUrl: origin, timeoutMs: 5000, insecure: false });
  const api = new Api(transport, { mock: false });
  const batch = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return ((performance.now() - t0) * 1000) / n;
  };
  const raw = async () => {
    const r = await request(`${origin}/networks`, { dispatcher: agent });
    await r.body.text();
  };
  const rawFetch = async () => {
    const r = await undiciFetch(`${origin}/networks`, { dispatcher: agent });
    await r.text();
  };
  const harness = () => api.call('listNetworks');
  for (const fn of [raw, rawFetch, harness]) for (let i = 0; i < Math.min(2000, 2 * n); i++) await fn();
  // Interleaved batches, so that the machine's drift (a VM's neighbours) hits all three alike; medians of the ratios.
  const rows: { raw: number; fetch: number; harness: number }[] = [];
  for (let b = 0; b < batches; b++) rows.push({ raw: await batch(raw), fetch: await batch(rawFetch), harness: await batch(harness) });
  const result = {
    rawRequestUs: median(rows.map((r) => r.raw)),
    rawFetchUs: median(rows.map((r) => r.fetch)),
    harnessUs: median(rows.map((r) => r.harness)),
    ratioToRequest: median(rows.map((r) => r.harness / r.raw)),
    ratioToFetch: median(rows.map((r) => r.harness / r.fetch)),
  };
  await transport.close();
  await agent.close();
  server.close();
  return result;
}

/** Spawn to `ready` of a fresh process that only starts the embedded Prism (mock-ready.ts), with the CLI's compile cache. */
async function mockReadyMs(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'test', 'bench', 'mock-ready.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const ready = new Promise<number>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (stdout.includes('ready ')) resolve(performance.now() - started);
    });
  });
  const readyAt = await Promise.race([ready, closed.then(() => undefined)]);
  const code = await closed;
  if (readyAt === undefined || code !== 0) throw new Error(`the mock-ready process exited ${code} without starting Prism: ${stderr.trim().split('\n').pop() ?? ''}`);
  return readyAt;
}

/**
 * Prism's own start-to-ready time against the default mock run's wall time, timed alike: fresh processes from spawn,
 * nothing sampled beside them (the RSS sampler of the main table lengthens a run by ~0.1 s), the two interleaved so
 * that the machine's drift hits both; one warm-up each, then the medians of `reps`.
 */
async function prismAgainstRun(reps: number) {
  await mockReadyMs();
  await timedRun([], {}, false);
  const ready: number[] = [];
  const runs: number[] = [];
  for (let i = 0; i < reps; i++) {
    ready.push(await mockReadyMs());
    runs.push((await timedRun([], {}, false)).wallMs);
  }
  return { readyMs: median(ready), minMs: Math.min(...ready), maxMs: Math.max(...ready), runMs: median(runs), runMinMs: Math.min(...runs), runMaxMs: Math.max(...runs) };
}

interface LatencyCell {
  latencyMs: number;
  concurrency: number;
  wallMs: number;
  wallMinMs: number;
  wallMaxMs: number;
  /** Exchanges in the checks' transcripts (results.json). */
  requests: number;
  /** Every request the target received: the checks' plus the runner's own (login, GET /system, sweep, logout). */
  targetRequests: number;
}

/**
 * Wall time of a full stateful run (memory target, --container, --allow-destructive) for each latency × concurrency,
 * repetitions interleaved so that the machine's drift hits every cell alike; one memory target per latency.
 */
async function latencyTable(latencies: number[], concurrencies: number[], reps: number) {
  const password = 'bench-password';
  const targets = new Map<number, Simulator>();
  try {
    for (const ms of latencies) targets.set(ms, await startSimulator({ password, latencyMs: ms }));
    const args = (t: Simulator, concurrency: number) => ['--target', t.url, '--username', t.username, '--container', t.runningContainer, '--allow-destructive', '--concurrency', String(concurrency)];
    const env = { CS_PASSWORD: password };
    // Warm the compile cache and the page cache, on the quickest cell.
    await timedRun(args(targets.get(Math.min(...latencies))!, Math.max(...concurrencies)), env);
    const samples = new Map<string, { wallMs: number; requests: number; targetRequests: number }[]>();
    for (let rep = 0; rep < reps; rep++) {
      for (const ms of latencies) {
        const target = targets.get(ms)!;
        for (const c of concurrencies) {
          const before = target.requests();
          const run = await timedRun(args(target, c), env);
          if (run.code !== 0) throw new Error(`latency ${ms} ms, concurrency ${c}: the run exited ${run.code}`);
          const key = `${ms}/${c}`;
          samples.set(key, [...(samples.get(key) ?? []), { wallMs: run.wallMs, requests: run.requests, targetRequests: target.requests() - before }]);
        }
      }
    }
    const cells: LatencyCell[] = [];
    for (const ms of latencies) {
      for (const c of concurrencies) {
        const xs = samples.get(`${ms}/${c}`)!;
        const walls = xs.map((x) => x.wallMs);
        cells.push({ latencyMs: ms, concurrency: c, wallMs: median(walls), wallMinMs: Math.min(...walls), wallMaxMs: Math.max(...walls), requests: median(xs.map((x) => x.requests)), targetRequests: median(xs.map((x) => x.targetRequests)) });
      }
    }
    return { reps, latencies, concurrencies, cells, ...latencyFigures(cells) };
  } finally {
    for (const t of targets.values()) await t.close();
  }
}

/** "Unlimited" concurrency: every check at once (the settings' maximum). */
const UNLIMITED = 64;

/**
 * The issue's figures from the table, where the cells they need were measured (null otherwise): the critical path at
 * the highest latency L (wall time at unlimited concurrency ÷ L, in requests; "net" subtracts the same run at 0 ms,
 * i.e. the run's fixed cost), and the ratios of the default concurrency to 1 and to unlimited.
 */
function latencyFigures(cells: LatencyCell[]) {
  const wall = (ms: number, c: number) => cells.find((x) => x.latencyMs === ms && x.concurrency === c)?.wallMs;
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a / b : null);
  const high = Math.max(...cells.map((x) => x.latencyMs));
  const dflt = DEFAULTS.concurrency;
  const unlimitedHigh = wall(high, UNLIMITED);
  const unlimitedZero = wall(0, UNLIMITED);
  return {
    highLatencyMs: high,
    defaultConcurrency: dflt,
    criticalPathRequests: high > 0 && unlimitedHigh !== undefined ? unlimitedHigh / high : null,
    criticalPathNetRequests: high > 0 && unlimitedHigh !== undefined && unlimitedZero !== undefined ? (unlimitedHigh - unlimitedZero) / high : null,
    /** At the highest latency: how much faster the default is than one check at a time (goal ≥ 3 at 50 ms). */
    speedupDefaultVsOne: high > 0 ? ratio(wall(high, 1), wall(high, dflt)) : null,
    /** At the highest latency: the default's wall time over unlimited concurrency's, the critical path (goal ≤ 1.5). */
    defaultVsCriticalPath: high > 0 ? ratio(wall(high, dflt), unlimitedHigh) : null,
    /** At 0 ms: the default's wall time over concurrency 1's (goal ≤ 1). */
    zeroDefaultVsOne: ratio(wall(0, dflt), wall(0, 1)),
  };
}

type LatencyResult = Awaited<ReturnType<typeof latencyTable>>;
type Goal = { goal: string; measured: string; met: boolean };

function printLatencyTable(t: LatencyResult, log: (line: string) => void): void {
  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const head = (c: number) => (c === UNLIMITED ? `${c} (unlimited)` : c === t.defaultConcurrency ? `${c} (default)` : String(c));
  log(`| latency per answer (memory target, ${t.reps} rep${t.reps === 1 ? '' : 's'}, median wall) | ${t.concurrencies.map((c) => `--concurrency ${head(c)}`).join(' | ')} | requests: transcripts / target |`);
  log(`|---|${t.concurrencies.map(() => '---').join('|')}|---|`);
  for (const ms of t.latencies) {
    const row = t.cells.filter((x) => x.latencyMs === ms);
    const counts = [...new Set(row.map((x) => `${x.requests} / ${x.targetRequests}`))].join(', ');
    log(`| ${ms} ms | ${row.map((x) => f(x.wallMs)).join(' | ')} | ${counts} |`);
  }
  log('');
  log('requests: transcripts = exchanges in the checks\' transcripts (results.json); target = every request the target received, the runner\'s own included (login, GET /system, sweep, logout).');
  if (t.criticalPathRequests !== null) {
    const net = t.criticalPathNetRequests === null ? '' : `; ${t.criticalPathNetRequests.toFixed(0)} without the run's fixed cost (the same run at 0 ms subtracted)`;
    log(`critical path: ${t.criticalPathRequests.toFixed(0)} requests (wall at --concurrency ${UNLIMITED} and ${t.highLatencyMs} ms ÷ ${t.highLatencyMs} ms${net})`);
  }
}

/** The issue's goals that the latency table can judge (those whose cells were measured). */
function latencyGoals(t: LatencyResult): Goal[] {
  const x = (r: number) => `${r.toFixed(2)}×`;
  const goals: Goal[] = [];
  const at = `at ${t.highLatencyMs} ms per answer`;
  if (t.speedupDefaultVsOne !== null) goals.push({ goal: `${at}, default (--concurrency ${t.defaultConcurrency}) at least 3× faster than --concurrency 1`, measured: x(t.speedupDefaultVsOne), met: t.speedupDefaultVsOne >= 3 });
  if (t.defaultVsCriticalPath !== null) goals.push({ goal: `${at}, default within 1.5× of the critical path (--concurrency ${UNLIMITED})`, measured: x(t.defaultVsCriticalPath), met: t.defaultVsCriticalPath <= 1.5 });
  if (t.zeroDefaultVsOne !== null) goals.push({ goal: 'at 0 ms, default no slower than --concurrency 1', measured: x(t.zeroDefaultVsOne), met: t.zeroDefaultVsOne <= 1 });
  return goals;
}

/** A comma-separated list of whole numbers within [min, max], or a one-line error naming the option. */
function numberList(raw: string, option: string, min: number, max: number): number[] {
  const xs = raw.split(',').map((x) => x.trim());
  const ns = xs.map(Number);
  if (!xs.length || xs.some((x) => !/^\d+$/.test(x)) || ns.some((n) => n < min || n > max)) throw new Error(`${option} takes comma-separated whole numbers from ${min} to ${max}`);
  return [...new Set(ns)];
}

async function main() {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string', default: '5' },
      json: { type: 'string' },
      'no-docker': { type: 'boolean', default: false },
      'only-requests': { type: 'boolean', default: false },
      requests: { type: 'string', default: '1000' },
      'latency-only': { type: 'boolean', default: false },
      'latency-reps': { type: 'string', default: '2' },
      latencies: { type: 'string', default: '0,20,50' },
      concurrencies: { type: 'string', default: `1,${DEFAULTS.concurrency},8,${UNLIMITED}` },
      'rotation-only': { type: 'boolean', default: false },
      'simulate-only': { type: 'boolean', default: false },
      'load-requests': { type: 'string', default: '4000' },
      'memory-requests': { type: 'string', default: '100000' },
    },
  });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1 || reps > 50) throw new Error('--reps takes a whole number from 1 to 50');
  // Requests per batch of the per-request comparison (15 interleaved batches).
  const perBatch = Number(values.requests);
  if (!Number.isInteger(perBatch) || perBatch < 10 || perBatch > 100_000) throw new Error('--requests takes a whole number from 10 to 100000');
  // The latency table: few repetitions, it runs 12 configurations (about two minutes a repetition, one check at a time).
  const latencyReps = Number(values['latency-reps']);
  if (!Number.isInteger(latencyReps) || latencyReps < 1 || latencyReps > 10) throw new Error('--latency-reps takes a whole number from 1 to 10');
  const latencies = numberList(values.latencies, '--latencies', 0, 1000);
  const concurrencies = numberList(values.concurrencies, '--concurrencies', 1, UNLIMITED);
  // Requests per cell of the simulate/mock table, and the simulator's long run of the memory row (its early mark: 1 000).
  const loadRequests = Number(values['load-requests']);
  if (!Number.isInteger(loadRequests) || loadRequests < 64 || loadRequests > 1_000_000) throw new Error('--load-requests takes a whole number from 64 to 1000000');
  const memoryRequests = Number(values['memory-requests']);
  if (!Number.isInteger(memoryRequests) || memoryRequests < 2000 || memoryRequests > 10_000_000) throw new Error('--memory-requests takes a whole number from 2000 to 10000000');
  const simulateRows = async () => {
    const throughput = await throughputRows(reps, loadRequests);
    // Fresh processes of 200 000 requests each: three are enough to see the spread.
    const memory = await memoryRow(Math.min(reps, 3), 1000, memoryRequests);
    return { throughput, memory };
  };
  const out: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, reps };
  const log = (line: string) => process.stdout.write(line + '\n');

  /** One table alone (a `--…-only` switch): its row, its goals, printed under its title, and --json. */
  const alone = (title: string, key: string, row: unknown, goals: Goal[], print: () => void): void => {
    out[key] = row;
    out.goals = goals;
    log(`cs-conformance benchmark, ${title} · node ${process.version} · ${(out.machine as { cpus: number }).cpus} cores`);
    log('');
    print();
    printGoals(goals, log);
    if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2) + '\n');
  };

  if (values['latency-only']) {
    const latency = await latencyTable(latencies, concurrencies, latencyReps);
    return alone('latency table', 'latency', latency, latencyGoals(latency), () => printLatencyTable(latency, log));
  }

  if (values['rotation-only']) {
    const rotation = await rotationRow(reps, timedRun);
    return alone('cookie rotation', 'rotation', rotation, [rotationGoal(rotation)], () => printRotationRow(rotation, log));
  }

  if (values['simulate-only']) {
    const simulate = await simulateRows();
    return alone('simulate against mock', 'simulate', simulate, simulateGoals(simulate.throughput, simulate.memory), () => printSimulateRows(simulate.throughput, simulate.memory, log));
  }

  if (values['only-requests']) {
    const r = await perRequest(perBatch, 15);
    log(`per request: raw undici request() ${r.rawRequestUs.toFixed(1)} µs, fetch() ${r.rawFetchUs.toFixed(1)} µs, harness ${r.harnessUs.toFixed(1)} µs, ratio ${r.ratioToRequest.toFixed(2)} (to fetch ${r.ratioToFetch.toFixed(2)})`);
    return;
  }
  const mock = await runs('npm start (mock)', reps, []);
  out.mock = mock;
  const prism = await prismAgainstRun(reps);
  out.prism = prism;
  const password = 'bench-password';
  const memory = await startSimulator({ password });
  const stateful = await runs('memory reference target', reps, ['--target', memory.url, '--username', memory.username, '--container', memory.runningContainer, '--allow-destructive'], { CS_PASSWORD: password });
  await memory.close();
  out.memory = stateful;
  let docker: typeof mock | { skipped: string } | undefined;
  if (!values['no-docker']) {
    const { dockerAvailable } = await import('../reference-target/dockerd.ts');
    const avail = await dockerAvailable();
    if (avail.ok) {
      const { startDockerTarget } = await import('../reference-target/docker-target.ts');
      const target = await startDockerTarget({ password });
      try {
        docker = await runs('Docker reference target', reps, ['--target', target.url, '--username', target.username, '--container', target.runningContainer, '--allow-destructive'], { CS_PASSWORD: password });
      } finally {
        await target.close();
      }
    } else docker = { skipped: avail.reason };
    out.docker = docker;
  }
  const req = await perRequest(perBatch, 15);
  out.perRequest = req;
  const latency = await latencyTable(latencies, concurrencies, latencyReps);
  out.latency = latency;
  const rotation = await rotationRow(reps, timedRun);
  out.rotation = rotation;
  const simulate = await simulateRows();
  out.simulate = simulate;

  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  log(`cs-conformance benchmark · ${reps} repetitions, medians · node ${process.version} · ${(out.machine as { cpus: number }).cpus} cores`);
  log('');
  log('| run | wall (median) | min–max | requests | waiting on the target | fixed cost | peak RSS |');
  log('|---|---|---|---|---|---|---|');
  const allRuns = [mock, stateful, ...(docker && 'wallMs' in docker ? [docker] : [])];
  for (const r of allRuns) {
    log(`| ${r.label} | ${f(r.wallMs)} | ${f(r.wallMinMs)}–${f(r.wallMaxMs)} | ${r.requests} | ${f(r.roundTripMs)} | ${f(r.fixedCostMs)} | ${r.peakRssMiB.toFixed(0)} MiB |`);
  }
  if (docker && 'skipped' in docker) log(`| Docker reference target | skipped: ${docker.skipped} | | | | | |`);
  log('');
  log('| the embedded Prism alone: a fresh process, start to ready (median) | min–max | npm start (mock), wall, timed alike (median) | min–max | ratio |');
  log('|---|---|---|---|---|');
  log(`| ${f(prism.readyMs)} | ${f(prism.minMs)}–${f(prism.maxMs)} | ${f(prism.runMs)} | ${f(prism.runMinMs)}–${f(prism.runMaxMs)} | ${(prism.runMs / prism.readyMs).toFixed(2)}× |`);
  log('');
  log(`| phase of a run (median ms) | ${allRuns.map((r) => r.label).join(' | ')} |`);
  log(`|---|${allRuns.map(() => '---').join('|')}|`);
  for (let i = 0; i < mock.phases.length; i++) {
    log(`| ${mock.phases[i].name} | ${allRuns.map((r) => r.phases[i].ms.toFixed(0)).join(' | ')} |`);
  }
  log('');
  log(`| per suite (median ms, sum of its checks) | ${Object.keys(stateful.suites).join(' | ')} |`);
  log(`|---|${Object.keys(stateful.suites).map(() => '---').join('|')}|`);
  for (const r of allRuns) {
    log(`| ${r.label} | ${Object.keys(stateful.suites).map((k) => (r.suites[k] ?? 0).toFixed(0)).join(' | ')} |`);
  }
  log('');
  log('| per request, GET /networks on a local no-op server, one keep-alive connection | µs (median) | ratio |');
  log('|---|---|---|');
  log(`| raw undici request() | ${req.rawRequestUs.toFixed(0)} | 1.00 |`);
  log(`| raw undici fetch() | ${req.rawFetchUs.toFixed(0)} | ${(req.rawFetchUs / req.rawRequestUs).toFixed(2)} |`);
  log(`| harness: generated SDK, its client, transport, spec validation (median of per-batch ratios) | ${req.harnessUs.toFixed(0)} | ${req.ratioToRequest.toFixed(2)} |`);
  log('');
  printLatencyTable(latency, log);
  log('');
  printRotationRow(rotation, log);
  log('');
  printSimulateRows(simulate.throughput, simulate.memory, log);
  // The goals of the benchmark issue, judged on these figures.
  const worstFixed = Math.max(...allRuns.filter((r) => r !== mock).map((r) => r.fixedCostMs));
  const goals = [
    { goal: 'default run (mock) under 3 s, median', measured: f(mock.wallMs), met: mock.wallMs < 3000 },
    { goal: "stateful run's fixed cost no more than the mock run's", measured: `${f(worstFixed)} vs ${f(mock.fixedCostMs)}`, met: worstFixed <= mock.fixedCostMs },
    { goal: 'harness per request under 1.5× raw undici request()', measured: `${req.ratioToRequest.toFixed(2)}×`, met: req.ratioToRequest < 1.5 },
    { goal: "default mock run at most 2× the embedded Prism's own start-to-ready time", measured: `${(prism.runMs / prism.readyMs).toFixed(2)}× (${f(prism.runMs)} vs ${f(prism.readyMs)})`, met: prism.runMs <= 2 * prism.readyMs },
    ...latencyGoals(latency),
    rotationGoal(rotation),
    ...simulateGoals(simulate.throughput, simulate.memory),
  ];
  out.goals = goals;
  printGoals(goals, log);
  if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2) + '\n');
}

function printGoals(goals: Goal[], log: (line: string) => void): void {
  log('');
  if (!goals.length) return log('goals: none of the cells they compare was measured');
  log('| goal | measured | met |');
  log('|---|---|---|');
  for (const g of goals) log(`| ${g.goal} | ${g.measured} | ${g.met ? 'yes' : 'no'} |`);
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 2;
});
