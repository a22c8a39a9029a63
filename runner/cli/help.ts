// What `cs-conformance --help` and `cs-conformance <command> --help` print. Each subcommand is one row of COMMANDS:
// a new subcommand adds its row (usage, one-line summary, and its options' help) and is listed everywhere at once.
import { runOptionsHelp } from '../run/settings.ts';

export interface CommandHelp {
  name: string;
  /** Arguments after the command name, e.g. `<old> <new>`. */
  usage: string;
  summary: string;
  /** The command's options and details, shown by `<command> --help`. */
  details?: () => string;
  /** The command prints its own `--help` (its module holds the text): listed here, answered there. */
  ownHelp?: boolean;
}

export const COMMANDS: CommandHelp[] = [
  {
    name: 'run',
    usage: '[options]',
    summary: 'run the suites against a target (npm start -- [options])',
    details: () =>
      [
        runOptionsHelp(),
        '',
        'Exit codes: 0 conformant (skips and known failures allowed), 1 a conformance failure, 2 could not run.',
      ].join('\n'),
  },
  { name: 'list', usage: '', summary: 'print the suites and their checks (the IDs --check, --skip-check and --known-failures take)' },
  { name: 'mock', usage: '[--port N] [--base-path PATH]', summary: "serve the Prism mock of the spec on the NAS's paths, one line per exchange", ownHelp: true },
  {
    name: 'simulate',
    usage: '[--port N] [--fault NAME]… [options]',
    summary: 'a stateful NAS on loopback, in the state of the documentation page, to run your client against',
    ownHelp: true,
  },
  { name: 'proxy', usage: '--target URL [--port N] [--duration S]', summary: 'a validating proxy: judge what real clients send and get, report spec drift', ownHelp: true },
  { name: 'matrix', usage: '<results.json|junit.xml>... [--out FILE]', summary: 'many runs as one table: a row per check, a column per run', ownHelp: true },
  {
    name: 'diff',
    usage: '<old> <new>',
    summary: 'compare two runs (junit.xml or results.json); exit 1 on a regression',
    details: () => '  A known failure counts as a failure: a check that failed and is now accepted as known is not a fix.',
  },
];

const TITLE = 'cs-conformance — conformance suite for the Networks API of QNAP Container Station';

function usageLine(c: CommandHelp, width: number): string {
  return `  ${`cs-conformance ${c.name}${c.usage ? ` ${c.usage}` : ''}`.padEnd(width)}${c.summary}`;
}

/** `cs-conformance --help`: every command, then how to get a command's own help. */
export function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => `cs-conformance ${c.name} ${c.usage}`.length)) + 3;
  return [
    TITLE,
    '',
    'Usage:',
    ...COMMANDS.map((c) => usageLine(c, width)),
    '',
    runOptionsHelp().replace(/^Options/, 'Options of run'),
    '',
    "Run 'cs-conformance <command> --help' for a command's options, each with its CS_* variable and default.",
  ].join('\n');
}

/** `cs-conformance <command> --help`; undefined for a command that is not in the table. */
export function commandHelp(name: string): string | undefined {
  const c = COMMANDS.find((x) => x.name === name);
  if (!c || c.ownHelp) return undefined;
  const lines = [TITLE, '', 'Usage:', `  cs-conformance ${c.name}${c.usage ? ` ${c.usage}` : ''}`, '', c.summary];
  const details = c.details?.();
  if (details) lines.push('', details);
  return lines.join('\n');
}

/** True when argv asks for help: `--help` or `-h` anywhere before a `--`. */
export function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
