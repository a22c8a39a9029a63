// How what happened in one check becomes its CheckResult: pass, fail, skip or error by what its body threw; SHOULD
// and INFO failures softened to a warning or an observation; --strict hardening warnings; the failing exchange and
// its curl line attached.
import type { CheckResult, Exchange } from '../../reporters/model.ts';
import { ConformanceFailure, snippet } from '../../runner/api.ts';
import { SessionLostError } from '../../runner/session-keeper.ts';
import { TransportError } from '../../runner/transport.ts';
import { curlFor } from './curl.ts';
import { SkipSignal, type CheckScope } from './scope.ts';

/**
 * The result of the check `t` whose body threw `thrown` (undefined: it returned). `last` is the exchange in flight
 * when the body stopped (cleanups add exchanges of their own after it).
 */
export function verdictOf(t: CheckScope, suite: string, thrown: unknown, last: Exchange | undefined): CheckResult {
  const def = t.declaration;
  const result: CheckResult = {
    id: def.id,
    suite,
    level: def.level,
    requirement: def.requirement,
    operations: def.operations,
    status: 'pass',
    durationMs: 0,
    transcript: t.transcript,
  };
  if (thrown instanceof SkipSignal) return { ...result, status: 'skip', reason: thrown.message };
  // The run stops for it (runner/session-keeper.ts): the target is not to blame for what the check could not finish.
  if (thrown instanceof SessionLostError) return { ...result, status: 'skip', reason: `the run stopped: ${thrown.message}` };
  let failure: string | undefined;
  let exchange: Exchange | undefined;
  if (thrown instanceof ConformanceFailure) {
    failure = thrown.message;
    exchange = thrown.exchange ?? last;
  } else if (thrown instanceof TransportError) {
    failure = `the target did not answer properly: ${thrown.message}`;
    exchange = last;
  } else if (thrown !== undefined) {
    return { ...result, status: 'error', reason: `the check itself failed (a bug in cs-conformance, please report it): ${(thrown as Error)?.message ?? String(thrown)}` };
  }
  const { strict, insecure } = t.target;
  const warnings = t.warnings;
  if (strict && warnings.length && !failure) {
    failure = `--strict: ${warnings.join('; ')}`;
    exchange = last;
  } else if (warnings.length) {
    result.warning = warnings.join('; ');
  }
  if (!failure) return result;
  if (def.level === 'INFO') {
    t.observe(`could not record: ${failure}`);
    return result;
  }
  if (def.level === 'SHOULD' && !strict) return { ...result, warning: [failure, result.warning].filter(Boolean).join('; ') };
  return { ...result, status: 'fail', reason: `${failure}${describeExchange(exchange)}`, ...(exchange ? { curl: curlFor(exchange, insecure) } : {}) };
}

function describeExchange(e: Exchange | undefined): string {
  if (!e) return '';
  const sent = `sent: ${e.request.method} ${e.request.url}${e.request.body ? ` ${snippet(e.request.body)}` : ''}`;
  const got = e.response ? `received: HTTP ${e.response.status} ${snippet(e.response.body ?? '')}` : `received: nothing (${e.error ?? 'no answer'})`;
  return `\n${sent}\n${got}`;
}
