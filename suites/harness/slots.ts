// How many checks are at work at once (--concurrency). vitest starts every concurrent check together; each one waits
// here for a slot, in the order the checks were registered (suites/harness/register.ts), and gives it back once its body
// has ended — before it removes its own networks. A removal is a delete per network (an inspect first where the
// network is proven by name or label rather than by its create's Id), a good share of a run's requests: holding the
// slot through it would keep the next check waiting on requests that decide nothing. So up to --concurrency checks run their bodies, and beside them the checks that just ended remove
// what they created (each removal still belongs to its check: its exchanges are in that check's transcript).

export type Release = () => void;

export class CheckSlots {
  #free: number;
  /** The checks waiting for a slot, first come first served. */
  readonly #waiting: ((release: Release) => void)[] = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a number of check slots must be a whole number above 0, got ${size}`);
    this.#free = size;
  }

  /**
   * Resolves with the slot's release (calling it again does nothing) once a slot is free, in the order of the calls.
   * An abort (the run is interrupted) rejects at once with the signal's reason; the check then never starts.
   */
  take(signal: AbortSignal): Promise<Release> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(this.#release());
    }
    return new Promise<Release>((resolve, reject) => {
      const give = (release: Release) => {
        signal.removeEventListener('abort', onAbort);
        resolve(release);
      };
      const onAbort = () => {
        this.#waiting.splice(this.#waiting.indexOf(give), 1);
        reject(signal.reason);
      };
      this.#waiting.push(give);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  #release(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiting check; the free count only grows when nobody waits.
      if (next) next(this.#release());
      else this.#free++;
    };
  }
}
