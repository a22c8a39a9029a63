// Running npm, the installed command and the Action's bash the way a user's machine does: a clean environment (none of
// the npm_* variables of the `npm test` that started us, no CS_* settings), the pinned Node first on PATH (the system
// Node of this machine is older than the package's engines), npm's cache preferred over the registry, no install
// script phoning home, and a hard bound on every process.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, sep } from 'node:path';
import { ROOT } from '../runner/helpers.ts';

/** The version package.json states (read here, not from the runner, whose reading of it is under test). */
export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the hard bound: a hang. */
  killed: boolean;
  ms: number;
}

/** The environment of a user's shell: `pathFirst` ahead of the pinned Node, ahead of the PATH we were given. */
export function userEnv(extra: Record<string, string> = {}, pathFirst: string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|CS_|VITEST|INIT_CWD$|TEST$|NODE_ENV$|NODE_OPTIONS$)/i.test(k)) continue;
    env[k] = v;
  }
  env.PATH = [...pathFirst, dirname(process.execPath), process.env.PATH].join(delimiter);
  // From npm's cache when it holds the package (it does after `npm ci`), from the registry otherwise.
  env.npm_config_prefer_offline = 'true';
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  // Prism depends on @scarf/scarf, whose install script reports the install over the network.
  env.SCARF_ANALYTICS = 'false';
  return { ...env, ...extra };
}

/** Runs `file` (looked up on env.PATH) to its end, or kills it at `timeoutMs`; never rejects. */
export function exec(file: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: opts.cwd, env: opts.env ?? userEnv(), timeout: opts.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 << 20, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({ code, stdout, stderr, killed: Boolean(err?.killed), ms: Math.round(performance.now() - started) });
      },
    );
  });
}

/** What a human reads when an assertion on a process fails. */
export function describeRan(what: string, r: Ran): string {
  const tail = (s: string) => s.split('\n').slice(-20).join('\n');
  return `${what}: exit ${r.code}${r.killed ? ' KILLED AT THE HARD BOUND' : ''} after ${r.ms} ms\n--- stderr (tail)\n${tail(r.stderr)}\n--- stdout (tail)\n${tail(r.stdout)}`;
}

/** What a fresh clone holds: the checkout without what install, build, runs and git add to it. */
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', 'reports', 'docs', '.git']);

/** Copies the checkout to `dest` as a fresh clone would have it (uncommitted edits included). */
export function copyCheckout(dest: string): void {
  cpSync(ROOT, dest, {
    recursive: true,
    filter: (src) => {
      const top = relative(ROOT, src).split(sep)[0];
      return !NOT_IN_A_CLONE.has(top) && !top.endsWith('.log');
    },
  });
}

/** The directory npm links a global install's commands into, under `prefix`. */
export function globalBin(prefix: string): string {
  return process.platform === 'win32' ? prefix : join(prefix, 'bin');
}
