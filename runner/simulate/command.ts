// `cs-conformance simulate`: a stateful Container Station NAS on loopback for people who write clients of this API
// (simulator.ts): the documentation page's state, the admin password from an environment variable, seeded faults,
// dialects and NAS behaviours as switches. It prints the lines the reference targets print, then one line per
// exchange, and serves until SIGINT, SIGTERM, a closed stdout or the end of the npm or npx that started it
// (../stop.ts, as a run and the proxy do). Every bad flag or value: one line, exit 2.
import { parseArgs } from 'node:util';
import { CannotRunError } from '../../core/errors.ts';
import { escapeControls, type Io } from '../../core/output.ts';
import { watchForStop } from '../../core/stop.ts';
import { announceLines } from './announce.ts';
import { catchersOf } from '../../suites/index.ts';
import { FAULT_TABLE, type Fault } from './faults.ts';
import { TARGET_FLAGS, targetSwitchesFrom, type TargetSwitches } from './flags.ts';
import type { Exchange } from './front/http.ts';
import { CREATED_CONTAINER, NAS_BRIDGE, RUNNING_CONTAINER, startSimulator } from './simulator.ts';

/** The NAS system port the page's ${QPORT} usually is (QTS's HTTP default). */
export const DEFAULT_PORT = 8080;

export const SIMULATE_HELP = `cs-conformance simulate — a stateful Container Station NAS on loopback, to run your client against

Usage:
  CS_PASSWORD=… cs-conformance simulate [options]

  --port N               loopback port (default ${DEFAULT_PORT}, the NAS's system port; 0 picks a free one)
  --base-path PATH       where the API is served (default /container-station/api/v1; before 2.4:
                         /containerstation/api/v1)
  --username NAME        the user who may log in (default admin)
  --password-env VAR     the environment variable holding that user's password (default CS_PASSWORD; never argv)
  --fault NAME           seed a fault (repeatable: faults combine)
  --list-faults          print every fault: its name, the checks that catch it, what it does
  --latency MS           every answer MS ms late, each on its own timer (0 to 60000)

Where the page is silent, how this NAS answers (its dialect):
  --success-status 201|OP=201,…       success status of every operation, or per operation (the others 200)
  --errors-as-200                     every error envelope on HTTP 200 (but "no session", which keeps its 401)
  --charset                           Content-Type application/json; charset=utf-8
  --list-order engine|reversed|shuffled

Sessions and logins:
  --session-lifetime MS               a session ends MS ms after its login (default: never)
  --ended-session 401|403|200         how an ended or absent session is answered (default 401)
  --session-cookie NAME               the session cookie's name (default CS_SESS_ID)
  --rotate-cookie                     a new cookie value on every answer (the old ones stay valid)
  --login-encodings curl-form,json,form-fields
                                      the login bodies it reads (default all three)
  --lockout-after N                   refuse every login from an address after N failed ones
  --max-requests-per-connection N     close a connection after its Nth answer (as nginx's keepalive_requests)

A NAS shared with others:
  --others N                          N networks of another user there first (half in use)
  --busy                              another client creates and removes networks every ~100 ms
  --hang OPERATION                    never answer it (repeatable: login, login-refresh, logout, system, list,
                                      create, inspect, remove, connect, disconnect, prune)

It starts as the documentation page shows a NAS: networks bridge (${NAS_BRIDGE.interface}, ${NAS_BRIDGE.subnet}), host and none;
a running container ${RUNNING_CONTAINER} and a created-only one, ${CREATED_CONTAINER}. What clients change lives in memory until it
stops. It prints url:, username:, password-env:, running-container:, created-container: and ready, then one line per
exchange (method, path, status, time; never a cookie or a password). Ctrl-C, SIGTERM, or the end of the npm or npx
that started it stops it. Exit codes: 0 stopped, 2 could not start.`;

interface SimulateSettings extends TargetSwitches {
  port: number;
  username: string;
  passwordEnv: string;
}

const usage = (message: string): CannotRunError => new CannotRunError(`simulate: ${message}`, "see 'cs-conformance simulate --help'");

