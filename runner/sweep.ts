// The run's last check, CLEANUP-001: after the suites, every network still named for this run is a check that did not
// clean up after itself. The sweep removes each one it can prove is the run's own and reports them as a failure.
import type { CheckResult, Exchange } from '../reporters/model.ts';
import { NAME_PREFIX } from '../suites/lib/worker.ts';
import type { Api } from './api.ts';
import { removeOwnNetwork } from './ownership.ts';

/**
 * Removes every network named for this run that is still there, and reports them as a failed cleanup. The list only
 * names candidates: each one is confirmed by an inspect before it is touched (runner/ownership.ts).
 */
export async function sweep(api: Api, runId: string, container: string | undefined, mock: boolean): Promise<CheckResult> {
  const runPrefix = `${NAME_PREFIX}${runId}-`;
  const base: Omit<CheckResult, 'status'> = {
    id: 'CLEANUP-001',
    suite: 'cleanup',
    level: 'MUST',
    requirement: `The run MUST leave no network named ${runPrefix}* behind: every network a check created is removed by it.`,
    operations: ['listNetworks', 'removeNetwork'],
    durationMs: 0,
    transcript: [],
    // For JUnit's `file` (what CI annotations link to): this check lives here, not in a suite.
    file: 'runner/sweep.ts',
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
    const ours = list.body.filter((n) => typeof n.Name === 'string' && n.Name.startsWith(runPrefix));
    if (!ours.length) return done('pass');
    const outcomes = [];
    for (const n of ours) {
      const removal = await removeOwnNetwork(api, { id: n.Id, name: n.Name, proof: 'name' }, { runPrefix, container, recorder });
      outcomes.push(removal.outcome === 'left' ? removal.reason : `${n.Name} ${removal.outcome === 'removed' ? 'removed by the sweep' : 'already gone'}`);
    }
    return done('fail', `found ${ours.length} left behind after the suites: ${outcomes.join('; ')}`);
  } catch (err) {
    return done('error', `the cleanup sweep could not list networks: ${(err as Error).message.split('\n')[0]}`);
  }
}
