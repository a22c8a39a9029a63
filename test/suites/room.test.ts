// The run's room for its own networks (suites/harness/room.ts): a create refused because the run itself holds every
// address pool is sent again once a network of the run goes; with none of the run's held, the refusal stands.
import { describe, expect, it } from 'vitest';
import { NetworkRoom } from '../../suites/harness/room.ts';

describe('NetworkRoom', () => {
  it('sends a refused create again once a network of the run is removed, and only then', async () => {
    const room = new NetworkRoom();
    room.created('a');
    const answers = ['exhausted', 'exhausted', 'made'];
    let sent = 0;
    const started = performance.now();
    setTimeout(() => room.removed('a'), 50);
    const answer = await room.withRoom(async () => answers[sent++], (a) => a === 'exhausted');
    // The second try waited for the removal (50 ms); with no network of the run left after it, the refusal stands.
    expect(answer).toBe('exhausted');
    expect(sent).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('leaves the refusal alone when the run holds no network (the target is full of others\')', async () => {
    const room = new NetworkRoom();
    let sent = 0;
    const answer = await room.withRoom(async () => (sent++, 'exhausted'), (a) => a === 'exhausted');
    expect(answer).toBe('exhausted');
    expect(sent).toBe(1);
  });

  it('tries again every second while the run holds networks, and stops once the answer is a success', async () => {
    const room = new NetworkRoom();
    room.created('a');
    room.created('b');
    let sent = 0;
    const answer = await room.withRoom(async () => (++sent < 2 ? 'exhausted' : 'made'), (a) => a === 'exhausted');
    expect(answer).toBe('made');
    expect(sent).toBe(2);
    // A removal seen twice (the check's own DELETE, then its removal at the end) counts once.
    room.removed('a');
    room.removed('a');
    room.removed('b');
    expect(await room.withRoom(async () => 'exhausted', (a) => a === 'exhausted')).toBe('exhausted');
  });
});
