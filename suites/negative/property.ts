// The negative suite's property runner: one fast-check property per check, with the check's share of --budget,
// seeded by --seed and the check's ID, so that the same seed sends the same cases whatever runs beside it.
import fc from 'fast-check';
import type { Exchange } from '../../reporters/model.ts';
import { ConformanceFailure } from '../../wire/api.ts';
import { TransportError } from '../../wire/answer.ts';
import { visibleJson } from './generate.ts';
import { budget, type Budget } from './budget.ts';
import { findings, type Findings } from './findings.ts';
import type { CheckScope } from '../harness/scope.ts';

/** One negative check: its scope, and the run's budget and findings it adds to. */
export class NegativeCheck {
  readonly t: CheckScope;
  readonly budget: Budget;
  readonly findings: Findings;
  /** Names this check could inspect only by Id (the first few are noted). */
  oddInspections = 0;

  private constructor(t: CheckScope, b: Budget, f: Findings) {
    this.t = t;
    this.budget = b;
    this.findings = f;
  }

  static async start(t: CheckScope): Promise<NegativeCheck> {
    return new NegativeCheck(t, await t.fixture(budget), await t.fixture(findings));
  }
}

const isTargetFailure = (e: unknown): e is ConformanceFailure | TransportError => e instanceof ConformanceFailure || e instanceof TransportError;

/**
 * Runs one property. A run fails by throwing a ConformanceFailure (or the API layer's TransportError), which
 * fast-check shrinks; the check then fails with the shrunk input, how to replay it, and the exchange of the last
 * failing run — which is the shrunk counterexample's own. `canonical` inputs take the first runs, so that the
 * textbook case is sent whatever the seed, even with a small --budget.
 */
export async function property<T>(n: NegativeCheck, arb: fc.Arbitrary<T>, run: (input: T, exploring: boolean) => Promise<void>, canonical: T[] = []): Promise<void> {
  const { t } = n;
  const share = n.budget.shareOf(t.id);
  if (share.explore === 0) t.skip(`--budget ${n.budget.total} leaves this property no generated request (raise --budget)`);
  const target = t.target;
  // One seed per property, derived from --seed, so that properties built alike do not draw alike.
  const seed = (target.seed + 7919 * Number(t.id.replace(/\D/g, ''))) % 2 ** 31;
  let failing = false;
  let cut = false;
  // A request the target never answered is not shrunk: each smaller input would wait the whole --timeout again.
  let hung = false;
  let bug: unknown;
  let last: { error: unknown; exchange?: Exchange } | undefined;
  let sent = 0;
  const details = await fc.check<[T]>(
    fc.asyncProperty(arb, async (input) => {
      if (bug !== undefined) fc.pre(false);
      if (failing && (hung || sent >= share.explore + share.shrink)) {
        cut = !hung;
        fc.pre(false);
      }
      n.budget.spent++;
      sent++;
      t.lastExchange = undefined;
      try {
        await run(input, !failing);
      } catch (error) {
        if (!isTargetFailure(error)) bug = error;
        failing = true;
        hung = error instanceof TransportError && error.code === 'timeout';
        last = { error, exchange: (error instanceof ConformanceFailure ? error.exchange : undefined) ?? t.lastExchange };
        throw error;
      }
    }),
    // The check's test timeout is 30 request timeouts: stop generating well before it.
    { seed, numRuns: share.explore, examples: canonical.map((c): [T] => [c]), plugins: [fc.interruptAfterTimeLimit(target.timeoutMs * 20)] },
  );
  n.findings.runs.set(t.id, `${t.id}: ${sent} generated request(s), share ${share.explore}${details.failed ? ', failed' : ''}`);
  if (bug !== undefined) throw bug;
  if (!details.failed) {
    if (details.interrupted) t.observe(`stopped after ${details.numRuns} of ${share.explore} runs: the time limit of ${(target.timeoutMs * 20) / 1000} s was reached`);
    return;
  }
  if (details.counterexample === null || !last) throw new Error(`fast-check gave up without a counterexample after ${details.numRuns} runs (${details.numSkips} skipped)`);
  const [input] = details.counterexample;
  const cause = last.error instanceof TransportError ? `the target did not answer properly: ${last.error.message}` : (last.error as Error).message;
  let shown = visibleJson(input);
  if (shown.length > 6000) shown = `${shown.slice(0, 6000)}… (${shown.length} characters)`;
  // The shrunk case's departure keeps its signature (the rule it broke), so that its root cause is the same as when
  // another check sees it.
  throw new ConformanceFailure(
    [
      cause,
      `${hung ? 'counterexample, not shrunk (the target did not answer in time)' : `shrunk counterexample (${details.numShrinks} shrink(s)${cut ? ', stopped early: --budget spent' : ''})`}: ${shown}`,
      `found at run ${details.numRuns} of ${share.explore}; replay: cs-conformance run --suite negative --seed ${target.seed} --budget ${n.budget.total} against the same target (fast-check seed ${details.seed}, path "${details.counterexamplePath}")`,
    ].join('\n'),
    last.exchange ?? t.lastExchange,
    last.error instanceof ConformanceFailure ? last.error.departure : undefined,
  );
}
