// One conformance run, in order: start the target (the mock, or reach a URL), log in, read what the target is, run
// the suites under vitest, sweep up what the run created, log out, write the reports, print the totals, and answer
// the exit code (0 conformant, 1 failures, 2 could not run or interrupted). A run stopped early (runner/run/interrupt.ts)
// takes the same steps from the sweep on: its reports hold what finished, the rest skipped "interrupted". Each step's
// work is in its own module; the phase marks between them are what the benchmark reads (runner/run/phases.ts).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { CheckResult, RunResult } from '../../reporters/model.ts';
import { CannotRunError } from '../../core/errors.ts';
import { Interrupt } from './interrupt.ts';
import { CreatedIds } from './created-ids.ts';
import { applyKnownFailures } from './known-failures/known-failures.ts';
import { CODE_ROOT, VERSION } from '../../core/package.ts';
import { mark, writePhases } from './phases.ts';
import { ProgressReporter } from './progress.ts';
import { guardText, guardedIo, type Io } from '../../core/output.ts';
import { Redactor } from '../../core/redaction/redact.ts';
import { buildResult, harnessError } from './result.ts';
import { type RunPlan, planRun } from './plan.ts';
import { closeSession, openSession, type Session } from './session.ts';
import { SessionLostError } from '../../wire/session-keeper.ts';
import type { Settings } from './settings.ts';
import { watchForStop } from '../../core/stop.ts';
import { createRunner } from './suite-runner.ts';
import { CHECK_SETTINGS, TargetChannel, type CheckSettings, type ProvidedTarget } from '../../suites/index.ts';
import { CLEANUP_CHECK, sweep } from './sweep.ts';
import { readSystem } from './system.ts';
import { withUnfinished } from './unfinished.ts';

export type { Io } from '../../core/output.ts';

/** How long after an interrupted run's sweep a create that was on its way is looked for again. */
const LATE_CREATE_MS = 1_500;

/** The embedded mock as the run uses it (runner/mock/mock.ts starts it): where it listens, and how to stop it. */
export interface StartedMock {
  origin: string;
  stop(): Promise<void>;
}

/**
 * @param mockStarting the embedded mock, already starting when the target is the mock: the CLI starts it before
 *   loading the rest (Prism's start is the longest step of a default run), and the run only waits for it.
 * @param plan from planRun (the CLI plans before starting the mock, so that a usage error starts nothing).
 */
export async function run(settings: Settings, console: Io, mockStarting: Promise<StartedMock> | undefined, plan: RunPlan = planRun(settings)): Promise<number> {
  // The one Redactor of the run: the session's transport teaches it every secret, the checks' workers hand theirs
  // over with each result, and every console line and report file passes it.
  const redactor = new Redactor();
  const io = guardedIo(console, redactor);
  try {
    return await runGuarded(settings, io, redactor, plan, mockStarting);
  } catch (err) {
    // The one-line error the CLI prints may quote the target (a login refusal's message).
    if (err instanceof Error) err.message = guardText(err.message, redactor);
    throw err;
  }
}

