// Room for the run's own networks. The engine under Container Station hands each new bridge network one of its 31
// default IPv4 address pools (docker-engine-network-behavior.md §3 #46, §11): a run that has many checks at work at
// once (--concurrency 64) can hold every free pool itself, and its next create is then refused with "could not find an
// available, non-overlapping IPv4 address pool". That is the run's own doing, not a departure of the target. So a
// create refused so while networks of this run are still there waits for one of them to go, and is sent again
// (a refused create made nothing: sending it again is safe); on a target whose pools are all taken by others, the
// refusal stands, and the check reports what it means.

/** How long one create may wait, in all, for a network of the run to go. */
const MAX_WAIT_MS = 30_000;

export class NetworkRoom {
  /** The Ids the run's creates answered whose removal has not been seen yet. */
  readonly #alive = new Set<string>();
  #freed: (() => void)[] = [];

  created(id: string): void {
    this.#alive.add(id);
  }

  /** A network of the run was removed (or found gone): a create waiting for room may try again. */
  removed(id: string): void {
    if (!this.#alive.delete(id)) return;
    for (const wake of this.#freed.splice(0)) wake();
  }

  /**
   * `send` again while its answer says the pools are exhausted and the run still holds networks of its own, each time
   * once one of them goes (or a second has passed), for at most MAX_WAIT_MS in all; the last answer.
   */
  async withRoom<T>(send: () => Promise<T>, exhausted: (answer: T) => boolean): Promise<T> {
    const until = performance.now() + MAX_WAIT_MS;
    let answer = await send();
    while (exhausted(answer) && this.#alive.size > 0 && performance.now() < until) {
      await this.#oneFreed(Math.min(1_000, until - performance.now()));
      answer = await send();
    }
    return answer;
  }

  #oneFreed(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#freed.push(done);
    });
  }
}
