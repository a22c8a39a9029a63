// The slots that let --concurrency checks work at once (suites/harness/slots.ts): the order checks get them in, how many
// hold one, and what an interrupted run does to the checks still waiting.
import { describe, expect, it } from 'vitest';
import { CheckSlots, type Release } from '../../suites/harness/slots.ts';

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CheckSlots', () => {
  it('gives at most N slots at once, to the waiting checks in the order they asked', async () => {
    const slots = new CheckSlots(2);
    const signal = new AbortController().signal;
    const got: number[] = [];
    const releases = new Map<number, Release>();
    for (const n of [1, 2, 3, 4, 5]) {
      void slots.take(signal).then((release) => {
        got.push(n);
        releases.set(n, release);
      });
    }
    await settle();
    expect(got).toEqual([1, 2]);
    releases.get(2)!();
    await settle();
    expect(got).toEqual([1, 2, 3]);
    // A release given twice frees one slot, not two.
    releases.get(2)!();
    await settle();
    expect(got).toEqual([1, 2, 3]);
    releases.get(1)!();
    releases.get(3)!();
    await settle();
    expect(got).toEqual([1, 2, 3, 4, 5]);
  });

  it('frees a slot for a later check once every waiting one has one', async () => {
    const slots = new CheckSlots(1);
    const signal = new AbortController().signal;
    const first = await slots.take(signal);
    first();
    // Not queued behind anything: the freed slot is taken at once.
    const second = await Promise.race([slots.take(signal), settle().then(() => 'waiting')]);
    expect(second).toBeTypeOf('function');
  });

  it('rejects a waiting check when the run is interrupted, and it no longer holds a place in the queue', async () => {
    const slots = new CheckSlots(1);
    const held = await slots.take(new AbortController().signal);
    const stop = new AbortController();
    const stopped = slots.take(stop.signal);
    const after: string[] = [];
    void slots.take(new AbortController().signal).then(() => after.push('next'));
    stop.abort(new Error('interrupted'));
    await expect(stopped).rejects.toThrow('interrupted');
    held();
    await settle();
    expect(after).toEqual(['next']);
    // Already interrupted: no wait at all.
    await expect(slots.take(AbortSignal.abort(new Error('stopped before')))).rejects.toThrow('stopped before');
  });

  it('refuses a number of slots below 1', () => {
    expect(() => new CheckSlots(0)).toThrow(RangeError);
  });
});
