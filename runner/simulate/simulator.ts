// A complete Container Station stand-in with no Docker: the reference front over the memory engine, with one running
// and one created-but-never-started container to connect. Run directly, it serves until SIGINT/SIGTERM:
//   CS_PASSWORD=… node runner/simulate/simulator.ts [--fault NAME]... [--port N] [--latency MS]
//     [--success-status 201|OP=201,…] [--errors-as-200] [--charset] [--list-order engine|reversed|shuffled]
//     [--base-path PATH] [--session-lifetime MS] [--ended-session 401|403|200] [--session-cookie NAME] [--rotate-cookie]
//     [--login-encodings curl-form,json,form-fields] [--lockout-after N] [--max-requests-per-connection N]
//     [--others N] [--busy] [--hang OPERATION]...
// --others and --busy share the NAS with another user (crowd.ts); --hang leaves an operation unanswered (hang.ts).
import { parseArgs as parseFlags } from 'node:util';
import { announce } from './announce.ts';
import { startCrowd, type Crowd } from './engine/crowd.ts';
import { DIALECT_FLAGS, dialectFrom, type Dialect } from './front/dialect.ts';
import type { Engine } from './engine/engine.ts';
import { DEFAULT_BASE_PATH, startFront } from './front/front.ts';
import { parseLatency } from './front/latency.ts';
import { MemoryEngine } from './engine/memory-engine.ts';
import { activeFaults, type FaultName } from './faults.ts';
import { SESSION_FLAGS, sessionOptionsFrom, type SessionOptions } from './front/sessions.ts';

export interface SimulatorOptions {
  password: string;
  faults?: readonly FaultName[];
  username?: string;
  port?: number;
  /** What GET /system reports as the Container Station (qpkg) and firmware versions. */
  versions?: { qpkg?: string; firmware?: string };
  /** Every answer comes this many ms late (each on its own: concurrent requests are delayed side by side). */
  latencyMs?: number;
  /** How the front answers where the page is silent (dialect.ts). */
  dialect?: Dialect;
  /** Where the API is served (default /container-station/api/v1). */
  basePath?: string;
  /** How sessions, logins and connections behave (sessions.ts). */
  session?: SessionOptions;
  /** Networks of another user already there, half with that user's running container attached (crowd.ts). */
  others?: number;
  /** Another client creates and removes networks of its own every ~100 ms (crowd.ts). */
  busy?: boolean;
  /** Operations the front never answers (hang.ts), e.g. ['inspect']. */
  hang?: string[];
}

export interface Simulator {
  /** The API base URL clients use (origin + the base path). */
  url: string;
  /** The bare origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  username: string;
  runningContainer: string;
  createdContainer: string;
  /** How many requests the target has received so far. */
  requests(): number;
  /** The addresses locked out after failed logins (SessionOptions.lockoutAfter). */
  lockouts(): string[];
  /** Changes the password the target accepts, as an administrator would mid-run. */
  setPassword(password: string): void;
  /** Every session cookie value the target issued. */
  issued(): string[];
  /** How many connections the target has accepted so far. */
  connections(): number;
  /** The names of the networks the engine holds now (read from the engine: no login needed). */
  networkNames(): Promise<string[]>;
  /** The other user and the busy client, when asked for: what the front did to theirs (`engine.touched`). */
  crowd?: Crowd;
  /** The engine behind the front, for tests that look past it (what a run left, what it touched). */
  engine: Engine;
  close(): Promise<void>;
}

export const RUNNING_CONTAINER = 'ref-running';
export const CREATED_CONTAINER = 'ref-created';
/** The other user's running container, on a target with --others or --busy. */
export const OTHERS_CONTAINER = 'other-user-running';

export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const crowded = Boolean(opts.others || opts.busy);
  const memory = new MemoryEngine({
    containers: [
      { name: RUNNING_CONTAINER, running: true },
      { name: CREATED_CONTAINER, running: false },
      ...(crowded ? [{ name: OTHERS_CONTAINER, running: true }] : []),
    ],
  });
  const crowd = crowded ? await startCrowd(memory, { others: opts.others, busy: opts.busy, container: OTHERS_CONTAINER }) : undefined;
  const engine = crowd?.engine ?? memory;
  const username = opts.username ?? 'admin';
  const basePath = opts.basePath ?? DEFAULT_BASE_PATH;
  const front = await startFront({
    engine,
    username,
    password: opts.password,
    faults: opts.faults,
    port: opts.port,
    versions: opts.versions,
    latencyMs: opts.latencyMs,
    dialect: opts.dialect,
    basePath,
    session: opts.session,
    hang: opts.hang,
  }).catch(async (err: unknown) => {
    await crowd?.stop();
    throw err;
  });
  return {
    url: front.url + basePath,
    origin: front.url,
    username,
    runningContainer: RUNNING_CONTAINER,
    createdContainer: CREATED_CONTAINER,
    requests: front.requests,
    lockouts: front.lockouts,
    setPassword: front.setPassword,
    issued: front.issued,
    connections: front.connections,
    networkNames: async () => (await memory.list()).map((n) => String(n.Name)),
    crowd,
    engine: memory,
    close: async () => {
      await crowd?.stop();
      await front.close();
    },
  };
}

function parseArgs(argv: string[]): Omit<SimulatorOptions, 'password'> {
  const { values } = parseFlags({
    args: argv,
    options: {
      fault: { type: 'string', multiple: true },
      port: { type: 'string' },
      latency: { type: 'string' },
      'base-path': { type: 'string' },
      others: { type: 'string' },
      busy: { type: 'boolean' },
      hang: { type: 'string', multiple: true },
      ...DIALECT_FLAGS,
      ...SESSION_FLAGS,
    },
    allowPositionals: false,
  });
  const out: Omit<SimulatorOptions, 'password'> = { faults: [...activeFaults(values.fault ?? [])], hang: values.hang ?? [], dialect: dialectFrom(values), session: sessionOptionsFrom(values) };
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) throw new Error(`--port takes a port number, got ${JSON.stringify(values.port)}`);
    out.port = Number(values.port);
  }
  if (values.latency !== undefined) out.latencyMs = parseLatency(values.latency);
  if (values['base-path'] !== undefined) {
    if (!values['base-path'].startsWith('/')) throw new Error(`--base-path must start with "/", got ${JSON.stringify(values['base-path'])}`);
    out.basePath = values['base-path'];
  }
  if (values.others !== undefined) {
    if (!/^\d+$/.test(values.others)) throw new Error(`--others takes a whole number, got ${JSON.stringify(values.others)}`);
    out.others = Number(values.others);
  }
  if (values.busy) out.busy = true;
  return out;
}

async function main(): Promise<void> {
  const password = process.env.CS_PASSWORD;
  if (!password) {
    process.stderr.write('memory-target: CS_PASSWORD is not set; export the password the target should accept.\n');
    process.exit(2);
  }
  let target: Simulator;
  try {
    target = await startSimulator({ password, ...parseArgs(process.argv.slice(2)) });
  } catch (err) {
    process.stderr.write(`memory-target: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    process.exit(2);
  }
  process.stdout.write(announce(target));
  const stop = (): void => {
    // What a run must never do, said where the person who asked for the other user will read it.
    const touched = target.crowd?.engine.touched ?? [];
    if (touched.length) process.stderr.write(`memory-target: the front changed what is the other user's: ${touched.join('; ')}\n`);
    void target.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) await main();
