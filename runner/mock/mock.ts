// Starts the embedded Prism mock (mock-server.ts) as a child process on a loopback port of its own choosing.
import { fork } from 'node:child_process';
import { CannotRunError, UsageError } from '../../core/errors.ts';
import { moduleFile } from '../../core/package.ts';
import type { Io } from '../../core/output.ts';

const CHILD = moduleFile('runner/mock/mock-server');
const READY_DEADLINE_MS = 30_000;

export interface RunningMock {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Forks the mock at once (before the caller loads anything else: Prism's start is the longest step of a default
 * run, and a module graph loading in this thread would hold the fork back); the promise resolves once it is ready.
 * The child listens on a port of its own choosing (0) and answers its origin: no port is picked here and then lost.
 */
export async function startMock(): Promise<RunningMock> {
  // Before the first await: the fork happens in the caller's turn.
  const child = fork(CHILD, ['0'], { execPath: process.execPath, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready within ${READY_DEADLINE_MS} ms`)), READY_DEADLINE_MS);
      child.on('message', (m: { ready?: string; error?: string }) => {
        clearTimeout(timer);
        if (m.ready) resolve(m.ready);
        else reject(new Error(m.error ?? 'unknown error'));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with code ${code}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
      });
    });
    // The IPC channel stays open: its closing is how the child learns that we are gone.
    return { origin, pid: child.pid!, stop };
  } catch (err) {
    await stop();
    throw new CannotRunError(`the embedded Prism mock did not start: ${(err as Error).message}`, 'reinstall cs-conformance (`npm ci` in a checkout); the mock needs @stoplight/prism-http-server');
  }
}

export const MOCK_HELP = `cs-conformance mock — the Prism mock of the spec, to meet the API by hand

Usage:
  cs-conformance mock [--port N] [--base-path PATH]

  --port N             loopback port (default 4010; 0 picks a free one)
  --base-path PATH     serve the API under PATH too (older firmware: /containerstation/api/v1); the spec's base path
                       /container-station/api/v1 and the root are always served

Answers are the spec's documented examples; any session cookie is accepted. One line per exchange; Ctrl-C stops it.`;


/** `cs-conformance mock`: serves until SIGINT/SIGTERM, printing one readable line per exchange. */
export async function runMockCommand(argv: string[], io: Io): Promise<number> {
  const { parseArgs } = await import('node:util');
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { port: { type: 'string' }, 'base-path': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    throw new UsageError(`mock: ${(err as Error).message.split('\n')[0]}`);
  }
  if (values.help) {
    io.out(MOCK_HELP);
    return 0;
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port}"`);
  const extra = values['base-path'];
  if (extra !== undefined && !/^\/[\w./-]*$/.test(extra)) throw new UsageError(`--base-path must be a path like /containerstation/api/v1, got "${extra}"`);
  const { serveMock } = await import('./mock-server.ts');
  const { KNOWN_BASE_PATHS } = await import('../../contract/spec-match.ts');
  const basePaths = [...new Set([KNOWN_BASE_PATHS[0], ...(extra ? [extra.replace(/\/+$/, '')] : [])])].filter(Boolean);
  const m = await serveMock(port, { basePaths, onExchange: io.out }).catch((err: unknown) => {
    throw new CannotRunError(`the mock could not start on port ${port}: ${err instanceof Error ? err.message : String(err)}`, 'pick another --port');
  });
  io.out(`mock of the Container Station Networks API listening on ${m.basePaths.map((b) => m.url + b).join(' and ')} (and at the root; Ctrl-C to stop)`);
  io.out(`try: curl -s -b 'CS_SESS_ID=x' ${m.url}${m.basePaths[0]}/networks`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await m.close();
  return 0;
}
