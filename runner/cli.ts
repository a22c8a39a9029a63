#!/usr/bin/env node
// cs-conformance: run | list | mock | diff. Every "could not run" case ends as one line on stderr and exit 2.
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotRunError, UsageError } from './errors.ts';
import { HELP, parseRunArgs } from './settings.ts';

// Node's on-disk bytecode cache makes later starts of Prism, vitest and the runner load faster; children inherit it.
enableCompileCache();
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');

const io = {
  out: (line: string) => process.stdout.write(line + '\n'),
  err: (line: string) => process.stderr.write(line + '\n'),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run': {
      const settings = parseRunArgs(rest);
      const { checkSuiteNames } = await import('../suites/catalogue.ts');
      checkSuiteNames(settings.suites);
      // Prism takes the longest to start: start it before loading the rest of the runner.
      const mockStarting = settings.target === 'mock' ? import('./mock.ts').then((m) => m.startMock()) : undefined;
      mockStarting?.catch(() => undefined);
      const { run } = await import('./run.ts');
      return run(settings, io, mockStarting);
    }
    case 'list': {
      if (rest.length) throw new UsageError(`list takes no arguments, got "${rest[0]}"`);
      const { renderCatalogue } = await import('../suites/catalogue.ts');
      io.out(renderCatalogue('text'));
      return 0;
    }
    case 'mock':
      return (await import('./mock.ts')).runMockCommand(rest, io);
    case 'proxy':
      return (await import('./proxy.ts')).runProxy(rest, io);
    case 'matrix':
      return (await import('../reporters/matrix-command.ts')).runMatrixCommand(rest, io);
    case 'diff': {
      if (rest.length !== 2) throw new UsageError('diff takes two files: cs-conformance diff <old> <new> (junit.xml or results.json)');
      const { runDiffCommand } = await import('../reporters/diff.ts');
      const lines: string[] = [];
      const code = runDiffCommand(rest[0], rest[1], (line) => lines.push(line));
      // "Could not compare" is an error line like every other exit 2; a comparison is the command's output.
      for (const line of lines) (code === 2 ? io.err : io.out)(line);
      return code;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(HELP);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CannotRunError) io.err(`cs-conformance: ${err.oneLine()}`);
    else {
      io.err(`cs-conformance: internal error: ${(err as Error)?.message ?? String(err)}${process.env.CS_DEBUG ? `\n${(err as Error)?.stack}` : ' (set CS_DEBUG=1 for details)'}`);
    }
    process.exitCode = 2;
  },
);
