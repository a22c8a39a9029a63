// `cs-conformance simulate` as a process of its own, the way a client author runs it: started (from the checkout, or
// any other command line, e.g. the installed package's), read until `ready`, its announced lines parsed, every line
// it prints kept, stopped by a signal. A hard bound kills it, so a hang fails the test instead of stalling the file.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../runner/helpers.ts';

export interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SimulateProcess {
  url: string;
  origin: string;
  username: string;
  runningContainer: string;
  createdContainer: string;
  /** The `key: value` lines before `ready`. */
  announced: Record<string, string>;
  child: ChildProcess;
  /** Every stdout line so far. */
  lines(): string[];
  /** Waits until a stdout line matches (the exchange lines come once the answer is sent). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `signal` (default SIGTERM) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Stopped>;
}

export interface SimulateStart {
  /** The command before `simulate`'s own arguments; default the checkout's CLI. */
  command?: string[];
  /** Added to an environment without CS_* settings. */
  env?: NodeJS.ProcessEnv;
  killAfterMs?: number;
}

export const CHECKOUT_SIMULATE = [process.execPath, join(ROOT, 'runner', 'cli', 'checkout.js'), 'simulate'];

function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('CS_') && !k.startsWith('VITEST')) env[k] = v;
  return { ...env, ...extra };
}

/** Starts it and resolves at its `ready` line; rejects with what it printed if it ends first. */
export function startSimulate(args: string[], opts: SimulateStart = {}): Promise<SimulateProcess> {
  const [file, ...pre] = opts.command ?? CHECKOUT_SIMULATE;
  const child = spawn(file, [...pre, ...args], { cwd: ROOT, env: cleanEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 120_000);
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    partial += d;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.pattern.test(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<Stopped>((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  const waitForLine = (pattern: RegExp, timeoutMs = 10_000): Promise<string> => {
    const seen = lines.find((l) => pattern.test(l));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; stdout:\n${stdout}\nstderr:\n${stderr}`)), timeoutMs);
      waiters.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
    });
  };
  const ready = waitForLine(/^ready$/, opts.killAfterMs ?? 60_000);
  return Promise.race([
    ready.then(() => {
      const announced = Object.fromEntries(lines.slice(0, lines.indexOf('ready')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]));
      const url = announced.url;
      return {
        url,
        origin: new URL(url).origin,
        username: announced.username,
        runningContainer: announced['running-container'],
        createdContainer: announced['created-container'],
        announced,
        child,
        lines: () => [...lines],
        waitForLine,
        stop: (signal: NodeJS.Signals = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      };
    }),
    exited.then((r) => Promise.reject(new Error(`simulate ended before ready: exit ${r.code ?? r.signal}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`))),
  ]);
}
