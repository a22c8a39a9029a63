// Why a check that needs something of the target is skipped when the run does not provide it.
import type { Need } from '../catalogue/declaration.ts';
import type { ProvidedTarget } from './types.ts';

const NEED_REASONS: Record<Need, (t: ProvidedTarget) => string | undefined> = {
  state: (t) => (t.mock ? 'needs a stateful target: the Prism mock keeps no state between requests' : undefined),
  container: (t) => (t.container || t.mock ? undefined : 'needs --container <name>: an existing container the suite may connect and disconnect'),
  destructive: (t) => (t.mock || t.allowDestructive ? undefined : "needs --allow-destructive: prune removes every unused network on the target, not only the suite's"),
  login: (t) => (t.username || t.mock ? undefined : 'needs --username: the target was run without a session'),
  'wrong-password': (t) => (t.noWrongPassword ? '--no-wrong-password: the deliberate wrong-password login is switched off' : undefined),
};

/** The reason the first unmet need gives, or undefined when the target meets them all. */
export function unmetNeed(needs: readonly Need[], target: ProvidedTarget): string | undefined {
  for (const need of needs) {
    const reason = NEED_REASONS[need](target);
    if (reason) return reason;
  }
  return undefined;
}
