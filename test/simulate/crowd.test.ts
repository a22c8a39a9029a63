// The reference target's switches for a NAS as others use it (issue 24): an operation that never answers (hang.ts),
// another user's networks (half in use), and another client busy beside (crowd.ts); through the memory target's
// options (the command line's are test/simulate/command.test.ts's).
import { afterAll, describe, expect, it } from 'vitest';
import { startFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import { OTHERS_CONTAINER, startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';

const PASSWORD = 'crowd-test-password-3b';
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});

async function target(opts: Parameters<typeof startSimulator>[0]): Promise<Simulator> {
  const t = await startSimulator(opts);
  opened.push(t);
  return t;
}

async function session(t: Simulator): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const login = await fetch(`${t.url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.username, password: PASSWORD }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return (path, init = {}) => fetch(t.url + path, { ...init, headers: { ...init.headers, cookie } });
}

const answered = (p: Promise<Response>): Promise<string> => p.then((r) => `HTTP ${r.status}`, (err: Error) => err.name);

describe('--hang', () => {
  it('inspect: both inspect paths stay unanswered, every other operation answers', async () => {
    const t = await target({ password: PASSWORD, hang: ['inspect'] });
    const call = await session(t);
    expect(await answered(call('/networks', { signal: AbortSignal.timeout(2_000) }))).toBe('HTTP 200');
    expect(await answered(call('/networks/bridge/inspect', { signal: AbortSignal.timeout(300) }))).toBe('TimeoutError');
    expect(await answered(call('/networks/bridge', { signal: AbortSignal.timeout(300) }))).toBe('TimeoutError');
    expect(await answered(call('/networks/bridge', { method: 'DELETE', signal: AbortSignal.timeout(2_000) }))).toBe('HTTP 400');
  });

  it('refuses an operation it does not know, naming those it does', async () => {
    await expect(startFront({ engine: new MemoryEngine(), password: PASSWORD, hang: ['inspekt'] })).rejects.toThrow(/unknown --hang operation\(s\): inspekt \(known: login, .*inspect/);
  });
});

describe('another user and a busy client', () => {
  it('--others 20: the other user\'s networks are there, half with its running container attached, and go with the target', async () => {
    const t = await startSimulator({ password: PASSWORD, others: 20 });
    const others = (await t.engine.list()).filter((n) => String(n.Name).startsWith('other-user-'));
    expect(others).toHaveLength(20);
    let attached = 0;
    for (const n of others) {
      const full = await t.engine.inspect(String(n.Id));
      if (Object.values(full.Containers as Record<string, { Name: string }>).some((c) => c.Name === OTHERS_CONTAINER)) attached++;
    }
    expect(attached).toBe(10);
    // Through the front as well: a client sees them like any network (the list never shows Containers).
    const call = await session(t);
    expect(((await (await call('/networks')).json()) as unknown[]).length).toBe(3 + 20);
    await t.close();
    expect((await t.engine.list()).filter((n) => String(n.Name).startsWith('other-user-'))).toEqual([]);
  });

  it('--busy: the other client creates and removes its networks while the front serves; the front changing one of theirs is noted', async () => {
    const t = await target({ password: PASSWORD, busy: true });
    await new Promise((r) => setTimeout(r, 700));
    expect(t.crowd!.created()).toBeGreaterThanOrEqual(3);
    const call = await session(t);
    const names = ((await (await call('/networks')).json()) as { Name: string }[]).map((n) => n.Name);
    expect(names.filter((n) => n.startsWith('neighbour-')).length).toBeGreaterThan(0);
    // A removal of the other client's network through the front is what a run must never do: it is noted.
    // The newest one: the busy client removes its oldest ones beyond three.
    const theirs = names.filter((n) => n.startsWith('neighbour-')).sort((a, b) => Number(a.split('-').pop()) - Number(b.split('-').pop())).pop()!;
    await call(`/networks/${theirs}`, { method: 'DELETE' });
    expect(t.crowd!.engine.touched).toEqual([`DELETE ${theirs}`]);
  });

});
