// What several checks share, as an explicit fixture with an owner: declared once in its suite file, built by the
// first check of the run that asks for it (in that check's scope: its requests are in that check's transcript, its
// networks removed when that check ends), and kept for the run by RunFixtures, which the registration creates per
// run. Nothing a check keeps lives in module state. A fixture is built in the scope of a check (scope.ts's CheckScope);
// this module asks of it only its signal, so that the scope can hold the run's fixtures without a loop of imports.
import { CutShortError } from '../../wire/cut-short.ts';

/** What building a fixture needs of the check's scope it is built in: whether that check was cut short. */
export interface BuildScope {
  readonly signal: AbortSignal;
}

export class Fixture<T, S extends BuildScope = BuildScope> {
  readonly name: string;
  readonly setUp: (t: S) => Promise<T> | T;
  constructor(name: string, setUp: (t: S) => Promise<T> | T) {
    this.name = name;
    this.setUp = setUp;
  }
}

export class RunFixtures {
  readonly #built = new Map<object, Promise<unknown>>();

  /**
   * The run's value of `fixture`, built now in `t`'s scope if no check asked for it before. A build cut short with
   * the check that ran it (harness/deadline.ts) is no value, nor a failure of the checks waiting for it: the next check
   * that asks builds it again, in its own scope.
   */
  get<T, S extends BuildScope>(fixture: Fixture<T, S>, t: S): Promise<T> {
    let value = this.#built.get(fixture) as Promise<T> | undefined;
    if (!value) {
      const built = Promise.resolve().then(() => fixture.setUp(t));
      built.catch((err: unknown) => {
        if (err instanceof CutShortError && this.#built.get(fixture) === built) this.#built.delete(fixture);
      });
      this.#built.set(fixture, built);
      value = built;
    }
    return value.catch((err: unknown) => {
      if (err instanceof CutShortError && !t.signal.aborted) return this.get(fixture, t);
      throw err;
    });
  }
}
