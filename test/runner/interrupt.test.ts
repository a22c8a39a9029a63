// The one way a run stops early (runner/run/interrupt.ts): a signal, the parent gone or a closed stdout (onStop), and a
// fatal condition another part of the run reports (fail) — each cancels the suites once, and the run then sweeps and
// writes its reports (test/runner/interrupted.test.ts shows that end to end for signals).
import { describe, expect, it } from 'vitest';
import { CannotRunError } from '../../core/errors.ts';
import { Interrupt } from '../../runner/run/interrupt.ts';

function interrupt() {
  const err: string[] = [];
  let cancels = 0;
  // An hour: the bound never fires within a test.
  const i = new Interrupt({ out: () => undefined, err: (l) => err.push(l) }, () => undefined, 3_600_000);
  void i.cancelWith(async () => void cancels++);
  return { i, err, cancels: () => cancels };
}

describe('Interrupt', () => {
  it('a signal: the reason, one line on stderr, the suites cancelled once; a later stop keeps the first reason', () => {
    const { i, err, cancels } = interrupt();
    expect(i.requested).toBe(false);
    i.onStop('SIGTERM');
    i.fail(new CannotRunError('the session ended'));
    expect(i.requested).toBe(true);
    expect(i.reason).toBe('SIGTERM');
    expect(i.fatal).toBeUndefined();
    expect(err).toEqual(['cs-conformance: SIGTERM: stopping, removing what this run created (press Ctrl-C again to quit at once)']);
    expect(cancels()).toBe(1);
  });

  it('a fatal condition: stops the run the same way, prints nothing itself, and keeps the error for the run\'s one line', () => {
    const { i, err, cancels } = interrupt();
    const fatal = new CannotRunError('the session ended and a new login was refused', 'check the password');
    i.fail(fatal);
    i.onStop('stdout was closed');
    expect(i.requested).toBe(true);
    expect(i.reason).toBe('the session ended and a new login was refused');
    expect(i.fatal).toBe(fatal);
    expect(err).toEqual([]);
    expect(cancels()).toBe(1);
  });

  it('a stop before the suites run cancels them as soon as they start', async () => {
    const err: string[] = [];
    const i = new Interrupt({ out: () => undefined, err: (l) => err.push(l) }, () => undefined, 3_600_000);
    i.onStop('the process that started this run exited');
    let cancelled = false;
    await i.cancelWith(async () => void (cancelled = true));
    expect(cancelled).toBe(true);
    expect(err[0]).toBe('cs-conformance: the process that started this run exited: stopping, removing what this run created');
  });
});
