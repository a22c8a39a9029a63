// How what happened in one check becomes its CheckResult: pass, fail, skip or error by what its body threw; SHOULD
// and INFO failures softened to a warning or an observation; --strict hardening warnings; the failing exchange and
// its curl line attached. Every departure the check saw becomes a Finding with its signature (reporters/findings/signature.ts),
// so that the run can report each root cause once; a MUST check that failed at a step it only needed (a call of an
// operation its declaration does not list, e.g. the create that sets up a connect test) is blocked by that root cause.
import type { CheckResult, Exchange, Finding } from '../../reporters/model.ts';
import { ConformanceFailure, snippet } from '../../wire/api.ts';
import { SessionLostError } from '../../wire/session-keeper.ts';
import { rootCauseId } from '../../reporters/findings/signature.ts';
import { STEP_RULES, type Departure } from '../../contract/departure.ts';
import { TransportError } from '../../wire/answer.ts';
import { curlFor } from './curl.ts';
import { SkipSignal, type CheckScope, type ScopeWarning } from './scope.ts';

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
    evidence: def.evidence,
    operations: def.operations,
    status: 'pass',
    durationMs: 0,
    transcript: t.transcript,
  };
  if (thrown instanceof SkipSignal) return { ...result, status: 'skip', reason: thrown.message };
  // The run stops for it (wire/session-keeper.ts): the target is not to blame for what the check could not finish.
  if (thrown instanceof SessionLostError) return { ...result, status: 'skip', reason: `the run stopped: ${thrown.message}` };
  let failure: Departure | undefined;
  if (thrown instanceof ConformanceFailure) {
    const exchange = thrown.exchange ?? last;
    failure = thrown.departure ? { ...thrown.departure, message: thrown.message, exchange } : own(t, thrown.message, exchange);
  } else if (thrown instanceof TransportError) {
    const operationId = last?.operationId;
    failure = { signature: { rule: 'no-answer', ...(operationId ? { operationId } : {}) }, message: `the target did not answer properly: ${thrown.message}`, requirement: STEP_RULES['no-answer'].text, evidence: STEP_RULES['no-answer'].evidence, exchange: last };
  } else if (thrown !== undefined) {
    return { ...result, status: 'error', reason: `the check itself failed (a bug in cs-conformance, please report it): ${(thrown as Error)?.message ?? String(thrown)}` };
  }
  const { strict, insecure } = t.target;
  const warnings = t.warnings.map((w) => signed(t, w));
  if (strict && warnings.length && !failure) {
    // --strict: the warnings are the failure; the first one signs it.
    failure = { ...warnings[0], message: `--strict: ${warnings.map((w) => w.message).join('; ')}`, exchange: warnings[0].exchange ?? last };
    result.findings = findings(t, warnings, 'MUST', insecure);
  } else if (warnings.length) {
    result.warning = warnings.map((w) => w.message).join('; ');
    result.findings = findings(t, warnings, 'SHOULD', insecure);
  }
  if (!failure) return result;
  if (def.level === 'INFO') {
    t.observe(`could not record: ${failure.message}`);
    return result;
  }
  const hard = def.level === 'MUST' || strict;
  const mine = findings(t, [failure], hard ? 'MUST' : 'SHOULD', insecure);
  result.findings = [...mine, ...(result.findings ?? []).filter((f) => f.rootCause !== mine[0].rootCause)];
  if (!hard) return { ...result, warning: [failure.message, result.warning].filter(Boolean).join('; ') };
  const exchange = failure.exchange;
  const reproduce = exchange ? { curl: curlFor(exchange, insecure) } : {};
  // Blocked: a departure of the target (an answer, a step, no answer) in a call of an operation the check does not list.
  const operationId = failure.signature.operationId;
  if (operationId && failure.signature.rule !== 'check' && !def.operations.includes(operationId as (typeof def.operations)[number])) {
    const blockedBy = mine[0].rootCause;
    return { ...result, status: 'error', blockedBy, reason: `blocked by ${blockedBy} at ${operationId}, a step this check needs: ${failure.message}${describeExchange(exchange)}`, ...reproduce };
  }
  return { ...result, status: 'fail', reason: `${failure.message}${describeExchange(exchange)}`, ...reproduce };
}

/**
 * A check's own assertion (t.expect, t.fail, expectError): signed by the check and the operation of its exchange. It
 * is about the check's own behaviour, so it never blocks the check (a step that did not succeed is expectOk's, signed
 * by the scope).
 */
function own(t: CheckScope, message: string, exchange: Exchange | undefined): Departure {
  const def = t.declaration;
  const operationId = exchange?.operationId;
  return { signature: { check: def.id, rule: 'check', ...(operationId ? { operationId } : {}) }, message, requirement: def.requirement, evidence: def.evidence, exchange };
}

function signed(t: CheckScope, w: ScopeWarning): Departure {
  return w.departure ?? own(t, w.message, w.exchange);
}

/** The departures as findings, one per root cause (counted), each with the index of its exchange and its curl line. */
function findings(t: CheckScope, departures: Departure[], level: Finding['level'], insecure: boolean): Finding[] {
  const out = new Map<string, Finding>();
  for (const d of departures) {
    const rootCause = rootCauseId(d.signature);
    const seen = out.get(rootCause);
    if (seen) {
      seen.count = (seen.count ?? 1) + 1;
      continue;
    }
    const index = d.exchange ? t.transcript.indexOf(d.exchange) : -1;
    out.set(rootCause, {
      signature: d.signature,
      rootCause,
      level,
      message: d.message,
      requirement: d.requirement,
      ...(d.evidence ? { evidence: d.evidence } : {}),
      ...(index >= 0 ? { exchange: index } : {}),
      ...(d.exchange ? { curl: curlFor(d.exchange, insecure) } : {}),
    });
  }
  return [...out.values()];
}

function describeExchange(e: Exchange | undefined): string {
  if (!e) return '';
  const sent = `sent: ${e.request.method} ${e.request.url}${e.request.body ? ` ${snippet(e.request.body)}` : ''}`;
  const got = e.response ? `received: HTTP ${e.response.status} ${snippet(e.response.body ?? '')}` : `received: nothing (${e.error ?? 'no answer'})`;
  return `\n${sent}\n${got}`;
}
