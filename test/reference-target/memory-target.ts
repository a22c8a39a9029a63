// A complete Container Station stand-in with no Docker: the reference front over the memory engine, with one running
// and one created-but-never-started container to connect. Run directly, it serves until SIGINT/SIGTERM:
//   CS_PASSWORD=… node test/reference-target/memory-target.ts [--fault NAME]... [--port N] [--latency MS]
//     [--success-status 201|OP=201,…] [--errors-as-200] [--charset] [--list-order engine|reversed|shuffled]
//     [--base-path PATH] [--session-lifetime MS] [--ended-session 401|403|200] [--session-cookie NAME] [--rotate-cookie]
//     [--login-encodings curl-form,json,form-fields] [--lockout-after N] [--max-requests-per-connection N]
import { parseArgs as parseFlags } from 'node:util';
import { announce } from './announce.ts';
import { DIALECT_FLAGS, dialectFrom, type Dialect } from './dialect.ts';
import { DEFAULT_BASE_PATH, startFront } from './front.ts';
import { parseLatency } from './latency.ts';
import { MemoryEngine } from './memory-engine.ts';
import { SESSION_FLAGS, sessionOptionsFrom, type SessionOptions } from './sessions.ts';

export interface MemoryTargetOptions {
  password: string;
  faults?: string[];
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
}

export interface MemoryTarget {
  /** The API base URL clients use (origin + /container-station/api/v1). */
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
  close(): Promise<void>;
}

export const RUNNING_CONTAINER = 'ref-running';
export const CREATED_CONTAINER = 'ref-created';

export async function startMemoryTarget(opts: MemoryTargetOptions): Promise<MemoryTarget> {
  const engine = new MemoryEngine({
    containers: [
      { name: RUNNING_CONTAINER, running: true },
      { name: CREATED_CONTAINER, running: false },
    ],
  });
  const username = opts.username ?? 'admin';
  const basePath = opts.basePath ?? DEFAULT_BASE_PATH;
  const front = await startFront({ engine, username, password: opts.password, faults: opts.faults, port: opts.port, versions: opts.versions, latencyMs: opts.latencyMs, dialect: opts.dialect, basePath, session: opts.session });
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
    networkNames: async () => (await engine.list()).map((n) => String(n.Name)),
    close: () => front.close(),
  };
}

function parseArgs(argv: string[]): Omit<MemoryTargetOptions, 'password'> {
  const { values } = parseFlags({
    args: argv,
    options: { fault: { type: 'string', multiple: true }, port: { type: 'string' }, latency: { type: 'string' }, 'base-path': { type: 'string' }, ...DIALECT_FLAGS, ...SESSION_FLAGS },
    allowPositionals: false,
  });
  const out: Omit<MemoryTargetOptions, 'password'> = { faults: values.fault ?? [], dialect: dialectFrom(values), session: sessionOptionsFrom(values) };
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) throw new Error(`--port takes a port number, got ${JSON.stringify(values.port)}`);
    out.port = Number(values.port);
  }
  if (values.latency !== undefined) out.latencyMs = parseLatency(values.latency);
  if (values['base-path'] !== undefined) {
    if (!values['base-path'].startsWith('/')) throw new Error(`--base-path must start with "/", got ${JSON.stringify(values['base-path'])}`);
    out.basePath = values['base-path'];
  }
  return out;
}

async function main(): Promise<void> {
  const password = process.env.CS_PASSWORD;
  if (!password) {
    process.stderr.write('memory-target: CS_PASSWORD is not set; export the password the target should accept.\n');
    process.exit(2);
  }
  let target: MemoryTarget;
  try {
    target = await startMemoryTarget({ password, ...parseArgs(process.argv.slice(2)) });
  } catch (err) {
    process.stderr.write(`memory-target: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    process.exit(2);
  }
  process.stdout.write(announce(target));
  const stop = (): void => {
    void target.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) await main();
