// What the stateful seeded faults remember between requests: list-stale every network it listed, list-misses-new the
// networks created through the front, reconnect-refused every connect, the bad-input faults a counter for the names
// they make up. Each remembers only while its fault is on, and list-misses-new forgets the networks that are gone, so
// a front without these faults holds nothing per request: its memory stays flat however long a client hammers it.

import type { FaultName } from '../faults.ts';

type Net = Record<string, unknown>;

export class FaultMemory {
  readonly #faults: ReadonlySet<FaultName>;
  /** list-stale: every network the front has listed, by Id (the fault is to keep showing them). */
  readonly #seen = new Map<string, Net>();
  /** list-misses-new: the Ids of the networks created through this front that still exist. */
  readonly #created = new Set<string>();
  /** reconnect-refused: "<network Id> <container>" for every connect that succeeded. */
  readonly #connected = new Set<string>();
  #unnamed = 0;

  constructor(faults: ReadonlySet<FaultName>) {
    this.#faults = faults;
  }

  /** The engine's list as the stateful list faults show it. */
  listed(nets: Net[]): Net[] {
    let out = nets;
    if (this.#faults.has('list-stale')) {
      for (const n of nets) this.#seen.set(String(n.Id), n);
      const live = new Set(nets.map((n) => n.Id));
      out = [...nets, ...[...this.#seen.values()].filter((n) => !live.has(n.Id))];
    }
    if (this.#faults.has('list-misses-new') && this.#created.size) {
      const live = new Set(nets.map((n) => String(n.Id)));
      // A network gone from the engine can no longer be listed, unless list-stale shows it still.
      for (const id of this.#created) if (!live.has(id) && !this.#seen.has(id)) this.#created.delete(id);
      out = out.filter((n) => !this.#created.has(String(n.Id)));
    }
    return out;
  }

  /** A network the front created (what list-misses-new leaves out). */
  created(id: string): void {
    if (this.#faults.has('list-misses-new')) this.#created.add(id);
  }

  /** The next number of a made-up name (bad-input-creates, bad-input-empty-name-defaulted). */
  nextUnnamed(): number {
    return ++this.#unnamed;
  }

  /** Whether reconnect-refused remembers `pair` (a network Id and a container) as connected once. */
  connectedBefore(pair: string): boolean {
    return this.#connected.has(pair);
  }

  /** A connect that succeeded, remembered under reconnect-refused (a stale record that outlives the disconnect). */
  connected(pair: string): void {
    if (this.#faults.has('reconnect-refused')) this.#connected.add(pair);
  }
}
