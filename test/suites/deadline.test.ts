// A check's deadline and its signal (suites/harness/deadline.ts), and what a build cut short does to a fixture other
// checks wait for (suites/harness/fixtures.ts). The whole path, from a real CLI run to the target, is in
// test/runner/deadline.test.ts.
import { describe, expect, it } from 'vitest';
import { CheckDeadline } from '../../suites/harness/deadline.ts';
import { Fixture, RunFixtures } from '../../suites/harness/fixtures.ts';
import type { CheckScope } from '../../suites/harness/scope.ts';
import { CutShortError } from '../../wire/cut-short.ts';

const never = new Promise<unknown>(() => undefined);

describe('CheckDeadline', () => {
  it('a body that ends in time: what it threw, the signal never aborted', async () => {
    const d = new CheckDeadline(new AbortController().signal);
    const thrown = new Error('expected x; got y');
    expect(await d.outcome(Promise.resolve(thrown), 1_000, () => undefined)).toBe(thrown);
    expect(d.signal.aborted).toBe(false);
  });

  it('past its deadline: the slot is given back, the signal aborts, the outcome says so at once, whatever the body does', async () => {
    const d = new CheckDeadline(new AbortController().signal);
    let released = 0;
    const started = performance.now();
    const outcome = await d.outcome(never, 50, () => released++);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(released).toBe(1);
    expect(outcome).toBeInstanceOf(CutShortError);
    expect((outcome as Error).message).toBe('the check did not end within 0 s');
    expect(d.signal.aborted).toBe(true);
    expect(d.requestSignal()).toBe(d.signal);
  });

  it('the run signal (vitest: its own timeout, a stopped run) cuts the check short too', async () => {
    const run = new AbortController();
    const d = new CheckDeadline(run.signal);
    const outcome = d.outcome(never, undefined, () => undefined);
    run.abort(new Error('Test timed out in 95000ms.'));
    expect(await outcome).toEqual(new Error('Test timed out in 95000ms.'));
    expect(d.signal.aborted).toBe(true);
  });

  it('requests of the check\'s end carry no signal, across its awaits; the body\'s still do, even woken from the end', async () => {
    const d = new CheckDeadline(AbortSignal.abort());
    // The body waits, as for room for a network (harness/room.ts), and a removal in the end wakes it.
    let wake = (): void => undefined;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    const body = (async () => {
      await woken;
      return d.requestSignal();
    })();
    const inEnd: (AbortSignal | undefined)[] = [];
    await d.ending(async () => {
      inEnd.push(d.requestSignal());
      wake();
      await new Promise((resolve) => setTimeout(resolve, 5));
      inEnd.push(d.requestSignal());
    });
    expect(inEnd).toEqual([undefined, undefined]);
    expect(await body).toBe(d.signal);
  });
});

describe('a fixture whose build was cut short', () => {
  const scope = (signal: AbortSignal) => ({ signal }) as CheckScope;

  it('is built again in the scope of the next check that waits for it; the check cut short gets the CutShortError', async () => {
    const builtIn: string[] = [];
    const first = new AbortController();
    const fixture = new Fixture('scene', async (t: CheckScope) => {
      builtIn.push(t.signal === first.signal ? 'first' : 'second');
      if (t.signal === first.signal) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        throw new CutShortError('the check did not end within 95 s');
      }
      return 'scene';
    });
    const fixtures = new RunFixtures();
    const a = fixtures.get(fixture, scope(first.signal));
    first.abort();
    const b = fixtures.get(fixture, scope(new AbortController().signal));
    await expect(a).rejects.toBeInstanceOf(CutShortError);
    expect(await b).toBe('scene');
    expect(builtIn).toEqual(['first', 'second']);
    // Built once more only then: a later check gets the same value.
    expect(await fixtures.get(fixture, scope(new AbortController().signal))).toBe('scene');
    expect(builtIn).toEqual(['first', 'second']);
  });

  it('any other failure of the build stays the failure of every check that waits for it', async () => {
    const fixture = new Fixture('scene', () => Promise.reject(new Error('expected 201; got 500')));
    const fixtures = new RunFixtures();
    const live = new AbortController().signal;
    await expect(fixtures.get(fixture, scope(live))).rejects.toThrow('expected 201; got 500');
    await expect(fixtures.get(fixture, scope(live))).rejects.toThrow('expected 201; got 500');
  });
});
