// npm run bench [-- --reps N] [--json FILE] [--no-docker] [--only-requests] [--requests N]
// How long a conformance run takes and where the time goes, and what the harness costs per request next to raw
// undici over the same keep-alive connection. Several repetitions, medians; one table; optional JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent, fetch as undiciFetch, request } from 'undici';
import type { RunResult } from '../../reporters/model.ts';
import { Api } from '../../runner/api.ts';
import { Transport } from '../../runner/transport.ts';
import { startMemoryTarget } from '../reference-target/memory-target.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface RunSample {
  wallMs: number;
  code: number | null;
  phases: Record<string, number>;
  /** Sum of the target's answer times over every exchange of the run (requests are sequential). */
  roundTripMs: number;
  requests: number;
  peakRssMiB: number;
  suiteMs: Record<string, number>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Peak RSS of a process tree: VmHWM of each process seen, summed (the CLI and its Prism child run side by side). */
function sampleTree(rootPid: number, peaks: Map<number, number>): void {
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
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1])));
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
}

async function timedRun(args: string[], env: Record<string, string> = {}): Promise<RunSample> {
  const dir = mkdtempSync(join(tmpdir(), 'csc-bench-'));
  const phasesFile = join(dir, 'phases.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['runner/cli.ts', 'run', '--report-dir', join(dir, 'reports'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, CS_PHASES_FILE: phasesFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const peaks = new Map<number, number>();
  const sampler = setInterval(() => sampleTree(child.pid!, peaks), 20);
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
      roundTripMs: exchanges.reduce((t, e) => t + e.durationMs, 0),
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

async function main() {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '5' }, json: { type: 'string' }, 'no-docker': { type: 'boolean', default: false }, 'only-requests': { type: 'boolean', default: false }, requests: { type: 'string', default: '1000' } } });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1 || reps > 50) throw new Error('--reps takes a whole number from 1 to 50');
  // Requests per batch of the per-request comparison (15 interleaved batches).
  const perBatch = Number(values.requests);
  if (!Number.isInteger(perBatch) || perBatch < 10 || perBatch > 100_000) throw new Error('--requests takes a whole number from 10 to 100000');
  const out: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, reps };
  const log = (line: string) => process.stdout.write(line + '\n');

  if (values['only-requests']) {
    const r = await perRequest(perBatch, 15);
    log(`per request: raw undici request() ${r.rawRequestUs.toFixed(1)} µs, fetch() ${r.rawFetchUs.toFixed(1)} µs, harness ${r.harnessUs.toFixed(1)} µs, ratio ${r.ratioToRequest.toFixed(2)} (to fetch ${r.ratioToFetch.toFixed(2)})`);
    return;
  }
  const mock = await runs('npm start (mock)', reps, []);
  out.mock = mock;
  const password = 'bench-password';
  const memory = await startMemoryTarget({ password });
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

  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  log(`cs-conformance benchmark · ${reps} repetitions, medians · node ${process.version} · ${(out.machine as { cpus: number }).cpus} cores`);
  log('');
  log('| run | wall (median) | min–max | requests | round trips | fixed cost | peak RSS |');
  log('|---|---|---|---|---|---|---|');
  const allRuns = [mock, stateful, ...(docker && 'wallMs' in docker ? [docker] : [])];
  for (const r of allRuns) {
    log(`| ${r.label} | ${f(r.wallMs)} | ${f(r.wallMinMs)}–${f(r.wallMaxMs)} | ${r.requests} | ${f(r.roundTripMs)} | ${f(r.fixedCostMs)} | ${r.peakRssMiB.toFixed(0)} MiB |`);
  }
  if (docker && 'skipped' in docker) log(`| Docker reference target | skipped: ${docker.skipped} | | | | | |`);
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
  // The goals of the benchmark issue, judged on these figures.
  const worstFixed = Math.max(...allRuns.filter((r) => r !== mock).map((r) => r.fixedCostMs));
  const goals = [
    { goal: 'default run (mock) under 3 s, median', measured: f(mock.wallMs), met: mock.wallMs < 3000 },
    { goal: "stateful run's fixed cost no more than the mock run's", measured: `${f(worstFixed)} vs ${f(mock.fixedCostMs)}`, met: worstFixed <= mock.fixedCostMs },
    { goal: 'harness per request under 1.5× raw undici request()', measured: `${req.ratioToRequest.toFixed(2)}×`, met: req.ratioToRequest < 1.5 },
  ];
  out.goals = goals;
  log('| goal | measured | met |');
  log('|---|---|---|');
  for (const g of goals) log(`| ${g.goal} | ${g.measured} | ${g.met ? 'yes' : 'no'} |`);
  if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2) + '\n');
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 2;
});
