// A complete Container Station stand-in with no Docker: the reference front over the memory engine, with one running
// and one created-but-never-started container to connect. Run directly, it serves until SIGINT/SIGTERM:
//   CS_PASSWORD=… node test/reference-target/memory-target.ts [--fault NAME]... [--port N] [--latency MS]
//     [--others N] [--busy] [--hang OPERATION]...
// --others and --busy share the NAS with another user (crowd.ts); --hang leaves an operation unanswered (hang.ts).
import { announce } from './announce.ts';
import { startCrowd, type Crowd } from './crowd.ts';
import type { Engine } from './engine.ts';
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
  /** Networks of another user already there, half with that user's running container attached (crowd.ts). */
  others?: number;
  /** Another client creates and removes networks of its own every ~100 ms (crowd.ts). */
  busy?: boolean;
  /** Operations the front never answers (hang.ts), e.g. ['inspect']. */
  hang?: string[];
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

export async function startMemoryTarget(opts: MemoryTargetOptions): Promise<MemoryTarget> {
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
  const front = await startFront({ engine, username, password: opts.password, faults: opts.faults, port: opts.port, versions: opts.versions, latencyMs: opts.latencyMs, hang: opts.hang }).catch(async (err: unknown) => {
    await crowd?.stop();
    throw err;
  });
  return {
    url: front.url + DEFAULT_BASE_PATH,
    origin: front.url,
    username,
    runningContainer: RUNNING_CONTAINER,
    createdContainer: CREATED_CONTAINER,
    requests: front.requests,
    crowd,
    engine: memory,
    close: async () => {
      await crowd?.stop();
      await front.close();
    },
  };
}

function parseArgs(argv: string[]): Omit<MemoryTargetOptions, 'password'> {
  const faults: string[] = [];
  const hang: string[] = [];
  const out: Omit<MemoryTargetOptions, 'password'> = { faults, hang };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--busy' && inline === undefined) {
      out.busy = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--fault') faults.push(value);
    else if (flag === '--hang') hang.push(value);
    else if (flag === '--port' && /^\d+$/.test(value) && Number(value) < 65536) out.port = Number(value);
    else if (flag === '--latency') out.latencyMs = parseLatency(value);
    else if (flag === '--others' && /^\d+$/.test(value)) out.others = Number(value);
    else throw new Error(`unexpected argument ${JSON.stringify(argv[i])} (usage: [--fault NAME]... [--port N] [--latency MS] [--others N] [--busy] [--hang OPERATION]...)`);
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
    process.stderr.write(`memory-target: ${err instanceof Error ? err.message : String(err)}\n`);
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
