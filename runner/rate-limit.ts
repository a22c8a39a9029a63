// --rate-limit: at most R requests per second to the target, for NAS units that are fragile or count requests per
// address. Requests are spaced evenly (1/R s apart, no bursts): a unit that rate-limits per second must never see
// more than R in any second, whatever the concurrency. `await limiter.take()` before each request.

export class RateLimiter {
  /** Spacing between two requests; 0: unlimited. */
  readonly #intervalMs: number;
  /** When the next request may go (performance.now() time). */
  #next = 0;

  /** `requestsPerSecond` undefined: unlimited, take() never waits. */
  constructor(requestsPerSecond?: number) {
    if (requestsPerSecond !== undefined && !(Number.isFinite(requestsPerSecond) && requestsPerSecond > 0)) {
      throw new RangeError(`a rate limit must be a positive number of requests per second, got ${requestsPerSecond}`);
    }
    this.#intervalMs = requestsPerSecond === undefined ? 0 : 1000 / requestsPerSecond;
  }

  /**
   * Resolves when the caller may send one request. Callers are served in the order they call take(); each call
   * reserves its own slot. With `signal`, an abort (the run is interrupted) rejects at once with the signal's reason.
   */
  take(signal?: AbortSignal): Promise<void> {
    if (this.#intervalMs === 0) return Promise.resolve();
    const now = performance.now();
    const at = Math.max(now, this.#next);
    this.#next = at + this.#intervalMs;
    const wait = Math.ceil(at - now);
    if (wait <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, wait);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