async function runGuarded(settings: Settings, io: Io, redactor: Redactor, plan: RunPlan, mockStarting: Promise<StartedMock> | undefined): Promise<number> {
  const runId = randomBytes(4).toString('hex');
  const startedAt = new Date();
  const { selection, known } = plan;
  let system: RunResult['system'] = {};
  const applyKnown = (c: CheckResult) => applyKnownFailures(c, known, system, settings.strict);
  const reporter = new ProgressReporter(io.out, redactor, {
    order: selection.ids,
    // Every selected check, and the cleanup sweep.
    total: selection.ids.length + 1,
    reclassify: applyKnown,
  });
  // One file registers every selected check (suites/conformance.js, JavaScript in a checkout too), so checks of all
  // suites can run side by side.
  const files = [join(CODE_ROOT, 'suites', 'conformance.js')];
  // The test runner starts while the mock starts and the session opens; the target follows over the channel.
  const channel = new TargetChannel();
  const created = new CreatedIds();
  const vitestStarting = createRunner(settings, [reporter, created], files, channel.name);
  vitestStarting.catch(() => undefined);
  let suitesRunning: Promise<unknown> | undefined;
  const startSuites = () => (suitesRunning ??= vitestStarting.then((v) => v.start(files)));
  // The worker starts and loads every suite while the runner starts the mock and logs in (the worker's start is the
  // longest fixed cost of a run against a URL; the mock's start, of a default run), then waits for the target.
  startSuites().catch(() => undefined);
  let mock: StartedMock | undefined;
  let session: Session | undefined;
  const interrupt = new Interrupt(io, () => mock?.stop());
  const stopWatching = watchForStop(interrupt.onStop, io.outputClosed);
  try {
    mark('cli-ready');
    if (settings.target === 'mock') {
      if (!mockStarting) throw new Error('a run against the mock needs the mock started (runner/mock/mock.ts startMock)');
      mock = await mockStarting;
    }
    mark('mock-ready');
    const origin = mock?.origin ?? new URL(settings.target).origin;
    const basePath = mock ? '' : settings.basePath.replace(/\/+$/, '');
    const prune = !mock && settings.allowDestructive && selection.suites.some((s) => s.name === 'prune');
    io.out(`cs-conformance ${VERSION} · run ${runId} · target ${mock ? `mock (${origin})` : origin + basePath} · seed ${settings.seed} · ${selection.ids.length} checks${prune ? ' · prune enabled (--allow-destructive): it removes every unused network on the target, so it is sent only when every unused network is this run\'s' : ''}`);
    session = await openSession(settings, origin, basePath, Boolean(mock), io, redactor, { onLost: (reason) => interrupt.fail(reason) });
    const opened = session;
    // The checks' worker lost the session for good: the runner would only repeat the refused login.
    channel.onLostSession = (lost) => {
      const reason = new SessionLostError(lost.message, lost.hint);
      opened.keeper?.adoptLoss(reason);
      interrupt.fail(reason);
    };
    mark('login');
    // A run stopped by now runs no check: its reports show every check skipped "interrupted".
    if (!interrupt.requested) system = await readSystem(session.api);
    mark('system');
    const vitest = await vitestStarting;
    mark('vitest-ready');
    // The target (or null) first: vitest's cancel waits for the worker, which waits for it.
    const suitesRun = !interrupt.requested;
    channel.offer(suitesRun ? suiteTarget(settings, session, origin + session.basePath, Boolean(mock), runId, selection.ids) : null);
    await interrupt.cancelWith(() => vitest.cancelCurrentRun('keyboard-input'));
    await startSuites();
    await vitest.close();
    reporter.stop();
    mark('suites-done');
    // In catalogue order, whatever order the checks finished in; a stopped run's unfinished checks skipped "interrupted".
    const stoppedFor = interrupt.reason;
    const inOrder = stoppedFor !== undefined
      ? withUnfinished(selection.ids, reporter.results, stoppedFor)
      : [...reporter.results].sort((a, b) => selection.ids.indexOf(a.id) - selection.ids.indexOf(b.id));
    const results = [...inOrder, ...reporter.moduleErrors.map(harnessError)];
    // The checks' last request has just gone, through the worker's limiter; what the worker's logins spent is spent.
    session.limiter.markSent();
    if (reporter.workerSession) session.budget.adopt(reporter.workerSession.failedLogins);
    const sweepOptions = { created: created.ids, width: settings.concurrency, stopped: interrupt.requested };
    const swept = applyKnown(await sweep(session.api, runId, settings.container, Boolean(mock), sweepOptions));
    reporter.print(swept);
    mark('sweep');
    results.push(swept);
    if (interrupt.requested && !mock) {
      // Checks cut short side by side may have had a create on its way when the first sweep listed: it lands after.
      // One more sweep, a moment later, takes what landed (within the stop's bound).
      await new Promise((resolve) => setTimeout(resolve, LATE_CREATE_MS));
      await sweep(session.api, runId, settings.container, false, sweepOptions);
    }
    await closeSession(session, io);
    session = undefined;
    mark('logout');
    const sessionFacts = {
      renewals: (opened.keeper?.renewals ?? 0) + (reporter.workerSession?.renewals ?? 0),
      ...(opened.login ? { login: opened.login.encoding } : {}),
      failedLogins: opened.budget.spent,
    };
    const result = buildResult({ settings, runId, startedAt, origin, basePath: opened.basePath, mock: Boolean(mock), system, results, session: sessionFacts });
    if (stoppedFor !== undefined) result.interrupted = stoppedFor;
    const { writeReports } = await import('../../reporters/index.ts');
    const writing = writeReports(result, settings.reportDir, redactor);
    if (interrupt.requested) {
      const finished = inOrder.filter((c) => !c.reason?.startsWith('interrupted')).length;
      return await stopped(interrupt, io, { writing, reportDir: settings.reportDir, finished, swept: swept.status, runId });
    }
    const written = await writing.catch((err: Error) => {
      throw new CannotRunError(`the run ended but its reports could not be written to ${settings.reportDir}: ${err.message.split('\n')[0]}`, 'pick a directory this user can write to');
    });
    mark('reports');
    if (settings.updateKnownFailures) {
      const { updateKnownFailuresFile } = await import('./known-failures/update.ts');
      const lines = await updateKnownFailuresFile(settings.updateKnownFailures, result, redactor).catch((err: Error) => {
        throw new CannotRunError(`the run ended but --update-known-failures ${settings.updateKnownFailures} could not be written: ${err.message.split('\n')[0]}`, 'pick a file this user can write to');
      });
      for (const line of lines) io.out(line);
    }
    const { rootCauseLines } = await import('../../reporters/findings/root-cause-text.ts');
    for (const line of rootCauseLines(result.rootCauses ?? [])) io.out(line);
    io.out(totalsLine(result, written.files.length ? settings.reportDir : '(none)'));
    return result.verdict === 'conformant' ? 0 : 1;
  } finally {
    stopWatching();
    reporter.stop();
    if (session) await closeSession(session, io).catch(() => undefined);
    await (mock ?? (await mockStarting?.catch(() => undefined)))?.stop();
    // A run that never reached the suites tells a worker already waiting so: it registers no check and ends.
    channel.offer(null);
    await suitesRunning?.catch(() => undefined);
    channel.close();
    await vitestStarting.then((v) => v.close()).catch(() => undefined);
    writePhases();
  }
}

