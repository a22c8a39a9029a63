// node test/tools/verdicts.ts [--docker] [--out FILE]
// A snapshot of what the suite concludes, for comparing two trees mechanically (a restructuring must not change it):
// the real CLI (the checkout's, as `npm run cli` runs it) against the simulator — fault-free with its running and its
// created-only container, and once per seeded fault of the table with that fault's suites (and --strict where its row
// says so) — and, with --docker, against the Docker reference target alike; plus the mock run. Each run is reduced to
// what must not move: the exit code, every check's outcome and what blocked it, the root causes (id, level,
// signature, checks), the JUnit test case names and their outcome elements, the verdict and the totals. Printed as
// JSON, sorted: two trees give the same text or they differ in their conclusions.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'verdicts-snapshot-password';

/** The CLI's entry as `npm run cli` names it, so that the tool follows the tree it runs in. */
function cliEntry(): string {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.cli as string;
  const entry = /\bnode\s+(\S+)/.exec(script)?.[1];
  if (!entry) throw new Error(`cannot find the CLI's entry in package.json's cli script: ${script}`);
  return join(ROOT, entry);
}

interface Target {
  url: string;
  username: string;
  runningContainer: string;
  createdContainer: string;
  close(): Promise<void>;
}

/** The module that starts a target, found where this tree keeps it. */
async function importFirst<T>(candidates: string[]): Promise<T> {
  for (const c of candidates) {
    try {
      return (await import(join(ROOT, c))) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    }
  }
  throw new Error(`none of ${candidates.join(', ')} exists in this tree`);
}

interface Fault {
  name: string;
  /** The suites whose checks catch the fault: the row's own in older trees, from the checks' `Faults:` lines now. */
  suites: readonly string[];
  strict?: boolean;
}

/** The fault table with each fault's suites, wherever this tree keeps them. */
async function faultTable(): Promise<Fault[]> {
  const { FAULTS } = await importFirst<{ FAULTS: readonly (Omit<Fault, 'suites'> & { suites?: readonly string[] })[] }>(['runner/simulate/faults.ts']);
  const suites = await importFirst<{ catchersOf?: (fault: string) => { suites: string[] } }>(['suites/index.ts']);
  return FAULTS.map((f) => ({ ...f, suites: f.suites ?? suites.catchersOf!(f.name).suites }));
}

function run(args: string[]): Promise<{ code: number | null; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-verdicts-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliEntry(), 'run', '--report-dir', dir, ...args], { cwd: ROOT, env: { ...process.env, CS_PASSWORD: PASSWORD }, stdio: 'ignore' });
    child.on('close', (code) => resolve({ code, dir }));
  });
}

type Json = Record<string, unknown>;

/** What must not move between two trees, from one run's reports. */
function reduce(code: number | null, dir: string): Json {
  try {
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Json & { suites: { checks: Json[] }[]; rootCauses?: Json[] };
    const checks = results.suites.flatMap((s) => s.checks).map((c) => ({
      id: c.id,
      level: c.level,
      status: c.status,
      ...(c.warning ? { warned: true } : {}),
      ...(c.blockedBy ? { blockedBy: c.blockedBy } : {}),
      ...(c.knownFailure ? { known: true } : {}),
    }));
    const rootCauses = (results.rootCauses ?? []).map((r) => ({ id: r.id, level: r.level, signature: r.signature, checks: r.checks, blocked: r.blocked }));
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    // Each test case's name (the run's id in CLEANUP-001's sentence folded) and the outcome element it holds, if any.
    const cases = [...junit.matchAll(/<testcase\b[^>]*\bname="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => {
      const outcome = /<(failure|error|skipped)\b(?:[^>]*?\btype="([^"]*)")?/.exec(m[2] ?? '');
      return `${m[1].replace(/cs-conformance-[0-9a-f]{8}-/g, 'cs-conformance-<run>-')} ${outcome ? `${outcome[1]}${outcome[2] ? `:${outcome[2]}` : ''}` : 'ok'}`;
    });
    return { code, verdict: results.verdict, totals: results.totals, checks, rootCauses, junit: cases.sort() };
  } catch (err) {
    return { code, reports: `unreadable: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sweep(label: string, start: (faults: string[]) => Promise<Target>, faults: readonly Fault[], out: Json): Promise<void> {
  const base = (t: Target, container: string) => ['--target', t.url, '--username', t.username, '--container', container, '--allow-destructive', '--timeout', '3000'];
  const clean = await start([]);
  try {
    const r = await run(base(clean, clean.runningContainer));
    out[`${label}: fault-free, running container`] = reduce(r.code, r.dir);
    const c = await run([...base(clean, clean.createdContainer), '--suite', 'connect', '--suite', 'remove', '--suite', 'prune']);
    out[`${label}: fault-free, created-only container`] = reduce(c.code, c.dir);
  } finally {
    await clean.close();
  }
  for (const f of faults) {
    const t = await start([f.name]);
    try {
      const r = await run([...base(t, t.runningContainer), ...f.suites.flatMap((s) => ['--suite', s]), ...(f.strict ? ['--strict'] : [])]);
      out[`${label}: ${f.name}`] = reduce(r.code, r.dir);
      process.stderr.write(`${label}: ${f.name} exit ${r.code}\n`);
    } finally {
      await t.close();
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docker: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const out: Json = {};
  const mock = await run([]);
  out['mock'] = reduce(mock.code, mock.dir);
  const FAULTS = await faultTable();
  const { startSimulator } = await importFirst<{ startSimulator: (o: { password: string; faults: string[] }) => Promise<Target> }>(['runner/simulate/simulator.ts']);
  await sweep('simulator', (faults) => startSimulator({ password: PASSWORD, faults }), FAULTS, out);
  if (values.docker) {
    const { startDockerTarget } = await importFirst<{ startDockerTarget: (o: { password: string; faults: string[]; dockerSocket?: string }) => Promise<Target> }>(['test/reference-target/docker-target.ts']);
    const { startDockerd } = await importFirst<{ startDockerd: () => Promise<{ socketPath: string; stop(): Promise<void> }> }>(['test/reference-target/dockerd.ts']);
    const dockerd = await startDockerd();
    try {
      await sweep('docker', (faults) => startDockerTarget({ password: PASSWORD, faults, dockerSocket: dockerd.socketPath }), FAULTS, out);
    } finally {
      await dockerd.stop();
    }
  }
  const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
  const text = `${JSON.stringify(sorted, null, 1)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}

main().catch((err: Error) => {
  process.stderr.write(`verdicts: ${err.message}\n`);
  process.exitCode = 2;
});
