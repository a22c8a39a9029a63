// What every handler of the front shares for the life of a front: the engine (behind the near-miss layer), the active
// faults, the sessions, the dialect, how docker-py words errors, the versions GET /system reports, and what the
// stateful faults remember. Handlers are functions of this context (logins.ts, networks.ts, create.ts), so each
// concern of the front is a module of its own while the state stays one object per front, never a module variable.
import type { Engine } from '../engine/engine.ts';
import type { FaultName } from '../faults.ts';
import type { Dialect } from './shape/dialect.ts';
import type { FaultMemory } from './fault-memory.ts';
import type { SessionStore } from './sessions.ts';

export interface FrontContext {
  readonly engine: Engine;
  readonly faults: ReadonlySet<FaultName>;
  readonly sessions: SessionStore;
  readonly dialect: Dialect;
  /** false: docker-py <= 4.3.1 messages (as in QNAP's captures); true: >= 4.4 messages with the engine URL. */
  readonly dockerPyUrl: boolean;
  /** What GET /system reports as the Container Station (qpkg) and firmware versions. */
  readonly versions: { qpkg: string; firmware: string };
  readonly memory: FaultMemory;
}
