// Turns the declared checks into the run's vitest tests, in the order and with the concurrency the run asked for.
//
// At --concurrency 1 every check runs alone, in catalogue order, its removals included. Above it, every check that
// may run beside others is a concurrent test: vitest starts them all, and each waits for one of --concurrency slots
// (harness/slots.ts), in catalogue order but those declared `Runs first` (the longest chains of requests, which would
// otherwise run on alone at the end); a check gives its slot back when its body ends, and removes its networks
// while the next one starts. Then the checks declared `Runs alone` (they need the target quiet, or read what other
// checks recorded) run one after another, in catalogue order, once no other check runs, removals included: vitest
// runs a non-concurrent test only after the concurrent ones before it ended. Prune is last in the catalogue, so it
// is last here too. Results are reported in catalogue order whatever the order they finish in (runner/run/progress.ts
// prints them so, runner/run/run.ts sorts them so).
import { relative } from 'node:path';
import { test, type TestContext } from 'vitest';
import type { CheckResult, Exchange } from '../../reporters/model.ts';
import { CODE_ROOT } from '../../core/package.ts';
import type { CheckDeclaration, SuiteDeclaration } from '../catalogue/declaration.ts';
import type { CheckBody, SuiteBodies } from './define.ts';
import { RunFixtures } from './fixtures.ts';
import { unmetNeed } from './needs.ts';
import { CheckScope } from './scope.ts';
import { CheckDeadline } from './deadline.ts';
import { CheckSlots, type Release } from './slots.ts';
import { verdictOf } from './verdict.ts';
import { CHECK_STARTED, checkTimeoutMs, NOT_STARTED } from './types.ts';
import type { Worker } from './worker.ts';
import { suiteFile } from '../catalogue/catalogue.ts';

interface Scheduled {
  suite: SuiteDeclaration;
  declaration: CheckDeclaration;
  body: CheckBody;
}

/** Registers the run's checks (`worker.target.checks`) as vitest tests; throws when a declaration and a body disagree. */
export function registerChecks(worker: Worker, suites: readonly SuiteDeclaration[], bodies: readonly SuiteBodies[]): void {
  const wanted = new Set(worker.target.checks);
  const scheduled: Scheduled[] = [];
  for (const suite of suites) {
    const own = bodies.find((b) => b.name === suite.name);
    if (!own) throw new Error(`suites/${suite.name}.suite defines no checks`);
    const undeclared = [...own.checks.keys()].filter((id) => !suite.checks.some((c) => c.id === id));
    if (undeclared.length) throw new Error(`suites/${suite.name}.suite: check ${undeclared.join(', ')} has no declaration above it`);
    for (const declaration of suite.checks) {
      const body = own.checks.get(declaration.id);
      if (!body) throw new Error(`suites/${suite.name}.suite: ${declaration.id} is declared but has no body`);
      if (wanted.has(declaration.id)) scheduled.push({ suite, declaration, body });
    }
  }
  // The failed logins other checks may risk leave room for a scheduled check that needs a wrong password and may send it.
  if (!worker.target.mock && scheduled.some((s) => s.declaration.needs.includes('wrong-password') && !unmetNeed(s.declaration.needs, worker.target))) worker.budget.keep(1);
  // One set of fixtures per run: what the checks of this run share, and nothing of another run.
  const fixtures = new RunFixtures();
  const concurrent = worker.target.concurrency > 1;
  const rank = (s: Scheduled) => (s.declaration.alone ? 2 : s.declaration.first ? 0 : 1);
  // Array.prototype.sort is stable: catalogue order within each rank.
  const order = concurrent ? [...scheduled].sort((a, b) => rank(a) - rank(b)) : scheduled;
  const slots = concurrent ? new CheckSlots(worker.target.concurrency) : undefined;
  for (const s of order) {
    const name = `${s.declaration.id} ${s.declaration.requirement}`;
    if (slots && !s.declaration.alone) {
      // No vitest timeout: the check may wait long for a slot; its own deadline starts when it has one.
      test.concurrent(name, runner(s, worker, fixtures, slots), 0);
    } else test(name, runner(s, worker, fixtures));
  }
}


function runner({ suite, declaration, body }: Scheduled, worker: Worker, fixtures: RunFixtures, slots?: CheckSlots) {
  const file = relative(CODE_ROOT, suiteFile(suite.name));
  return async (vctx: TestContext) => {
    let slot: Release | undefined;
    if (slots) {
      // An interrupted run aborts the signal of every check still waiting: it ends without sending anything.
      slot = await slots.take(vctx.signal).catch(() => undefined);
      if (!slot) vctx.skip(NOT_STARTED);
    }
    void vctx.annotate('started', CHECK_STARTED);
    const started = performance.now();
    // Cut short by its own deadline while it holds a slot, by vitest's test timeout otherwise; by a stopped run either way.
    const deadline = new CheckDeadline(vctx.signal);
    const t = new CheckScope(declaration, worker, fixtures, deadline);
    const work = async () => {
      try {
        const unmet = unmetNeed(declaration.needs, worker.target);
        if (unmet) t.skip(unmet);
        await body(t);
      } catch (err) {
        return err;
      } finally {
        slot?.();
      }
    };
    const ended = (async () => {
      const thrown = await deadline.outcome(work(), slot ? checkTimeoutMs(worker.target.timeoutMs) : undefined, () => slot?.());
      const last = t.lastExchange;
      await t.end();
      // vitest ended the test itself (its timeout, a stopped run) and reports it so (runner/run/progress.ts): no result.
      const reported = vctx.signal.aborted ? undefined : report(t, suite.name, thrown, last, started, file, worker);
      if (reported) vctx.task.meta.check = reported;
      vctx.task.meta.secrets = worker.newSecrets();
      vctx.task.meta.session = worker.session();
      vctx.task.meta.created = [...t.created];
      return reported;
    })();
    // A test vitest ended itself is followed at once by the next one, and by the run's sweep after the last: the
    // check's end (its cleanups, the removal of its networks) comes first. Its failure, if any, is the test's own.
    vctx.onTestFinished(() => ended.then(() => undefined, () => undefined));
    const reported = await ended;
    if (!reported || vctx.signal.aborted) return;
    if (reported.status === 'skip') vctx.skip(reported.reason);
    if (reported.status === 'fail' || reported.status === 'error') throw new Error(`${declaration.id} ${declaration.requirement}\n${reported.reason}`);
  };
}

/** The check's result, redacted here with what this worker learned (and again by the runner, with all the run learned). */
function report(t: CheckScope, suite: string, thrown: unknown, last: Exchange | undefined, started: number, file: string, worker: Worker): CheckResult {
  const result = verdictOf(t, suite, thrown, last);
  result.durationMs = Math.round(performance.now() - started);
  result.file = file;
  if (t.observations.length) result.observations = t.observations;
  return worker.redactor.deep(result);
}
