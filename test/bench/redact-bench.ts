// node test/bench/redact-bench.ts [--compare REF] [--before-max N] [--counts N,…] [--ms MS] [--no-reports]
// What redaction costs as a run learns secrets (issue 24: a NAS that sets a new session cookie on every answer). For
// each count of learned cookie values (32 hex characters, as a rotating NAS sets them), beside the password:
// - exchange: redacting one realistic exchange as the transport records it and the console prints it (the URL, the
//   request and answer headers, a 3 KiB JSON list answer, a result line);
// - deep: `deep()` of the parsed list answer (what a report does with a model);
// - reports: the last pass over the five report files of a real run (the memory reference target, made once at the
//   start): `text()` of each, as reporters/index.ts does after rendering;
// - add: learning one more cookie value, and the first exchange redacted after it (a Redactor that compiles
//   lazily pays there);
// for this worktree's core/redaction/redact.ts ("after") and, with --compare REF, for the one at that git revision
// ("before", read with `git show`). Medians of timed batches; not a test (timings on a shared machine drift).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startSimulator } from '../../runner/simulate/simulator.ts';

interface RedactorLike {
  addSecret(value: string, placeholder: string): void;
  addCookie(name: string, value: string): void;
  text(input: string): string;
  deep<T>(value: T): T;
  headers(headers: Iterable<[string, string]>): Record<string, string>;
}
type Make = () => RedactorLike;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    compare: { type: 'string' },
    'before-max': { type: 'string', default: '300' },
    counts: { type: 'string', default: '1,10,100,300,1000' },
    ms: { type: 'string', default: '300' },
    'no-reports': { type: 'boolean', default: false },
  },
});
const COUNTS = opts.counts.split(',').map(Number);
const BUDGET_MS = Number(opts.ms);

/** The page's list answer (../shared/reference/container-station-networks-api.txt) with three more networks: 3 KiB. */
function listAnswer(): string {
  const net = (name: string, id: string, driver: string, subnet?: string) => ({
    Attachable: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: {},
    Created: '2021-08-11T16:55:07.048985983+08:00',
    Driver: driver,
    EnableIPv6: false,
    IPAM: { Config: subnet ? [{ Gateway: subnet.replace(/0\/\d+$/, '1'), Subnet: subnet }] : [], Driver: 'default', Options: null },
    Id: id,
    Ingress: false,
    Internal: false,
    Labels: subnet ? { 'com.example.owner': 'cs-conformance-r1a2b3-list' } : {},
    Name: name,
    Options: driver === 'bridge' ? { 'com.docker.network.bridge.name': 'lxcbr0', 'com.docker.network.driver.mtu': '1500' } : {},
    Scope: 'local',
  });
  return JSON.stringify([
    net('bridge', 'ae66e9ed5afcd0d38f7073e0b09712dc36acf76871a6a7ecac9bbddd6ee0ae31', 'bridge', '10.0.3.0/24'),
    net('host', 'f4a43371d6862ed24d70e0e034e06b82bae98866c3ffbaab38407d99dbee4e78', 'host'),
    net('none', 'fef81c8f99d720dfb6bfb0bfcf0a4bdd348ad62c5c9a78a96c5a91ee2c27d5e3', 'null'),
    net('cs-conformance-r1a2b3-list', '83941286c6b01cfbfa4c6ca9f2f0b93e92351ccf6ee0931be795b995942b9199', 'bridge', '172.29.0.0/22'),
    net('cs-conformance-r1a2b3-inspect', '0b7d3e1f2a4c5968778695a4b3c2d1e0f0e1d2c3b4a5968778695a4b3c2d1e0f', 'bridge', '172.30.0.0/24'),
    net('other-user-app_default', '5f0c4be7a1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff0011', 'bridge', '172.31.0.0/16'),
  ]);
}

const BODY = listAnswer();
const PARSED = JSON.parse(BODY) as unknown;
const hex32 = (i: number): string => (BigInt(i + 1) * 0x9e3779b97f4a7c15n).toString(16).padStart(32, '0').slice(-32);

function exchange(r: RedactorLike, cookie: string, next: string): number {
  let n = r.text('GET http://192.168.1.20:8080/container-station/api/v1/networks').length;
  n += Object.keys(r.headers([['accept', 'application/json'], ['cookie', `NAS_SID=${cookie}`], ['user-agent', 'cs-conformance/0.1.0']])).length;
  const answer: [string, string][] = [
    ['content-type', 'application/json; charset=utf-8'],
    ['date', 'Tue, 01 Dec 2026 10:00:00 GMT'],
    ['set-cookie', `NAS_SID=${next}; Path=/; HttpOnly`],
    ['x-request-id', '5d1c0f7e-8a3b-4c2d-9e6f-1a2b3c4d5e6f'],
  ];
  n += Object.keys(r.headers(answer)).length;
  n += r.text(BODY).length;
  n += r.text('  ✓ NET-LIST-001  Listing answers every network, the run\'s own included  (12 ms)').length;
  return n;
}

