// What the run does when it is asked to stop (runner/stop.ts says when): the first request cancels the suites, so that
// the run still sweeps what it created and logs out, within a bound; a second Ctrl-C quits at once.
import type { CannotRunError } from './errors.ts';
import type { Io } from './output.ts';

/** How long the cleanup after a stop request may take before the process exits anyway. */
const STOP_BOUND_MS = 20_000;

export class Interrupt {
  #requested = false;
  /** The run's own reason to stop (a session it cannot keep), the one line it ends with; none for a signal. */
  #reason?: CannotRunError;
  #cancel?: () => Promise<void>;
  readonly #io: Io;
  readonly #quitNow: () => unknown;

  /** @param quitNow what must happen before a second signal exits the process (the mock child is stopped). */
  constructor(io: Io, quitNow: () => unknown) {
    this.#io = io;
    this.#quitNow = quitNow;
  }

  /** Whether a stop was asked for: the run then starts nothing new, and ends with exit 2 after its cleanup. */
  get requested(): boolean {
    return this.#requested;
  }

  /** Why the run stopped, when it stopped itself (stopWith) rather than being asked to. */
  get reason(): CannotRunError | undefined {
    return this.#reason;
  }

  /**
   * The run cannot go on (runner/session-keeper.ts: the session is lost): it stops as on an interrupt — the suites are
   * cancelled, what the run created is swept — and ends with `reason` as its one line, printed by the CLI.
   */
  readonly stopWith = (reason: CannotRunError): void => {
    if (this.#requested) return;
    this.#requested = true;
    this.#reason = reason;
    setTimeout(() => {
      this.#io.err(`cs-conformance: ${reason.oneLine()}`);
      process.exit(2);
    }, STOP_BOUND_MS).unref();
    void this.#cancel?.();
  };

  /** For runner/stop.ts's watchForStop. */
  readonly onStop = (why: string): void => {
    if (this.#requested) {
      if (why.startsWith('SIG')) void Promise.resolve(this.#quitNow()).finally(() => process.exit(2));
      return;
    }
    this.#requested = true;
    this.#io.err(`cs-conformance: ${why}: stopping, removing what this run created${why.startsWith('SIG') ? ' (press Ctrl-C again to quit at once)' : ''}`);
    // The sweep and logout are bounded: a target that stopped answering cannot keep the process alive.
    setTimeout(() => {
      this.#io.err(`cs-conformance: ${why}: the cleanup did not end within ${STOP_BOUND_MS / 1000} s; exiting`);
      process.exit(2);
    }, STOP_BOUND_MS).unref();
    void this.#cancel?.();
  };

  /** The suites are running from now on: a stop request cancels them (and does at once if one came already). */
  async cancelWith(cancel: () => Promise<void>): Promise<void> {
    this.#cancel = cancel;
    if (this.#requested) await cancel();
  }
}