/**
 * The end of a run stopped early, once its reports are being written: exit 2 with one line — the fatal condition's
 * own when one stopped it (thrown, for the CLI to print), otherwise that the run was interrupted.
 * @param end the reports being written, where, how many checks finished, and how the sweep ended (the cleanup check).
 */
async function stopped(interrupt: Interrupt, io: Io, end: { writing: Promise<unknown>; reportDir: string; finished: number; swept: CheckResult['status']; runId: string }): Promise<number> {
  const reports = await end.writing.then(
    () => `the reports of what finished are in ${end.reportDir}`,
    (err: Error) => `its reports could not be written to ${end.reportDir}: ${err.message.split('\n')[0]}`,
  );
  mark('reports');
  // The sweep could not even list (an error): what is left cannot be named, only where to look.
  const cleanup =
    end.swept === 'error'
      ? `networks named cs-conformance-${end.runId}-* may be left on the target`
      : end.swept === 'fail'
        ? `what it created could not all be removed (${CLEANUP_CHECK} in the reports says what is left)`
        : 'what it created was removed';
  if (interrupt.fatal) throw new CannotRunError(`${interrupt.fatal.message} (the run stopped; ${cleanup}; ${reports})`, interrupt.fatal.hint);
  io.err(`cs-conformance: interrupted: the run did not finish (${end.finished} check${end.finished === 1 ? '' : 's'} ended); ${cleanup}; ${reports}`);
  return 2;
}

/** What the suites' workers are given (vitest's `provide`): where the target is, and the run's session to continue. */
function suiteTarget(settings: Settings, session: Session, baseUrl: string, mock: boolean, runId: string, checks: string[]): ProvidedTarget {
  const forChecks: CheckSettings = pick(settings, CHECK_SETTINGS);
  return {
    ...forChecks,
    baseUrl,
    mock,
    timeoutMs: settings.timeout,
    cookies: JSON.stringify(session.transport.jar.serializeSync()),
    username: session.username,
    password: session.password,
    runId,
    checks,
    ...(session.login ? { login: session.login } : {}),
    failedLogins: session.budget.state(),
  };
}

/** The fields `keys` of `from`, and nothing else (the worker gets the settings the checks read, not the password source). */
function pick<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = from[key];
  return out;
}

function totalsLine(result: RunResult, reportsIn: string): string {
  const t = result.totals;
  const knownText = t.known ? `, ${t.known} known failure${t.known === 1 ? '' : 's'}` : '';
  const blockedText = t.blocked ? `, ${t.blocked} blocked` : '';
  const renewals = result.session?.renewals ? ` · session renewed ${result.session.renewals}×` : '';
  return `${result.verdict === 'conformant' ? 'CONFORMANT' : 'NOT CONFORMANT'}: ${t.pass + t.warn} passed (${t.warn} with warnings), ${t.fail + t.error} failed${blockedText}${knownText}, ${t.skip} skipped · ${(result.durationMs / 1000).toFixed(1)} s${renewals} · reports in ${reportsIn}`;
}
