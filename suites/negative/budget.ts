// How the negative suite shares --budget among its properties. Each property's part is fixed before any runs, so that
// what a property sends for a seed does not depend on which properties ran before it or beside it: four fifths are
// shared out by weight for exploring (largest remainder); the last fifth is kept back for shrinking, and a failing
// property may shrink with all of it, plus what it did not explore. A conformant target costs at most the four
// fifths; each failing property at most one fifth more.
import { Fixture } from '../harness/fixtures.ts';

/** Relative shares of --budget; the properties with the widest input spaces get the most. */
const WEIGHTS: Record<string, number> = {
  'NEG-001': 3, 'NEG-002': 4, 'NEG-003': 5, 'NEG-004': 3, 'NEG-005': 2, 'NEG-006': 2, 'NEG-007': 3, 'NEG-008': 3, 'NEG-009': 5,
};
/** Never run against the Prism mock, whose share goes to the others. */
const NOT_ON_MOCK = new Set(['NEG-005', 'NEG-006']);

export interface Share {
  /** Generated requests to explore with. */
  explore: number;
  /** Further requests to shrink a failure with (the reserve, the same for every property). */
  shrink: number;
}

export class Budget {
  readonly total: number;
  readonly #shares = new Map<string, Share>();
  /** Generated requests sent so far, by every property (NEG-010 reports it). */
  spent = 0;
  /** Requests that only keep track of networks (list, inspect, remove, scratch networks). */
  bookkeeping = 0;

  constructor(total: number, mock: boolean) {
    this.total = total;
    const ids = Object.keys(WEIGHTS).filter((id) => !(mock && NOT_ON_MOCK.has(id)));
    const reserve = Math.floor(total / 5);
    for (const [id, explore] of byWeight(ids, total - reserve)) this.#shares.set(id, { explore, shrink: reserve });
  }

  shareOf(id: string): Share {
    return this.#shares.get(id) ?? { explore: 0, shrink: 0 };
  }
}

/** `amount` split by WEIGHTS among `ids`, largest remainder first (ties in catalogue order). */
function byWeight(ids: string[], amount: number): Map<string, number> {
  const weight = ids.reduce((s, id) => s + WEIGHTS[id], 0);
  const exact = ids.map((id, i) => ({ id, i, x: (amount * WEIGHTS[id]) / weight }));
  const out = new Map(exact.map((e) => [e.id, Math.floor(e.x)]));
  let left = amount - [...out.values()].reduce((s, n) => s + n, 0);
  for (const e of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.i - b.i)) {
    if (left-- <= 0) break;
    out.set(e.id, out.get(e.id)! + 1);
  }
  return out;
}

/** The run's budget, shared by the negative checks. */
export const budget = new Fixture('the negative suite\'s --budget', (t) => new Budget(t.target.budget, t.mock));
