// When a prune may be sent. DELETE /networks/ removes every unused network on the target, not only the suite's:
// --allow-destructive lets it take the run's own scratch networks, never another user's. So right before each prune
// the check lists the networks, and inspects each one that is neither the run's nor predefined (the list never fills
// Containers: only an inspect shows whether a running container keeps a network in use). The prune is sent only when
// none of them is unused; otherwise the check skips, naming them. A network whose inspect fails cannot be shown in
// use, so it holds the prune back too. Another client may still create an unused network between this look and the
// prune; the look makes that a race of milliseconds instead of a certainty on every crowded NAS.
import type { Network } from '../../generated/types.gen.ts';
import { hasMeaning } from '../../contract/docker-py.ts';
import { REQUEST_LABEL } from './attribution.ts';
import type { CheckScope } from '../harness/scope.ts';

const PREDEFINED = new Set(['bridge', 'host', 'none']);
/** Inspects in flight at once (at most --concurrency: at 1, one request at a time). */
const WIDTH = 8;
/** Networks named in the skip reason, at most. */
const NAMED = 10;

/** Skips the check unless every unused network on the target is the run's own (or predefined). */
export async function pruneOnlyOwnUnused(t: CheckScope, what: string): Promise<void> {
  const prefix = t.name('');
  const list = t.expectOk(await t.call('listNetworks'), 'listing networks before the prune');
  const ours = (n: Network) => n.Name?.startsWith(prefix) || n.Labels?.[REQUEST_LABEL]?.startsWith(prefix);
  const candidates = list.filter((n) => !PREDEFINED.has(n.Name) && !ours(n));
  const unused: string[] = [];
  const unknown: string[] = [];
  let next = 0;
  const width = Math.max(1, Math.min(WIDTH, t.target.concurrency, candidates.length));
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < candidates.length) {
        const n = candidates[next++];
        const r = await t.call('inspectNetworkByInspectPath', { networkId: n.Id, allowPlainJsonError: true }).catch(() => undefined);
        if (r?.ok && r.body.Id === n.Id) {
          if (!Object.keys(r.body.Containers ?? {}).length) unused.push(n.Name);
        } else if (!(r?.envelope && hasMeaning(r.envelope, 'notFound'))) unknown.push(n.Name);
      }
    }),
  );
  if (!unused.length && !unknown.length) return;
  const named = (names: string[]) => `${names.slice(0, NAMED).map((s) => JSON.stringify(s)).join(', ')}${names.length > NAMED ? `, … (${names.length - NAMED} more)` : ''}`;
  const parts = [
    ...(unused.length ? [`${unused.length} unused network${unused.length === 1 ? '' : 's'} that ${unused.length === 1 ? 'is' : 'are'} not this run's (${named(unused)})`] : []),
    ...(unknown.length ? [`${unknown.length} network${unknown.length === 1 ? '' : 's'} of others whose inspect failed, so ${unknown.length === 1 ? 'it' : 'they'} may be unused (${named(unknown)})`] : []),
  ];
  t.skip(`${what} was not sent: the target holds ${parts.join(' and ')}, which a prune would remove; the prune checks run only when every unused network on the target is this run's own`);
}
