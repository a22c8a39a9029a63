// The failed-login budget (wire/login-budget.ts): room taken before a login that may be refused, spent only by a
// refusal, room kept for the wrong-password check, waiting for logins under way, and the state handed across threads.
import { describe, expect, it } from 'vitest';
import { LoginBudget } from '../../wire/login-budget.ts';

describe('the failed-login budget', () => {
  it('a refused login spends its room, an accepted one gives it back', async () => {
    const b = new LoginBudget({ max: 2, spentOn: [] });
    (await b.acquire('login'))!.settle(false, '');
    (await b.acquire('login'))!.settle(true, 'the first refusal');
    expect(b.spent).toBe(1);
    (await b.acquire('login'))!.settle(true, 'the second refusal');
    expect(await b.acquire('login')).toBeUndefined();
    expect(b.describe()).toBe('2 failed logins allowed (--max-failed-logins), 2 spent: the first refusal; the second refusal');
  });

  it('probes leave the room kept for the wrong password, which takes it', async () => {
    const b = new LoginBudget({ max: 2, spentOn: ['the runner'] });
    b.keep(1);
    expect(await b.acquire('probe')).toBeUndefined();
    expect(b.describe()).toMatch(/; 1 kept for the deliberate wrong-password login$/);
    const wrong = await b.acquire('wrong-password');
    expect(wrong).toBeDefined();
    wrong!.settle(true, 'SESSION-005');
    expect(b.room('login')).toBe(0);
  });

  it('waits for a login under way: its success frees the room; with a bound, gives up after it', async () => {
    const b = new LoginBudget({ max: 1, spentOn: [] });
    const first = (await b.acquire('probe'))!;
    const second = b.acquire('probe');
    setTimeout(() => first.settle(false, ''), 20);
    expect(await second).toBeDefined();
    const started = performance.now();
    expect(await b.acquire('login', 50)).toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('crosses threads: the other side adopts what was spent beyond what it handed over', async () => {
    const runner = new LoginBudget({ max: 3, spentOn: ['the runner'] });
    const worker = new LoginBudget(runner.state());
    (await worker.acquire('login'))!.settle(true, 'SESSION-005');
    runner.adopt(worker.state());
    expect(runner.state()).toEqual({ max: 3, spentOn: ['the runner', 'SESSION-005'] });
  });
});