/** The report files of one real run, as the runner renders them before their last pass. */
async function reportsOfARun(): Promise<string[]> {
  if (opts['no-reports']) return [];
  const password = 'hunter2-XYZ';
  const target = await startSimulator({ password });
  const dir = mkdtempSync(join(tmpdir(), 'csc-redact-bench-reports-'));
  try {
    const args = ['runner/cli/checkout.js', 'run', '--target', target.url, '--username', target.username, '--container', target.runningContainer, '--allow-destructive', '--report-dir', dir];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CS_PASSWORD: password }, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`the run for the reports exited ${code}`);
    return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await target.close();
  }
}

const REPORTS = await reportsOfARun();
const REPORT_MIB = REPORTS.reduce((n, r) => n + Buffer.byteLength(r), 0) / 2 ** 20;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Microseconds per call of fn: batches of calls until the budget is spent, the median batch. */
function perCall(fn: () => unknown): number {
  let batch = 1;
  for (let t = 0; t < 5 && batch < 1e6; ) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t0 > 5) t++;
    else batch *= 2;
  }
  const samples: number[] = [];
  const until = performance.now() + BUDGET_MS;
  while (performance.now() < until || samples.length < 5) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push(((performance.now() - t0) * 1000) / batch);
  }
  return median(samples);
}

interface Row {
  n: number;
  exchangeUs: number;
  deepUs: number;
  reportsMs: number;
  addUs: number;
  firstExchangeUs: number;
}

function measure(make: Make, max: number): Row[] {
  // Warm up the implementation (compiled code, not this Redactor's state) on one thrown away.
  const warm = make();
  for (let i = 0; i < 30; i++) {
    warm.addCookie('NAS_SID', hex32(1e6 + i));
    for (let j = 0; j < 20; j++) exchange(warm, hex32(1e6 + i), hex32(1e6 + i + 1));
    warm.deep(PARSED);
  }
  const r = make();
  r.addSecret('hunter2-XYZ', '<password>');
  const rows: Row[] = [];
  let learned = 0;
  for (const n of COUNTS.filter((c) => c <= max)) {
    const adds: number[] = [];
    const firsts: number[] = [];
    while (learned < n) {
      const t0 = performance.now();
      r.addCookie('NAS_SID', hex32(learned++));
      const t1 = performance.now();
      exchange(r, hex32(learned - 1), hex32(learned));
      const t2 = performance.now();
      if (n - learned < 10) {
        adds.push((t1 - t0) * 1000);
        firsts.push((t2 - t1) * 1000);
      }
    }
    const cookie = hex32(learned - 1);
    rows.push({
      n,
      exchangeUs: perCall(() => exchange(r, cookie, cookie)),
      deepUs: perCall(() => r.deep(PARSED)),
      reportsMs: REPORTS.length ? perCall(() => REPORTS.map((text) => r.text(text))) / 1000 : NaN,
      addUs: median(adds),
      firstExchangeUs: median(firsts),
    });
  }
  return rows;
}

async function load(url: string): Promise<Make> {
  const { Redactor } = (await import(url)) as { Redactor: new () => RedactorLike };
  // Correct before fast: both must redact the cookie wherever it stands.
  const r = new Redactor();
  r.addCookie('NAS_SID', hex32(0));
  if (r.text(`x${hex32(0)}y`) !== 'x<session-cookie>y') throw new Error(`${url} does not redact a cookie value`);
  return () => new Redactor();
}

const fmt = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(us >= 100 ? 0 : 1)} µs`);

function table(label: string, rows: Row[]): void {
  console.log(`\n${label}\n`);
  console.log(`| cookies learned | exchange (text + headers) | deep(list answer) | reports' last pass (${REPORT_MIB.toFixed(1)} MiB) | add one cookie | first exchange after it |`);
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.n} | ${fmt(row.exchangeUs)} | ${fmt(row.deepUs)} | ${Number.isNaN(row.reportsMs) ? '–' : `${row.reportsMs.toFixed(1)} ms`} | ${fmt(row.addUs)} | ${fmt(row.firstExchangeUs)} |`);
}

console.log(`node ${process.version}; exchange = URL + request and answer headers + ${BODY.length}-byte JSON list answer + a result line`);
if (opts.compare) {
  const dir = mkdtempSync(join(tmpdir(), 'csc-redact-bench-'));
  try {
    const file = join(dir, 'redact.ts');
    // Where the Redactor lived at that revision (runner/ before the folders got names; the alternation was one file).
    const at = ['core/redaction/redact.ts', 'runner/redact.ts'].find((p) => {
      try {
        execFileSync('git', ['cat-file', '-e', `${opts.compare}:${p}`], { cwd: ROOT, stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    });
    if (!at) throw new Error(`no redact.ts at ${opts.compare}`);
    writeFileSync(file, execFileSync('git', ['show', `${opts.compare}:${at}`], { cwd: ROOT, encoding: 'utf8' }));
    table(`before (${at} at ${opts.compare}; up to ${opts['before-max']} cookies)`, measure(await load(pathToFileURL(file).href), Number(opts['before-max'])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
table('after (this worktree)', measure(await load(new URL('../../core/redaction/redact.ts', import.meta.url).href), Infinity));
