// What the run does when it is asked to stop before its end: by a signal, the end of the process that started it or
// a closed stdout (core/stop.ts says when), or by a fatal condition another part of the run found (a session that
// cannot be renewed). Every such stop takes one path: the suites are cancelled, the run sweeps what it created, logs
// out and writes the reports of what finished (the checks that did not, skipped "interrupted"), within a bound, then
// ends with exit 2; a second Ctrl-C quits at once.
import type { CannotRunError } from '../../core/errors.ts';
import type { Io } from '../../core/output.ts';

/** How long the cleanup and the reports after a stop request may take before the process exits anyway. */
const STOP_BOUND_MS = 20_000;

export class Interrupt {
  #reason?: string;
  #fatal?: CannotRunError;
  #cancel?: () => Promise<void>;
  readonly #io: Io;
  readonly #quitNow: () => unknown;
  readonly #boundMs: number;

  /**
   * @param quitNow what must happen before a second signal exits the process (the mock child is stopped).
   * @param boundMs how long the cleanup and the reports may take before the process exits anyway.
   */
  constructor(io: Io, quitNow: () => unknown, boundMs = STOP_BOUND_MS) {
    this.#io = io;
    this.#quitNow = quitNow;
    this.#boundMs = boundMs;
  }

  /** Whether a stop was asked for: the run then starts nothing new, and ends with exit 2 after its cleanup. */
  get requested(): boolean {
    return this.#reason !== undefined;
  }

  /** Why the run stops (SIGTERM, "stdout was closed", a fatal condition's message); undefined while it goes on. */
  get reason(): string | undefined {
    return this.#reason;
  }

  /** The fatal condition that stopped the run, if one did: the run's one-line error once the reports are written. */
  get fatal(): CannotRunError | undefined {
    return this.#fatal;
  }

  /** For core/stop.ts's watchForStop: a signal, the parent gone, or a closed stdout. */
  readonly onStop = (why: string): void => {
    if (this.requested) {
      if (why.startsWith('SIG')) void Promise.resolve(this.#quitNow()).finally(() => process.exit(2));
      return;
    }
    this.#io.err(`cs-conformance: ${why}: stopping, removing what this run created${why.startsWith('SIG') ? ' (press Ctrl-C again to quit at once)' : ''}`);
    this.#stop(why);
  };

  /**
   * A fatal condition found by another part of the run (e.g. the session ended and could not be renewed): the run
   * stops as on a signal — the sweep, the logout, the reports of what finished — and then ends with exit 2 and this
   * error's one line (nothing is printed before). A stop already under way keeps its reason.
   */
  fail(error: CannotRunError): void {
    if (this.requested) return;
    this.#fatal = error;
    this.#stop(error.message);
  }

  #stop(why: string): void {
    this.#reason = why;
    // The sweep, logout and reports are bounded: a target that stopped answering cannot keep the process alive.
    setTimeout(() => {
      this.#io.err(`cs-conformance: ${why}: the cleanup did not end within ${this.#boundMs / 1000} s; exiting`);
      process.exit(2);
    }, this.#boundMs).unref();
    void this.#cancel?.();
  }

  /** The suites are running from now on: a stop request cancels them (and does at once if one came already). */
  async cancelWith(cancel: () => Promise<void>): Promise<void> {
    this.#cancel = cancel;
    if (this.requested) await cancel();
  }
}
