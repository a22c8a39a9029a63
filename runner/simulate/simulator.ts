// The simulator: a complete Container Station stand-in with no Docker — the front (front/) over the memory engine
// (engine/), in the state of the documentation page: networks bridge (Container Station's lxcbr0, 10.0.3.0/24, the
// page's Options), host and none; a running container named dtest (the one the page connects) and a created-only
// one. Every curl example of the page runs against it as printed. `cs-conformance simulate` serves it (command.ts);
// the project's tests start it in-process as their reference target.
import { startCrowd, type Crowd } from './engine/crowd.ts';
import type { Engine } from './engine/engine.ts';
import { MemoryEngine, type BridgeSpec } from './engine/memory-engine.ts';
import type { FaultName } from './faults.ts';
import type { Dialect } from './front/shape/dialect.ts';
import { DEFAULT_BASE_PATH, startFront } from './front/front.ts';
import type { Exchange } from './front/http.ts';
import type { SessionOptions } from './front/sessions.ts';

export interface SimulatorOptions {
  password: string;
  faults?: readonly FaultName[];
  username?: string;
  /** Loopback port (default 0: a free one). */
  port?: number;
  /** What GET /system reports as the Container Station (qpkg) and firmware versions. */
  versions?: { qpkg?: string; firmware?: string };
  /** Every answer comes this many ms late (each on its own: concurrent requests are delayed side by side). */
  latencyMs?: number;
  /** How the front answers where the page is silent (front/shape/dialect.ts). */
  dialect?: Dialect;
  /** Where the API is served (default /container-station/api/v1). */
  basePath?: string;
  /** How sessions, logins and connections behave (front/sessions.ts). */
  session?: SessionOptions;
  /** Networks of another user already there, half with that user's running container attached (engine/crowd.ts). */
  others?: number;
  /** Another client creates and removes networks of its own every ~100 ms (engine/crowd.ts). */
  busy?: boolean;
  /** Operations the front never answers (front/hang.ts), e.g. ['inspect']. */
  hang?: string[];
  /** Keep every session cookie value issued, for issued() (a test's list of secrets). */
  recordIssued?: boolean;
  /** Told how each request ended. */
  onExchange?: (e: Exchange) => void;
}

export interface Simulator {
  /** The API base URL clients use (origin + the base path). */
  url: string;
  /** The bare origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  port: number;
  username: string;
  runningContainer: string;
  createdContainer: string;
  /** How many requests the simulator has received so far. */
  requests(): number;
  /** The addresses locked out after failed logins (SessionOptions.lockoutAfter). */
  lockouts(): string[];
  /** Changes the password the simulator accepts, as an administrator would mid-run. */
  setPassword(password: string): void;
  /** Every session cookie value issued (started with recordIssued; otherwise this throws). */
  issued(): string[];
  /** How many sessions it holds now (ended ones are dropped). */
  liveSessions(): number;
  /** How many connections it has accepted so far. */
  connections(): number;
  /** The names of the networks the engine holds now (read from the engine: no login needed). */
  networkNames(): Promise<string[]>;
  /** The other user and the busy client, when asked for: what the front did to theirs (`engine.touched`). */
  crowd?: Crowd;
  /** The engine behind the front, for tests that look past it (what a run left, what it touched). */
  engine: Engine;
  close(): Promise<void>;
}

/** The running container the page connects and disconnects. */
export const RUNNING_CONTAINER = 'dtest';
/** A container created and never started: connecting it records an entry but no endpoint. */
export const CREATED_CONTAINER = 'dtest-created';
/** The other user's running container, with --others or --busy. */
export const OTHERS_CONTAINER = 'other-user-running';
/** The bridge the page lists: Container Station's own, lxcbr0. */
export const NAS_BRIDGE: BridgeSpec = { interface: 'lxcbr0', subnet: '10.0.3.0/24', gateway: '10.0.3.1' };

export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const crowded = Boolean(opts.others || opts.busy);
  const memory = new MemoryEngine({
    bridge: NAS_BRIDGE,
    containers: [
      { name: RUNNING_CONTAINER, running: true },
      { name: CREATED_CONTAINER, running: false },
      ...(crowded ? [{ name: OTHERS_CONTAINER, running: true }] : []),
    ],
  });
  const crowd = crowded ? await startCrowd(memory, { others: opts.others, busy: opts.busy, container: OTHERS_CONTAINER }) : undefined;
  const username = opts.username ?? 'admin';
  const basePath = (opts.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '');
  const front = await startFront({
    engine: crowd?.engine ?? memory,
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
    recordIssued: opts.recordIssued,
    onExchange: opts.onExchange,
  }).catch(async (err: unknown) => {
    await crowd?.stop();
    throw err;
  });
  return {
    url: front.url + basePath,
    origin: front.url,
    port: front.port,
    username,
    runningContainer: RUNNING_CONTAINER,
    createdContainer: CREATED_CONTAINER,
    requests: front.requests,
    lockouts: front.lockouts,
    setPassword: front.setPassword,
    issued: front.issued,
    liveSessions: front.liveSessions,
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
