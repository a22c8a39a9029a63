// A moment of quiet on the target, for a check that must see what one request of its own does while nothing else
// of the run changes it (suites/lib/attribution.ts: the repetitions that tell a nameless create's network from a
// neighbour's). While a check holds the quiet, the other checks' calls wait before they are sent; it begins once
// the calls already in flight have ended. Other clients of the target are not ours to quiet: the repetitions
// account for them.
import type { CheckScope } from './scope.ts';

export class QuietGate {
  #holder?: CheckScope;
  #released?: Promise<void>;
  #inFlight = 0;
  #idle?: () => void;

  /** Waits while another check holds the quiet; then counts the call as in flight until `leave`. */
  async enter(t: CheckScope): Promise<void> {
    while (this.#holder && this.#holder !== t) await this.#released;
    this.#inFlight++;
  }

  leave(): void {
    this.#inFlight--;
    if (this.#inFlight === 0) this.#idle?.();
  }

  /** Runs `fn` with the target quiet of the run's other checks. */
  async hold<T>(t: CheckScope, fn: () => Promise<T>): Promise<T> {
    while (this.#holder) await this.#released;
    let release!: () => void;
    this.#holder = t;
    this.#released = new Promise((r) => (release = r));
    try {
      if (this.#inFlight > 0) await new Promise<void>((r) => (this.#idle = r));
      this.#idle = undefined;
      return await fn();
    } finally {
      this.#holder = undefined;
      release();
    }
  }
}
