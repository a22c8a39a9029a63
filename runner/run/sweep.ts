// The run's last check, the cleanup check: after the suites, every network of the run's still there is a check that did not
// clean up after itself. The sweep removes each one it can prove is the run's own and reports them as a failure.
import type { CheckResult, Exchange } from '../../reporters/model.ts';
import { NAME_PREFIX } from '../../suites/index.ts';
import type { Api } from '../../wire/api.ts';
import { removeOwnNetwork, type OwnedNetwork } from '../../wire/ownership.ts';

export interface SweepOptions {
  /** Every Id the run's creates answered (the checks hand them over with their results). */
  created?: ReadonlySet<string>;
  /** Removals side by side: the run's --concurrency (1: one request at a time). */
  width?: number;
  /**
   * The run was stopped early: checks cut short had no chance to remove their networks, so what the sweep removes is
   * no check's failure (it is noted); only a network it must leave in place fails the cleanup check.
   */
  stopped?: boolean;
}

/**
 * Removes every network of this run that is still there — named under its prefix, or with an Id one of its creates
 * answered (`created`, from the checks' results) — and reports them as a failed cleanup. The list only names
 * candidates: a create-proven full Id is removed by that Id, any other is confirmed by an inspect before it is
 * touched (wire/ownership.ts).
 */
/** The cleanup check's ID, as the reports and the end-of-run line name it. */
export const CLEANUP_CHECK = 'CLEANUP-001';

export async function sweep(api: Api, runId: string, container: string | undefined, mock: boolean, opts: SweepOptions = {}): Promise<CheckResult> {
  const runPrefix = `${NAME_PREFIX}${runId}-`;
  const created = opts.created ?? new Set<string>();
  const base: Omit<CheckResult, 'status'> = {
    id: CLEANUP_CHECK,
    suite: 'cleanup',
    level: 'MUST',
    requirement: `The run MUST leave no network of its own behind (named ${runPrefix}*, or made by one of its creates): every network a check created is removed by it.`,
    operations: ['listNetworks', 'removeNetwork'],
    durationMs: 0,
    transcript: [],
    // For JUnit's `file` (what CI annotations link to): this check lives here, not in a suite.
    file: 'runner/run/sweep.ts',
  };
  if (mock) return { ...base, status: 'skip', reason: 'needs a stateful target: the Prism mock keeps no state between requests' };
  const started = performance.now();
  const transcript: CheckResult['transcript'] = [];
  const recorder = { record: (e: Exchange) => transcript.push(e) };
  const done = (status: CheckResult['status'], reason?: string): CheckResult => ({ ...base, status, reason, durationMs: Math.round(performance.now() - started), transcript });
  try {
    const list = await api.call('listNetworks', { allowPlainJsonError: true, recorder });
    if (!list.ok) {
      const why = list.envelope?.message ?? JSON.stringify(list.body).slice(0, 120);
      return done('error', `the cleanup sweep could not list networks: HTTP ${list.status} ${why}; networks named ${runPrefix}* may be left on the target`);
    }
    const named = (n: { Name?: unknown }) => typeof n.Name === 'string' && n.Name.startsWith(runPrefix);
    const ours: OwnedNetwork[] = list.body
      .filter((n) => named(n) || created.has(n.Id))
      .map((n) => ({ id: n.Id, name: n.Name, proof: created.has(n.Id) ? 'create' : 'name' }));
    if (!ours.length) return done('pass');
    // A run cut short may leave a few dozen networks, each a request or three: removed --concurrency at a time.
    const outcomes: string[] = new Array(ours.length);
    let left = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(opts.width ?? 1, ours.length)) }, async () => {
        while (next < ours.length) {
          const i = next++;
          const n = ours[i];
          const removal = await removeOwnNetwork(api, n, { runPrefix, container, recorder });
          if (removal.outcome === 'left') left++;
          outcomes[i] = removal.outcome === 'left' ? removal.reason : `${n.name} ${removal.outcome === 'removed' ? 'removed by the sweep' : 'already gone'}`;
        }
      }),
    );
    if (opts.stopped && !left) return { ...done('pass'), observations: [`the run was stopped: ${ours.length} network${ours.length === 1 ? '' : 's'} of checks cut short removed by the sweep: ${outcomes.join('; ')}`] };
    return done('fail', `found ${ours.length} left behind after the suites: ${outcomes.join('; ')}`);
  } catch (err) {
    return done('error', `the cleanup sweep could not list networks: ${(err as Error).message.split('\n')[0]}`);
  }
}
