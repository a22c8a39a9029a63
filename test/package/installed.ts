// The package packed and installed once for every package test that needs it, in every vitest worker and every run:
// `npm pack` (which builds dist/ at prepack) and `npm install --global` of the tarball into a fresh prefix (with a
// space in its path, as under many home folders), cached under the temp dir by a hash of everything the package is
// built from. The first test process to want it installs it, under a lock; the others wait for it, and a later run of
// the same code finds it ready. Installs of other code that nobody used for two hours are removed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../runner/helpers.ts';
import { describeRan, exec, globalBin, userEnv } from './helpers.ts';

/** What the package is built from: a change to any of these is another package. */
const INPUTS = ['core', 'runner', 'suites', 'wire', 'contract', 'reporters', 'generated', 'openapi/container-station.yaml', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md'];
const PREFIX = 'cs-package-';
const STALE_MS = 2 * 60 * 60_000;
const WAIT_MS = 8 * 60_000;

export interface InstalledPackage {
  /** The directory the tarball and the prefix live in (a test may write its reports below it). */
  dir: string;
  /** The files `npm pack` put in the tarball. */
  packed: string[];
  /** The global prefix; its bin directory holds `cs-conformance`. */
  prefix: string;
  /** A user's environment with the installed command first on PATH, plus `extra`. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
}

function hashInputs(): string {
  const hash = createHash('sha256');
  const add = (rel: string): void => {
    const path = join(ROOT, rel);
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(rel, name));
      return;
    }
    hash.update(`${rel}\0`).update(readFileSync(path)).update('\0');
  };
  for (const input of INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

/** Removes the installs of other code nobody has used for STALE_MS (never one being made: it holds its lock). */
function removeStale(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!new RegExp(`^${PREFIX}[0-9a-f]{16}$`).test(name) || name === keep) continue;
    const dir = join(tmpdir(), name);
    try {
      const used = statSync(existsSync(join(dir, 'used')) ? join(dir, 'used') : dir).mtimeMs;
      if (Date.now() - used > STALE_MS && !existsSync(`${dir}.lock`)) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another process removed it meanwhile
    }
  }
}

async function packAndInstall(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pack = await exec('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, timeoutMs: 180_000 });
  if (pack.code !== 0) throw new Error(describeRan('npm pack', pack));
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  // --ignore-scripts: the package needs none (Prism's analytics dependency has one).
  const install = await exec('npm', ['install', '--global', '--prefix', join(dir, 'global prefix'), '--ignore-scripts', join(dir, info.filename)], { cwd: dir, timeoutMs: 240_000 });
  if (install.code !== 0) throw new Error(describeRan('npm install --global', install));
  writeFileSync(join(dir, 'done.json'), JSON.stringify({ packed: info.files.map((f) => f.path) }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The installed package of the code as it is now: installed here, or by another test process, or by an earlier run. */
export async function installedPackage(): Promise<InstalledPackage> {
  const name = `${PREFIX}${hashInputs()}`;
  const dir = join(tmpdir(), name);
  const lock = `${dir}.lock`;
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(join(dir, 'done.json'))) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // another process is installing it
    }
    if (mine) {
      try {
        if (!existsSync(join(dir, 'done.json'))) await packAndInstall(dir);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    // A lock older than any install is a test process killed while installing: its work is taken over.
    try {
      if (Date.now() - statSync(lock).mtimeMs > WAIT_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // released meanwhile
    }
    if (Date.now() > deadline) throw new Error(`the package was not installed within ${WAIT_MS / 60_000} minutes (${lock} held)`);
    await sleep(500);
  }
  writeFileSync(join(dir, 'used'), '');
  utimesSync(join(dir, 'used'), new Date(), new Date());
  removeStale(name);
  const { packed } = JSON.parse(readFileSync(join(dir, 'done.json'), 'utf8')) as { packed: string[] };
  const prefix = join(dir, 'global prefix');
  return { dir, packed, prefix, env: (extra = {}) => userEnv(extra, [globalBin(prefix)]) };
}
