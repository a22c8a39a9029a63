#!/usr/bin/env node
// cs-conformance: run | list | mock | simulate | proxy | matrix | diff. Every "could not run" case ends as one line on stderr and exit 2.
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotRunError, UsageError } from '../../core/errors.ts';
import { commandHelp, topHelp, wantsHelp } from './help.ts';
import { parseRunArgs } from '../run/settings.ts';

// Node's on-disk bytecode cache makes later starts of Prism, vitest and the runner load faster; children inherit it.
enableCompileCache();
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');

// A closed stdout (`| head`) ends the command quietly: no EPIPE stack trace; a run stops as on SIGTERM (it sweeps).
const outputClosed = new AbortController();
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  outputClosed.abort();
});

const io = {
  out: (line: string) => {
    if (!outputClosed.signal.aborted) process.stdout.write(line + '\n');
  },
  err: (line: string) => process.stderr.write(line + '\n'),
  outputClosed: outputClosed.signal,
};

/** After the command's answer, whatever is still pending (a stuck socket, a busy fs call) may not delay the exit. */
const EXIT_GRACE_MS = 3_000;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `<command> --help` / `-h` on every command in the help table.
  const help = command !== undefined && wantsHelp(rest) ? commandHelp(command) : undefined;
  if (help) {
    io.out(help);
    return 0;
  }
  switch (command) {
    case 'run': {
      const settings = parseRunArgs(rest);
      // Selection, known failures and the report dir are checked before anything starts (a usage error starts nothing).
      const { planRun } = await import('../run/plan.ts');
      const plan = planRun(settings);
      // Prism takes the longest to start: fork it before loading the rest of the runner (whose loading would
      // otherwise hold the fork back by a few hundred ms).
      const mockStarting = settings.target === 'mock' ? (await import('../mock/mock.ts')).startMock() : undefined;
      mockStarting?.catch(() => undefined);
      const { run } = await import('../run/run.ts');
      return run(settings, io, mockStarting, plan);
    }
    case 'list': {
      if (rest.length) throw new UsageError(`list takes no arguments, got "${rest[0]}"`);
      const { renderCatalogue } = await import('../../suites/index.ts');
      io.out(renderCatalogue('text'));
      return 0;
    }
    case 'mock':
      return (await import('../mock/mock.ts')).runMockCommand(rest, io);
    case 'simulate':
      withSmallYoungGeneration();
      return (await import('../simulate/command.ts')).runSimulateCommand(rest, io);
    case 'proxy':
      return (await import('../proxy/proxy.ts')).runProxy(rest, io);
    case 'matrix':
      return (await import('../matrix/command.ts')).runMatrixCommand(rest, io);
    case 'diff': {
      if (rest.length !== 2) throw new UsageError('diff takes two files: cs-conformance diff <old> <new> (junit.xml or results.json)');
      const { runDiffCommand } = await import('../diff/diff.ts');
      const lines: string[] = [];
      const code = runDiffCommand(rest[0], rest[1], (line) => lines.push(line));
      // "Could not compare" is an error line like every other exit 2; a comparison is the command's output.
      for (const line of lines) (code === 2 ? io.err : io.out)(line);
      return code;
    }
    case '-V':
    case '--version': {
      const { VERSION } = await import('../../core/package.ts');
      io.out(`cs-conformance ${VERSION}`);
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(topHelp());
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** The young generation's semi-space of a simulator, in MiB (V8's default grows to 16 MiB under load). */
const SIMULATOR_SEMI_SPACE_MIB = 4;

/**
 * A simulator serves client test suites for hours: its memory must stay flat, and it does (what it serves is
 * forgotten), but V8 doubles the young generation under a high allocation rate, so the process would end up about a
 * third larger than it started for nothing it keeps. The semi-space size is read only when Node starts: the process
 * becomes itself again (same pid, so npm, npx and signals see nothing change) with the flag set. Where the platform
 * cannot (Windows), it serves as it is.
 */
function withSmallYoungGeneration(): void {
  const flag = `--max-semi-space-size=${SIMULATOR_SEMI_SPACE_MIB}`;
  if (process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) || typeof process.execve !== 'function') return;
  try {
    process.execve(process.execPath, [process.execPath, flag, ...process.execArgv, ...process.argv.slice(1)], process.env);
  } catch {
    // Not available here: the simulator runs with V8's defaults.
  }
}

function exitSoon(): void {
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    exitSoon();
  },
  (err: unknown) => {
    if (err instanceof CannotRunError) io.err(`cs-conformance: ${err.oneLine()}`);
    else {
      io.err(`cs-conformance: internal error: ${(err as Error)?.message ?? String(err)}${process.env.CS_DEBUG ? `\n${(err as Error)?.stack}` : ' (set CS_DEBUG=1 for details)'}`);
    }
    process.exitCode = 2;
    exitSoon();
  },
);
