// What several checks share, as an explicit fixture with an owner: declared once in its suite file, built by the
// first check of the run that asks for it (in that check's scope: its requests are in that check's transcript, its
// networks removed when that check ends), and kept for the run by RunFixtures, which the registration creates per
// run. Nothing a check keeps lives in module state.
import type { CheckScope } from './scope.ts';

export class Fixture<T> {
  readonly name: string;
  readonly setUp: (t: CheckScope) => Promise<T> | T;
  constructor(name: string, setUp: (t: CheckScope) => Promise<T> | T) {
    this.name = name;
    this.setUp = setUp;
  }
}

export class RunFixtures {
  readonly #built = new Map<object, Promise<unknown>>();

  /** The run's value of `fixture`, built now in `t`'s scope if no check asked for it before. */
  get<T>(fixture: Fixture<T>, t: CheckScope): Promise<T> {
    let value = this.#built.get(fixture) as Promise<T> | undefined;
    if (!value) {
      value = Promise.resolve().then(() => fixture.setUp(t));
      this.#built.set(fixture, value);
    }
    return value;
  }
}
