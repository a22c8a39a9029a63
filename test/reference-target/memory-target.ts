// A complete Container Station stand-in with no Docker: the reference front over the memory engine, with one running
// and one created-but-never-started container to connect. Run directly, it serves until SIGINT/SIGTERM:
//   CS_PASSWORD=… node test/reference-target/memory-target.ts [--fault NAME]... [--port N] [--latency MS]
//     [--success-status 201|OP=201,…] [--errors-as-200] [--charset] [--list-order engine|reversed|shuffled]
import { announce } from './announce.ts';
import { parseDialect, type Dialect } from './dialect.ts';
import { DEFAULT_BASE_PATH, startFront } from './front.ts';
import { parseLatency } from './latency.ts';
import { MemoryEngine } from './memory-engine.ts';

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
  const front = await startFront({ engine, username, password: opts.password, faults: opts.faults, port: opts.port, versions: opts.versions, latencyMs: opts.latencyMs, dialect: opts.dialect });
  return {
    url: front.url + DEFAULT_BASE_PATH,
    origin: front.url,
    username,
    runningContainer: RUNNING_CONTAINER,
    createdContainer: CREATED_CONTAINER,
    requests: front.requests,
    close: () => front.close(),
  };
}

function parseArgs(argv: string[]): { faults: string[]; port?: number; latencyMs?: number; dialect: Dialect } {
  const faults: string[] = [];
  let port: number | undefined;
  let latencyMs: number | undefined;
  const dialect: Parameters<typeof parseDialect>[0] = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--errors-as-200' || flag === '--charset') {
      dialect[flag === '--charset' ? 'charset' : 'errorsAs200'] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--fault') faults.push(value);
    else if (flag === '--port' && /^\d+$/.test(value) && Number(value) < 65536) port = Number(value);
    else if (flag === '--latency') latencyMs = parseLatency(value);
    else if (flag === '--success-status') dialect.successStatus = value;
    else if (flag === '--list-order') dialect.listOrder = value;
    else throw new Error(`unexpected argument ${JSON.stringify(argv[i])} (usage: [--fault NAME]... [--port N] [--latency MS] [--success-status 201|OP=201,…] [--errors-as-200] [--charset] [--list-order engine|reversed|shuffled])`);
  }
  return { faults, port, latencyMs, dialect: parseDialect(dialect) };
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
    process.stderr.write(`memory-target: ${err instanceof Error ? err.message : String(err)}\n`);
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
