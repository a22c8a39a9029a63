// Failed logins are a budget. A NAS locks an address out after a few refused logins (QTS IP Access Protection, on by
// default, its numbers the owner's choice), and a locked-out address is the user's own access gone: so every login of
// a run that could be refused — the runner's login in each encoding it tries, each renewal of the session, a check's
// deliberate wrong password, a second session, the probes of which encodings the target accepts — first takes room in one budget
// (--max-failed-logins, 2 by default) and gives it back when the login succeeds. An attempt that finds no room is not
// made: a check skips, saying why; a renewal ends the run (wire/session-keeper.ts).
//
// One budget per run, across both threads: the runner hands what its login spent to the checks' worker
// (ProvidedTarget.failedLogins), and the worker hands what it spent back with each check's result (the test's meta).

/** What the budget has spent, as it crosses threads. */
export interface FailedLogins {
  max: number;
  /** One entry per refused login, saying whose it was (e.g. "the runner's login in JSON: HTTP 400"). */
  spentOn: string[];
}

/**
 * Why a login is attempted, which decides the room it may take: `login` (the runner's own, a renewal, a second
 * session with the encoding known to work) and `wrong-password` may take any room left; a `probe` of an encoding
 * leaves the room kept for the wrong-password check (a MUST check, where a probe is only a SHOULD's record).
 */
export type LoginPurpose = 'login' | 'wrong-password' | 'probe';

/** Room taken for one login: settle it with the login's outcome (a refused login spends it, an accepted one frees it). */
export interface LoginTicket {
  settle(refused: boolean, spentOn: string): void;
}

export class LoginBudget {
  readonly max: number;
  readonly #spentOn: string[];
  #pending = 0;
  /** Attempts waiting for the ones under way to settle. */
  readonly #waiting: (() => void)[] = [];
  /** Room set aside for the check that sends a wrong password on purpose, which probes may not take. */
  #kept = 0;

  constructor(state: FailedLogins) {
    this.max = state.max;
    this.#spentOn = [...state.spentOn];
  }

  get spent(): number {
    return this.#spentOn.length;
  }

  /** The state to hand to the other thread. */
  state(): FailedLogins {
    return { max: this.max, spentOn: [...this.#spentOn] };
  }

  /** Adopts what the other thread spent (its state includes what this one handed it). */
  adopt(other: FailedLogins): void {
    for (const entry of other.spentOn.slice(this.#spentOn.length)) this.#spentOn.push(entry);
  }

  /** Sets room aside for the deliberate wrong-password login, so that encoding probes leave it. */
  keep(n: number): void {
    this.#kept = n;
  }

  /** How many logins that may be refused could start now for `purpose`. */
  room(purpose: LoginPurpose): number {
    const free = this.max - this.spent - this.#pending;
    return Math.max(0, purpose === 'probe' ? free - this.#kept : free);
  }

  /**
   * Room for one login, or undefined when there is none (the login must not be attempted). While other logins that
   * may be refused are under way, waits for them (an accepted one gives its room back), at most `waitMs` when given.
   */
  async acquire(purpose: LoginPurpose, waitMs?: number): Promise<LoginTicket | undefined> {
    const until = waitMs === undefined ? Infinity : performance.now() + waitMs;
    while (this.room(purpose) < 1) {
      const left = until - performance.now();
      if (!this.#pending || left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        this.#waiting.push(resolve);
        if (left !== Infinity) setTimeout(resolve, left).unref();
      });
    }
    this.#pending++;
    if (purpose === 'wrong-password') this.#kept = Math.max(0, this.#kept - 1);
    let settled = false;
    return {
      settle: (refused, spentOn) => {
        if (settled) return;
        settled = true;
        this.#pending--;
        if (refused) this.#spentOn.push(spentOn);
        for (const wake of this.#waiting.splice(0)) wake();
      },
    };
  }

  /** "2 failed logins allowed (--max-failed-logins), 1 spent: …": why an attempt was not made. */
  describe(): string {
    const on = this.spent ? `: ${this.#spentOn.join('; ')}` : '';
    const kept = this.#kept ? `; 1 kept for the deliberate wrong-password login` : '';
    return `${this.max} failed login${this.max === 1 ? '' : 's'} allowed (--max-failed-logins), ${this.spent} spent${on}${kept}`;
  }
}
