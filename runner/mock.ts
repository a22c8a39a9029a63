// Starts the embedded Prism mock (mock-server.ts) as a child process on a free loopback port.
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { CannotRunError } from './errors.ts';
import { moduleFile } from './package.ts';

const CHILD = moduleFile('runner/mock-server');
const READY_DEADLINE_MS = 30_000;

export interface RunningMock {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startMock(): Promise<RunningMock> {
  const port = await freePort();
  const child = fork(CHILD, [String(port)], { execPath: process.execPath, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
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
