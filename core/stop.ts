// What stops a run early, each reported once to the run (which sweeps what it created first, within a bound):
// SIGINT, SIGTERM and SIGHUP; the death of the process that started it (npm and npx do not forward SIGTERM to the
// script they run, so `timeout 60 npm start` would otherwise end npm and leave the run going alone); and a closed
// stdout (`| head`), when nobody reads the output any more.
import { readFileSync } from 'node:fs';

const PARENT_POLL_MS = 500;

interface Watched {
  pid: number;
  /** /proc start time, so that a reused pid is not taken for the same process. */
  start?: string;
}

function stat(pid: number): { ppid: number; start: string; state: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0], ppid: Number(rest[1]), start: rest[19] };
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

const isShellWrapper = (argv: string[]): boolean => /(^|\/)(sh|dash|bash|ash|zsh)$/.test(argv[0] ?? '') && argv[1] === '-c';
// npm rewrites its process title ("npm start --target …"), so /proc shows one string rather than its argv.
const isNpm = (argv: string[]): boolean => /^(npm|npx)(\s|$)/.test(argv[0] ?? '') || argv.some((a) => /(^|\/)(npm|npx)(-cli\.js)?$/.test(a));

/**
 * The processes whose death means nobody is waiting for this run: the parent, and when the parent is the `sh -c`
 * that npm or npx put between them and the script, that npm or npx too. Never further up: a shell the user started
 * npm from (nohup npm start &) may end while the run is meant to go on.
 */
export function watchedAncestors(): Watched[] {
  const parent = process.ppid;
  const watched: Watched[] = [{ pid: parent, start: stat(parent)?.start }];
  const up = stat(parent);
  if (up && isShellWrapper(cmdline(parent)) && isNpm(cmdline(up.ppid))) watched.push({ pid: up.ppid, start: stat(up.ppid)?.start });
  return watched;
}

function gone(w: Watched): boolean {
  const now = stat(w.pid);
  if (!now) return w.start !== undefined; // No /proc at all (not Linux): only the ppid check below applies.
  return now.state === 'Z' || (w.start !== undefined && now.start !== w.start);
}

/**
 * Calls `onStop` with a reason each time something asks the run to stop; answers a function that stops watching.
 * `outputClosed` is aborted by the CLI when stdout is gone (EPIPE).
 */
export function watchForStop(onStop: (why: string) => void, outputClosed?: AbortSignal): () => void {
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => {
    const handler = () => onStop(signal);
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  const firstParent = process.ppid;
  const watched = watchedAncestors();
  let parentGone = false;
  const poll = setInterval(() => {
    if (parentGone) return;
    if (process.ppid !== firstParent || watched.some(gone)) {
      parentGone = true;
      onStop('the process that started this run exited');
    }
  }, PARENT_POLL_MS);
  poll.unref();
  const closed = () => onStop('stdout was closed');
  outputClosed?.addEventListener('abort', closed, { once: true });
  return () => {
    for (const off of handlers) off();
    clearInterval(poll);
    outputClosed?.removeEventListener('abort', closed);
  };
}
