// How the target reaches the checks' worker. Not through vitest's provide(), which must be called before the run
// starts, but over a BroadcastChannel of this run: the worker starts and loads every suite while the embedded mock
// starts and the session opens (the longest steps of a default run), then waits here for the target. The worker
// says "ready" once it listens, and is answered with the target when it is known, so neither side can miss the other.
// `null` tells the worker the run will not reach the suites (interrupted, or the login failed): it registers no check.
// The other way, the worker says when it lost the run's session for good (wire/session-keeper.ts): the runner then
// stops the run as on an interrupt, with that reason as its one line.
import { randomBytes } from 'node:crypto';
import { BroadcastChannel } from 'node:worker_threads';
import type { ProvidedTarget } from './types.ts';

const READY = 'ready';

/** The worker lost the run's session: the one line the run ends with (already redacted by the worker). */
export interface LostSession {
  message: string;
  hint: string;
}

type FromWorker = typeof READY | { lostSession: LostSession };

/** The runner's side: one per run, named uniquely (vitest provides the name to the worker). */
export class TargetChannel {
  readonly name = `cs-conformance-target-${randomBytes(6).toString('hex')}`;
  readonly #channel = new BroadcastChannel(this.name);
  #target: ProvidedTarget | null | undefined;
  /** Told when the worker lost the session (set by the run). */
  onLostSession?: (lost: LostSession) => void;

  constructor() {
    this.#channel.onmessage = (e) => {
      const data = e.data as FromWorker;
      if (data === READY) {
        if (this.#target !== undefined) this.#channel.postMessage(this.#target);
      } else if (typeof data === 'object' && data && 'lostSession' in data) this.onLostSession?.(data.lostSession);
    };
    // The channel must not keep the process alive after the run.
    this.#channel.unref();
  }

  /** Hands the worker the target (or null: no checks will run); only the first offer counts. */
  offer(target: ProvidedTarget | null): void {
    if (this.#target !== undefined) return;
    this.#target = target;
    this.#channel.postMessage(target);
  }

  /** Once the worker's run has ended: a worker still waiting would never be answered. */
  close(): void {
    this.#channel.close();
  }
}

/** The worker's side: the target once the runner has it, or null. */
export function receiveTarget(name: string): Promise<ProvidedTarget | null> {
  const channel = new BroadcastChannel(name);
  return new Promise((resolve) => {
    channel.onmessage = (e) => {
      const data = e.data as ProvidedTarget | null | FromWorker;
      if (data === READY || (data && 'lostSession' in data)) return;
      channel.close();
      resolve(data);
    };
    channel.postMessage(READY);
  });
}

/** The worker's side: tells the runner the session is lost for good (the run stops with `lost` as its one line). */
export function reportLostSession(name: string, lost: LostSession): void {
  const channel = new BroadcastChannel(name);
  channel.postMessage({ lostSession: lost } satisfies FromWorker);
  channel.close();
}