/** The settings the flags ask for, 'help', or 'list-faults'; a bad flag or value throws a one-line CannotRunError. */
export function parseSimulateArgs(argv: string[]): SimulateSettings | 'help' | 'list-faults' {
  // A password on the command line would sit in the shell's history and every process listing: refused, unechoed.
  if (argv.some((a) => a === '--password' || a.startsWith('--password='))) {
    throw usage('takes no password on the command line: export it (CS_PASSWORD, or the variable --password-env names)');
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...TARGET_FLAGS,
        port: { type: 'string' },
        username: { type: 'string' },
        'password-env': { type: 'string' },
        'list-faults': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw usage((err as Error).message.split('\n')[0]);
  }
  if (values.help) return 'help';
  if (values['list-faults']) return 'list-faults';
  let switches: TargetSwitches;
  try {
    switches = targetSwitchesFrom(values);
  } catch (err) {
    throw usage((err as Error).message.split('\n')[0]);
  }
  const port = values.port ?? String(DEFAULT_PORT);
  if (!/^\d+$/.test(port) || Number(port) > 65535) throw usage(`--port takes a port number from 0 to 65535, got ${JSON.stringify(port)}`);
  const username = values.username ?? 'admin';
  if (!/^[\w.@-]+$/.test(username)) throw usage(`--username takes a user name (letters, digits, . _ @ -), got ${JSON.stringify(username)}`);
  const passwordEnv = values['password-env'] ?? 'CS_PASSWORD';
  if (!/^[A-Za-z_]\w*$/.test(passwordEnv)) throw usage(`--password-env takes the name of an environment variable, got ${JSON.stringify(passwordEnv)}`);
  return { ...switches, port: Number(port), username, passwordEnv };
}

/** `--list-faults`: one fault a line, its name first, then the checks that catch it, then what it does. */
export function faultLines(faults: readonly Fault[] = FAULT_TABLE): string[] {
  const checks = faults.map((f) => catchersOf(f.name).checks.map((c) => c.id).join(',') + (f.strict ? ' (--strict)' : ''));
  const nameWidth = Math.max(...faults.map((f) => f.name.length)) + 2;
  const checksWidth = Math.max(...checks.map((c) => c.length)) + 2;
  return faults.map((f, i) => `${f.name.padEnd(nameWidth)}${checks[i].padEnd(checksWidth)}${f.description}`);
}

/** One console line per exchange, like `cs-conformance mock`'s: never a query, a header or a body. */
export function exchangeLine(e: Exchange): string {
  const path = escapeControls(e.path.length > 200 ? `${e.path.slice(0, 200)}…` : e.path) + (e.query ? '?…' : '');
  const ms = Math.round(e.ms);
  return e.status === undefined ? `${e.method} ${path} → no answer (the connection closed after ${ms} ms)` : `${e.method} ${path} → ${e.status} ${ms} ms`;
}

/** How long an exchange line may wait to be written with the next ones (one write for many: cheaper under load). */
const FLUSH_MS = 20;

/** Lines written together: at most FLUSH_MS after the first of them, or at once when 256 wait. */
function lineBatcher(out: (text: string) => void): { add(line: string): void; flush(): void } {
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending.length) return;
    const lines = pending;
    pending = [];
    out(lines.join('\n'));
  };
  return {
    add: (line) => {
      pending.push(line);
      if (pending.length >= 256) flush();
      else timer ??= setTimeout(flush, FLUSH_MS);
    },
    flush,
  };
}

export async function runSimulateCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const settings = parseSimulateArgs(argv);
  if (settings === 'help') {
    io.out(SIMULATE_HELP);
    return 0;
  }
  if (settings === 'list-faults') {
    for (const line of faultLines()) io.out(line);
    return 0;
  }
  const password = env[settings.passwordEnv];
  if (!password) {
    throw new CannotRunError(`simulate: ${settings.passwordEnv} is not set`, `export the password ${settings.username} logs in with as ${settings.passwordEnv} (or name another variable with --password-env)`);
  }
  const lines = lineBatcher(io.out);
  const simulator = await startSimulator({ ...settings, password, onExchange: (e) => lines.add(exchangeLine(e)) }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') throw new CannotRunError(`simulate: port ${settings.port} is in use`, 'pick another --port (0 picks a free one)');
    if (err.code === 'EACCES') throw new CannotRunError(`simulate: port ${settings.port} may not be opened by this user`, 'pick a port above 1023 with --port');
    throw new CannotRunError(`simulate: could not start: ${err.message.split('\n')[0]}`);
  });
  for (const line of announceLines(simulator, settings.passwordEnv)) io.out(line);
  const why = await new Promise<string>((resolve) => {
    const unwatch = watchForStop((reason) => {
      unwatch();
      resolve(reason);
    }, io.outputClosed);
  });
  // What a client must never do on a shared NAS, said where the person who asked for the other user will read it.
  const touched = simulator.crowd?.engine.touched ?? [];
  await simulator.close();
  lines.flush();
  if (touched.length) io.err(`simulate: a client changed what is the other user's: ${touched.join('; ')}`);
  io.out(`stopped: ${why.replace('this run', 'the simulator')}`);
  return 0;
}
