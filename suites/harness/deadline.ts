// A check's deadline, and the signal that stops its requests. A check that runs past its deadline (checkTimeoutMs,
// harness/types.ts) is reported cut short; from then on its body must send nothing more to the target (someone else's
// NAS): not the request in flight, whose answer no verdict waits for any more, nor the next one, nor a network created
// after the check's end removed what it had. So every request of the check carries its signal (scope.ts passes it to
// wire/transport.ts, which refuses or abandons the request with a CutShortError), and the signal aborts when the
// deadline passes — or when vitest ends the check's test itself: its own test timeout, or a stopped run.
//
// The check's end (its cleanups, the removal of its networks) runs after that too, and its requests carry no signal:
// what the check created must still go, each request bounded by --timeout as every request is.
import { AsyncLocalStorage } from 'node:async_hooks';
import { CutShortError } from '../../wire/cut-short.ts';

export class CheckDeadline {
  /** Aborted once the check is cut short: its deadline passed, or vitest ended its test (`run`). */
  readonly signal: AbortSignal;
  readonly #own = new AbortController();
  /** Holds `true` in the check's end, across its awaits: the requests made there carry no signal. */
  readonly #ending = new AsyncLocalStorage<true>();

  /** @param run vitest's signal of the check's test: aborted when its test timeout passes or the run stops. */
  constructor(run: AbortSignal) {
    this.signal = AbortSignal.any([this.#own.signal, run]);
  }

  /** The signal a request made now carries: the check's, but none in its end (see ending). */
  requestSignal(): AbortSignal | undefined {
    return this.#ending.getStore() ? undefined : this.signal;
  }

  /** Runs the check's end: what it sends is never called off, whatever became of the check. */
  ending<T>(end: () => Promise<T>): Promise<T> {
    return this.#ending.run(true, end);
  }

  /**
   * What `work` (the check's body, which resolves with what it threw, never rejects) came to — or, as soon as the
   * check is cut short, why: after `ms` (undefined: vitest's test timeout counts instead), a CutShortError saying
   * the check did not end within its time, once `onPassed` (which gives the check's slot back) was called.
   */
  async outcome(work: Promise<unknown>, ms: number | undefined, onPassed: () => void): Promise<unknown> {
    const timer = ms === undefined ? undefined : setTimeout(() => {
      onPassed();
      this.#own.abort(new CutShortError(`the check did not end within ${Math.round(ms / 1000)} s`));
    }, ms);
    let onAbort = (): void => undefined;
    const cut = new Promise<void>((resolve) => {
      onAbort = resolve;
      if (this.signal.aborted) resolve();
      else this.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const thrown = await Promise.race([work, cut]);
      // Cut short, whatever the body came to meanwhile. Its own end comes later — the CutShortError of the request it
      // was refused or the one abandoned — and is deliberately dropped: `work` resolves with it and nobody reads it.
      return this.signal.aborted ? this.signal.reason : thrown;
    } finally {
      clearTimeout(timer);
      this.signal.removeEventListener('abort', onAbort);
    }
  }
}
