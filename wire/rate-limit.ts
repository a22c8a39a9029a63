// --rate-limit: at most R requests per second to the target, for NAS units that are fragile or count requests per
// address. Requests are spaced evenly (1/R s apart, no bursts): a unit that rate-limits per second must never see
// more than R in any second, whatever the concurrency. `await limiter.take()` before each request.

export class RateLimiter {
  /** Spacing between two requests; 0: unlimited. */
  readonly #intervalMs: number;
  /** When the last request was let go (performance.now() time). */
  #last = -Infinity;
  /** The callers before this one, in the order they called. */
  #queue: Promise<void> = Promise.resolve();

  /** `requestsPerSecond` undefined: unlimited, take() never waits. */
  constructor(requestsPerSecond?: number) {
    if (requestsPerSecond !== undefined && !(Number.isFinite(requestsPerSecond) && requestsPerSecond > 0)) {
      throw new RangeError(`a rate limit must be a positive number of requests per second, got ${requestsPerSecond}`);
    }
    this.#intervalMs = requestsPerSecond === undefined ? 0 : 1000 / requestsPerSecond;
  }

  /**
   * A request to the same target just went through another limiter (the runner's thread and the checks' worker
   * take turns): the next one here waits a full interval from now.
   */
  markSent(): void {
    this.#last = performance.now();
  }

  /**
   * Resolves when the caller may send one request. Callers are served in the order they call take(), each at least
   * 1/R s after the one before was let go: the spacing is measured when each one actually goes, so timers that fire
   * late together (a busy event loop) cannot release a burst. With `signal`, an abort (the run is interrupted)
   * rejects at once with the signal's reason.
   */
  take(signal?: AbortSignal): Promise<void> {
    if (this.#intervalMs === 0) return Promise.resolve();
    const turn = this.#queue.then(async () => {
      for (let wait = this.#last + this.#intervalMs - performance.now(); wait > 0; wait = this.#last + this.#intervalMs - performance.now()) {
        await sleep(Math.ceil(wait), signal);
      }
      this.#last = performance.now();
    });
    // A caller that gave up (aborted) does not hold back the ones after it.
    this.#queue = turn.catch(() => undefined);
    return turn;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
