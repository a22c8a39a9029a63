// Turns the declared checks into the run's vitest tests, in the order and with the concurrency the run asked for.
//
// At --concurrency 1 every check runs alone, in catalogue order. Above it, every check that may run beside others
// is a concurrent test (vitest runs `maxConcurrency` of them at a time, set by the runner), in catalogue order but
// those declared `Runs first` (the longest chains of requests, which would otherwise run on alone at the end); then
// the checks declared `Runs alone` (they need the target quiet, or read what other checks recorded) run one after
// another, in catalogue order, once no other check runs: vitest runs a non-concurrent test only after the concurrent
// ones before it ended. Prune is last in the catalogue, so it is last here too. Results are reported in catalogue
// order whatever the order they finish in (runner/progress.ts prints them so, runner/run.ts sorts them so).
import { relative } from 'node:path';
import { test, type TestContext } from 'vitest';
import type { Exchange } from '../../reporters/model.ts';
import { CODE_ROOT } from '../../runner/package.ts';
import type { CheckDeclaration, SuiteDeclaration } from './declaration.ts';
import type { CheckBody, SuiteBodies } from './define.ts';
import { RunFixtures } from './fixtures.ts';
import { unmetNeed } from './needs.ts';
import { CheckScope } from './scope.ts';
import { verdictOf } from './verdict.ts';
import type { Worker } from './worker.ts';
import { suiteFile } from '../catalogue.ts';

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
  // One set of fixtures per run: what the checks of this run share, and nothing of another run.
  const fixtures = new RunFixtures();
  const concurrent = worker.target.concurrency > 1;
  const rank = (s: Scheduled) => (s.declaration.alone ? 2 : s.declaration.first ? 0 : 1);
  // Array.prototype.sort is stable: catalogue order within each rank.
  const order = concurrent ? [...scheduled].sort((a, b) => rank(a) - rank(b)) : scheduled;
  for (const s of order) {
    const name = `${s.declaration.id} ${s.declaration.requirement}`;
    const fn = runner(s, worker, fixtures);
    if (concurrent && !s.declaration.alone) test.concurrent(name, fn);
    else test(name, fn);
  }
}

function runner({ suite, declaration, body }: Scheduled, worker: Worker, fixtures: RunFixtures) {
  const file = relative(CODE_ROOT, suiteFile(suite.name));
  return async (vctx: TestContext) => {
    const started = performance.now();
    const t = new CheckScope(declaration, worker, fixtures);
    let thrown: unknown;
    let last: Exchange | undefined;
    try {
      const unmet = unmetNeed(declaration.needs, worker.target);
      if (unmet) t.skip(unmet);
      await body(t);
    } catch (err) {
      thrown = err;
    } finally {
      last = t.lastExchange;
      await t.end();
    }
    const result = verdictOf(t, suite.name, thrown, last);
    result.durationMs = Math.round(performance.now() - started);
    result.file = file;
    if (t.observations.length) result.observations = t.observations;
    // Redacted here with what this worker learned, and again by the runner with everything the run learned.
    const reported = worker.redactor.deep(result);
    vctx.task.meta.check = reported;
    vctx.task.meta.secrets = worker.redactor.secrets();
    if (reported.status === 'skip') vctx.skip(reported.reason);
    if (reported.status === 'fail' || reported.status === 'error') throw new Error(`${declaration.id} ${declaration.requirement}\n${reported.reason}`);
  };
}
