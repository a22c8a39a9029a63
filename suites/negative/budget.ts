// How the negative suite shares --budget among its properties. Each property's part is fixed before any runs, so that
// what a property sends for a seed does not depend on which properties ran before it or beside it: four fifths are
// shared out by weight for exploring (largest remainder); the last fifth is kept back for shrinking, and a failing
// property may shrink with all of it, plus what it did not explore. A conformant target costs at most the four
// fifths; each failing property at most one fifth more. The weights are the properties' own `Budget:` lines (the widest
// input spaces get the most; "none on the mock" gives a property's share to the others there).
import { SUITES } from '../catalogue/catalogue.ts';
import type { BudgetShare } from '../catalogue/declaration.ts';
import { Fixture } from '../harness/fixtures.ts';
import type { CheckScope } from '../harness/scope.ts';

/** Each budgeted check of the negative suite and its declared share, in catalogue order. */
function declaredShares(): Map<string, BudgetShare> {
  const checks = SUITES.find((s) => s.name === 'negative')?.checks ?? [];
  return new Map(checks.flatMap((c) => (c.budget ? [[c.id, c.budget] as const] : [])));
}

export interface Share {
  /** Generated requests to explore with. */
  explore: number;
  /** Further requests to shrink a failure with (the reserve, the same for every property). */
  shrink: number;
}

export class Budget {
  readonly total: number;
  readonly #shares = new Map<string, Share>();
  /** Generated requests sent so far, by every property (the suite's report check states it). */
  spent = 0;
  /** Requests that only keep track of networks (list, inspect, remove, scratch networks). */
  bookkeeping = 0;

  constructor(total: number, mock: boolean) {
    this.total = total;
    const weights = new Map([...declaredShares()].filter(([, share]) => share.onMock || !mock).map(([id, share]) => [id, share.weight]));
    const reserve = Math.floor(total / 5);
    for (const [id, explore] of byWeight(weights, total - reserve)) this.#shares.set(id, { explore, shrink: reserve });
  }

  shareOf(id: string): Share {
    return this.#shares.get(id) ?? { explore: 0, shrink: 0 };
  }
}

/** `amount` split among the checks by their weights, largest remainder first (ties in catalogue order). */
function byWeight(weights: ReadonlyMap<string, number>, amount: number): Map<string, number> {
  const weight = [...weights.values()].reduce((s, w) => s + w, 0);
  const exact = [...weights].map(([id, w], i) => ({ id, i, x: (amount * w) / weight }));
  const out = new Map(exact.map((e) => [e.id, Math.floor(e.x)]));
  let left = amount - [...out.values()].reduce((s, n) => s + n, 0);
  for (const e of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.i - b.i)) {
    if (left-- <= 0) break;
    out.set(e.id, out.get(e.id)! + 1);
  }
  return out;
}

/** The run's budget, shared by the negative checks. */
export const budget = new Fixture('the negative suite\'s --budget', (t: CheckScope) => new Budget(t.target.budget, t.mock));
