// One departure, reported once: the findings of every check grouped by signature (reporters/findings/signature.ts) into root
// causes, each with the requirement it broke, one exchange that shows it, the checks it failed and the checks it
// blocked. A target whose Created is a Unix time fails dozens of checks and has one root cause per operation that
// answers a Created. MUST root causes first (each one fails the run unless every check it touched is a listed known
// failure), then the SHOULD ones: the warnings, each once.
import { rootCauseId } from './signature.ts';
import { allChecks, outcomeOf } from '../facts.ts';
import type { CheckResult, RootCause, RunResult } from '../model.ts';

const add = (list: string[], id: string): void => {
  if (!list.includes(id)) list.push(id);
};

/** The root causes of these checks, MUST first, then by how many checks each touched. */
export function rootCausesOf(checks: readonly CheckResult[]): RootCause[] {
  const causes = new Map<string, RootCause>();
  /** Per root cause: whether a check failed or was blocked on it and is not a known failure. */
  const open = new Set<string>();
  /** Per root cause: the checks that only warned on it. */
  const warned = new Map<string, string[]>();
  for (const c of checks) {
    const failedOn = c.status === 'fail' || (c.status === 'error' && c.blockedBy);
    const findings = [...(c.findings ?? [])];
    // A failure or a warning without a signed finding (a result of an older run, the cleanup sweep) is a root cause
    // of its own.
    const own = (level: 'MUST' | 'SHOULD', message: string) => {
      const signature = { check: c.id, rule: 'check' };
      findings.unshift({ signature, rootCause: rootCauseId(signature), level, message, requirement: c.requirement, ...(c.curl && level === 'MUST' ? { curl: c.curl } : {}) });
    };
    if (failedOn && !findings.some((f) => f.level === 'MUST')) own('MUST', c.reason?.split('\n')[0] ?? c.requirement);
    else if (c.status === 'pass' && c.warning && !findings.length) own('SHOULD', c.warning);
    for (const f of findings) {
      let cause = causes.get(f.rootCause);
      if (!cause) {
        const exchange = f.exchange !== undefined ? c.transcript[f.exchange] : undefined;
        cause = {
          id: f.rootCause,
          signature: f.signature,
          level: 'SHOULD',
          message: f.message.split('\n')[0],
          requirement: f.requirement,
          ...(f.evidence ? { evidence: f.evidence } : {}),
          checks: [],
          blocked: [],
          ...(exchange ? { exchange } : {}),
          ...(f.curl ? { curl: f.curl } : {}),
        };
        causes.set(f.rootCause, cause);
      }
      const must = f.level === 'MUST' && failedOn;
      if (c.blockedBy === f.rootCause) add(cause.blocked, c.id);
      else add(must ? cause.checks : (warned.get(cause.id) ?? warned.set(cause.id, []).get(cause.id)!), c.id);
      if (!must) continue;
      cause.level = 'MUST';
      if (outcomeOf(c) !== 'known') open.add(cause.id);
    }
  }
  for (const cause of causes.values()) {
    const only = warned.get(cause.id) ?? [];
    // A SHOULD root cause's checks are those that warned; a MUST one lists them apart.
    if (cause.level === 'SHOULD') cause.checks = only;
    else if (only.length) cause.warned = only;
    if (cause.level === 'MUST' && !open.has(cause.id)) cause.known = true;
  }
  const rank = (r: RootCause) => (r.level === 'MUST' ? (r.known ? 1 : 0) : 2);
  return [...causes.values()].sort((a, b) => rank(a) - rank(b) || b.checks.length + b.blocked.length - (a.checks.length + a.blocked.length) || a.id.localeCompare(b.id));
}

/** The run's root causes: as recorded, or (a results file written before they existed) from its checks. */
export function rootCausesOfRun(run: RunResult): RootCause[] {
  return run.rootCauses ?? rootCausesOf(allChecks(run));
}

/** The root causes that fail the run: MUST, and not entirely known failures. */
export function openRootCauses(causes: readonly RootCause[]): RootCause[] {
  return causes.filter((r) => r.level === 'MUST' && !r.known);
}
