// One conformance run: start the target (the mock, or reach a URL), log in, run the suites under vitest, sweep up
// what the run created, log out, write the reports, and answer the exit code (0 conformant, 1 failures).
import { randomBytes } from 'node:crypto';
import type { CliOptions, TestSpecification } from 'vitest/node';
import type { CheckResult, OperationCoverage, RunResult, SuiteResult } from '../reporters/model.ts';
import { outcomeOf } from '../reporters/facts.ts';
import { suiteFile } from '../suites/catalogue.ts';
import { NAME_PREFIX } from '../suites/lib/context.ts';
import type { ProvidedTarget } from '../suites/lib/types.ts';
import { Api, ConformanceFailure, type ApiResult } from './api.ts';
import { CannotRunError, UsageError } from './errors.ts';
import { applyKnownFailures } from './known-failures.ts';
import { startMock, type RunningMock } from './mock.ts';
import { CODE_ROOT, MODULE_EXT, VERSION } from './package.ts';
import { mark, writePhases } from './phases.ts';
import { ProgressReporter } from './progress.ts';
import { guardText, guardedIo, type Io } from './output.ts';
import { removeOwnNetwork } from './ownership.ts';
import { isDistinctive, PASSWORD_PLACEHOLDER, Redactor } from './redact.ts';
import { type RunPlan, planRun } from './plan.ts';
import { testNamePattern } from './select.ts';
import { readPassword, reportableOptions, type Settings } from './settings.ts';
import { loadSpec } from './spec.ts';
import { watchForStop } from './stop.ts';
import { Transport, TransportError } from './transport.ts';

export type { Io } from './output.ts';

/** Where the checks the runner makes itself (the cleanup sweep, a suite that did not load) live, for JUnit's `file`. */
const RUNNER_FILE = 'runner/run.ts';

/** How long the cleanup after a stop request may take before the process exits anyway. */
const STOP_BOUND_MS = 20_000;

interface Session {
  transport: Transport;
  api: Api;
  password?: string;
  username?: string;
}

/**
 * @param mockStarting the embedded mock, already starting (the CLI starts it before loading the rest, since Prism's
 *   start is the longest step of a default run); started here when the target is the mock and none is given.
 * @param plan from planRun (the CLI plans before starting the mock, so that a usage error starts nothing).
 */
export async function run(settings: Settings, console: Io, mockStarting?: Promise<RunningMock>, plan: RunPlan = planRun(settings)): Promise<number> {
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

async function runGuarded(settings: Settings, io: Io, redactor: Redactor, plan: RunPlan, mockStarting?: Promise<RunningMock>): Promise<number> {
  const runId = randomBytes(4).toString('hex');
  const startedAt = new Date();
  const { selection, known } = plan;
  let system: RunResult['system'] = {};
  const reporter = new ProgressReporter(io.out, redactor, {
    selected: selection.narrowed ? new Set(selection.ids) : undefined,
    // Every selected check, and the cleanup sweep.
    total: selection.ids.length + 1,
    reclassify: (c) => applyKnownFailures(c, known, system, settings.strict),
  });
  const files = selection.suites.map((s) => suiteFile(s.name));
  // The test runner starts while the mock starts and the session opens; the target is provided once known.
  const vitestStarting = createRunner(settings, reporter, files, selection.narrowed ? testNamePattern(selection.ids) : undefined);
  vitestStarting.catch(() => undefined);
  let mock: RunningMock | undefined;
  let session: Session | undefined;
  let interrupted = false;
  let cancel: (() => Promise<void>) | undefined;
  const onStop = (why: string) => {
    if (interrupted) {
      if (why.startsWith('SIG')) void Promise.resolve(mock?.stop()).finally(() => process.exit(2));
      return;
    }
    interrupted = true;
    io.err(`cs-conformance: ${why}: stopping, removing what this run created${why.startsWith('SIG') ? ' (press Ctrl-C again to quit at once)' : ''}`);
    // The sweep and logout are bounded: a target that stopped answering cannot keep the process alive.
    setTimeout(() => {
      io.err(`cs-conformance: ${why}: the cleanup did not end within ${STOP_BOUND_MS / 1000} s; exiting`);
      process.exit(2);
    }, STOP_BOUND_MS).unref();
    void cancel?.();
  };
  const stopWatching = watchForStop(onStop, io.outputClosed);
  try {
    mark('cli-ready');
    if (settings.target === 'mock') mock = await (mockStarting ?? startMock());
    mark('mock-ready');
    const origin = mock?.origin ?? new URL(settings.target).origin;
    const basePath = mock ? '' : settings.basePath.replace(/\/+$/, '');
    const prune = !mock && settings.allowDestructive && selection.suites.some((s) => s.name === 'prune');
    io.out(`cs-conformance ${VERSION} · run ${runId} · target ${mock ? `mock (${origin})` : origin + basePath} · seed ${settings.seed} · ${selection.ids.length} checks${prune ? ' · prune enabled (--allow-destructive): it removes every unused network on the target, not only the suite\'s' : ''}`);
    session = await openSession(settings, origin + basePath, Boolean(mock), io, redactor);
    mark('login');
    if (interrupted) throw new CannotRunError('interrupted before the suites started');
    system = await readSystem(session.api);
    mark('system');
    const target: ProvidedTarget = {
      baseUrl: origin + basePath,
      mock: Boolean(mock),
      insecure: settings.insecure,
      timeoutMs: settings.timeout,
      cookies: JSON.stringify(session.transport.jar.serializeSync()),
      username: session.username,
      password: session.password,
      container: settings.container,
      allowDestructive: settings.allowDestructive,
      strict: settings.strict,
      runId,
      seed: settings.seed,
      budget: settings.budget,
      noWrongPassword: settings.noWrongPassword,
    };
    const vitest = await vitestStarting;
    mark('vitest-ready');
    vitest.provide('target', target);
    cancel = async () => {
      await vitest.cancelCurrentRun('keyboard-input');
    };
    if (interrupted) await cancel();
    else await vitest.start(files);
    await vitest.close();
    reporter.stop();
    mark('suites-done');
    const results = [...reporter.results];
    for (const e of reporter.moduleErrors) results.push({ ...internalError(e), file: RUNNER_FILE });
    const swept = applyKnownFailures({ ...(await sweep(session.api, runId, settings.container, Boolean(mock))), file: RUNNER_FILE }, known, system, settings.strict);
    reporter.print(swept);
    mark('sweep');
    results.push(swept);
    if (interrupted) {
      io.err('cs-conformance: interrupted: the run did not finish; what it created was removed');
      return 2;
    }
    await closeSession(session, io);
    session = undefined;
    mark('logout');
    const result = buildResult({ settings, runId, startedAt, origin, basePath, mock: Boolean(mock), system, results });
    const { writeReports } = await import('../reporters/index.ts');
    const written = await writeReports(result, settings.reportDir, redactor).catch((err: Error) => {
      throw new CannotRunError(`the run ended but its reports could not be written to ${settings.reportDir}: ${err.message.split('\n')[0]}`, 'pick a directory this user can write to');
    });
    mark('reports');
    for (const line of reporter.warningSummary()) io.out(line);
    const t = result.totals;
    const knownText = t.known ? `, ${t.known} known failure${t.known === 1 ? '' : 's'}` : '';
    io.out(
      `${result.verdict === 'conformant' ? 'CONFORMANT' : 'NOT CONFORMANT'}: ${t.pass + t.warn} passed (${t.warn} with warnings), ${t.fail + t.error} failed${knownText}, ${t.skip} skipped · ${(result.durationMs / 1000).toFixed(1)} s · reports in ${written.files.length ? settings.reportDir : '(none)'}`,
    );
    return result.verdict === 'conformant' ? 0 : 1;
  } finally {
    stopWatching();
    reporter.stop();
    if (session) await closeSession(session, io).catch(() => undefined);
    await (mock ?? (await mockStarting?.catch(() => undefined)))?.stop();
    await vitestStarting.then((v) => v.close()).catch(() => undefined);
    writePhases();
  }
}

async function createRunner(settings: Settings, reporter: ProgressReporter, files: string[], namePattern?: RegExp) {
  const { createVitest } = await import('vitest/node');
  const order = new Map(files.map((f, i) => [f, i]));
  // vitest exits the process on SIGINT/SIGTERM; the run must sweep, log out and report first, so its handlers go.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const vitest = await createVitest({
    root: CODE_ROOT,
    config: false,
    watch: false,
    run: true,
    reporters: [reporter],
    include: [`suites/*.suite${MODULE_EXT}`],
    pool: 'threads',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    testTimeout: settings.timeout * 30 + 5_000,
    hookTimeout: settings.timeout * 10 + 5_000,
    passWithNoTests: true,
    // --check / --skip-check: the other checks of a suite are not run (their results are dropped by the reporter).
    ...(namePattern ? { testNamePattern: namePattern } : {}),
    sequence: {
      sequencer: class {
        sort(specs: TestSpecification[]) {
          return [...specs].sort((a, b) => (order.get(a.moduleId) ?? 99) - (order.get(b.moduleId) ?? 99));
        }
        shard(specs: TestSpecification[]) {
          return specs;
        }
      },
    },
  } satisfies CliOptions);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  return vitest;
}

async function openSession(settings: Settings, baseUrl: string, mock: boolean, io: Io, redactor: Redactor): Promise<Session> {
  const transport = new Transport({ baseUrl, timeoutMs: settings.timeout, insecure: settings.insecure, redactor });
  const api = new Api(transport, { mock });
  let username = settings.username;
  let password: string | undefined;
  if (mock) {
    // The mock accepts any credentials; a throwaway password exercises login without a real secret.
    username ??= 'cs-conformance';
    password = randomBytes(12).toString('hex');
  } else if (username) {
    password = readPassword(settings);
    if (password === undefined || password === '') {
      throw new UsageError(`--username ${username} needs a password: set the environment variable ${settings.passwordEnv} or pass --password-file`);
    }
  }
  redactor.addSecret(password, PASSWORD_PLACEHOLDER);
  if (!mock && password && !isDistinctive(password)) {
    io.err(
      'warning: the password is shorter than 6 characters, or under 12 and of one kind (letters only, digits only): it is replaced in login bodies, password fields and cookies, but not in free text, where the placeholder would replace ordinary words; a target that echoes it in free text would show it',
    );
  }
  try {
    if (username && password) {
      const login = await preflight(() => api.call('login', { body: { username, password }, allowPlainJsonError: true }), 'POST /login', baseUrl, settings);
      if (!login) throw new CannotRunError('POST /login answered JSON that is not a login answer', 'check --target and --base-path');
      if (!login.ok) {
        const detail = login.envelope?.message ?? JSON.stringify(login.body).slice(0, 120);
        const twoStep = login.status === 403 ? ' (an account with 2-step verification answers 403 to a password login)' : '';
        throw new CannotRunError(`login refused for user ${username}: HTTP ${login.status} ${detail}${twoStep}`, `check --username and the password in ${settings.passwordFile ? '--password-file' : settings.passwordEnv}`);
      }
      if (!transport.sessionCookieNames().length) io.err('warning: the login answer set no session cookie; continuing without one');
      if (!mock) Object.assign(api.options, { credentials: { username, password: password! }, onNotice: (m: string) => io.err(`cs-conformance: ${m}`) });
    }
    if (!username) {
      // Without a login nothing has shown yet that the target speaks this API; with one, the login answer has.
      const probe = await preflight(() => api.call('listNetworks', { allowPlainJsonError: true }), 'GET /networks', baseUrl, settings);
      if (probe && (probe.status === 401 || probe.status === 403)) {
        throw new CannotRunError(`the target refused GET /networks with HTTP ${probe.status}`, 'pass --username (and the password in CS_PASSWORD)');
      }
    }
  } catch (err) {
    await transport.close();
    throw err;
  }
  return { transport, api, password, username };
}

/**
 * A first request whose failure to reach the target or to answer JSON means "could not run" (exit 2). A JSON answer
 * that breaks the spec is left to the suites, which report it as a conformance failure (undefined here).
 */
async function preflight(fn: () => Promise<ApiResult>, what: string, where: string, settings: Settings): Promise<ApiResult | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof TransportError) {
      const hint =
        err.code === 'tls'
          ? 'pass --insecure to accept a self-signed certificate'
          : err.code === 'refused' || err.code === 'timeout' || err.code === 'dns'
            ? 'check --target (scheme, host and the NAS system port)'
            : 'check --target';
      throw new CannotRunError(`cannot reach ${where}: ${what}: ${err.message}`, hint);
    }
    if (err instanceof ConformanceFailure) {
      const res = err.exchange?.response;
      const type = res?.headers['content-type'] ?? 'none';
      if (res && res.status >= 300 && res.status < 400) throw new CannotRunError(`${what} was redirected (HTTP ${res.status}) to ${res.headers.location ?? 'nowhere'}`, 'point --target at that origin');
      if (res && (res.status === 404 || !/json/i.test(type))) {
        throw new CannotRunError(`the target does not speak the Container Station API: ${what} answered HTTP ${res.status} (${type})`, `check --target and --base-path (now ${settings.basePath})`);
      }
      return undefined;
    }
    throw err;
  }
}

async function readSystem(api: Api): Promise<RunResult['system']> {
  try {
    const r = await api.call('getSystem');
    if (!r.ok) return { unknownReason: `GET /system answered an error: ${r.envelope?.message ?? `HTTP ${r.status}`}` };
    const v = r.body.version ?? {};
    return { containerStation: v.qpkg ?? v.web, firmware: v.firmware, docker: v.dockerVersion };
  } catch (err) {
    return { unknownReason: `GET /system failed: ${(err as Error).message.split('\n')[0]}` };
  }
}

async function closeSession(session: Session, io: Io): Promise<void> {
  try {
    if (session.username) await session.api.call('logout', { allowPlainJsonError: true });
  } catch (err) {
    io.err(`warning: logout failed: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    await session.transport.close();
  }
}

/**
 * Removes every network named for this run that is still there, and reports them as a failed cleanup. The list only
 * names candidates: each one is confirmed by an inspect before it is touched (runner/ownership.ts).
 */
async function sweep(api: Api, runId: string, container: string | undefined, mock: boolean): Promise<CheckResult> {
  const runPrefix = `${NAME_PREFIX}${runId}-`;
  const base: Omit<CheckResult, 'status'> = {
    id: 'CLEANUP-001',
    suite: 'cleanup',
    level: 'MUST',
    requirement: `The run MUST leave no network named ${runPrefix}* behind: every network a check created is removed by it.`,
    operations: ['listNetworks', 'removeNetwork'],
    durationMs: 0,
    transcript: [],
  };
  if (mock) return { ...base, status: 'skip', reason: 'needs a stateful target: the Prism mock keeps no state between requests' };
  const started = performance.now();
  const transcript: CheckResult['transcript'] = [];
  api.transport.onExchange = (e) => transcript.push(e);
  const done = (status: CheckResult['status'], reason?: string): CheckResult => ({ ...base, status, reason, durationMs: Math.round(performance.now() - started), transcript });
  try {
    const list = await api.call('listNetworks', { allowPlainJsonError: true });
    if (!list.ok) {
      const why = list.envelope?.message ?? JSON.stringify(list.body).slice(0, 120);
      return done('error', `the cleanup sweep could not list networks: HTTP ${list.status} ${why}; networks named ${runPrefix}* may be left on the target`);
    }
    const ours = list.body.filter((n) => typeof n.Name === 'string' && n.Name.startsWith(runPrefix));
    if (!ours.length) return done('pass');
    const outcomes = [];
    for (const n of ours) {
      const removal = await removeOwnNetwork(api, { id: n.Id, name: n.Name, proof: 'name' }, { runPrefix, container });
      outcomes.push(removal.outcome === 'left' ? removal.reason : `${n.Name} ${removal.outcome === 'removed' ? 'removed by the sweep' : 'already gone'}`);
    }
    return done('fail', `found ${ours.length} left behind after the suites: ${outcomes.join('; ')}`);
  } catch (err) {
    return done('error', `the cleanup sweep could not list networks: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    api.transport.onExchange = undefined;
  }
}

function internalError(message: string): CheckResult {
  return {
    id: 'HARNESS-ERROR',
    suite: 'harness',
    level: 'MUST',
    requirement: 'Every suite MUST load and run.',
    operations: [],
    status: 'error',
    reason: message,
    durationMs: 0,
    transcript: [],
  };
}

function buildResult(a: {
  settings: Settings;
  runId: string;
  startedAt: Date;
  origin: string;
  basePath: string;
  mock: boolean;
  system: RunResult['system'];
  results: CheckResult[];
}): RunResult {
  const finished = new Date();
  const suites: SuiteResult[] = [];
  for (const c of a.results) {
    let s = suites.find((x) => x.name === c.suite);
    if (!s) suites.push((s = { name: c.suite, checks: [] }));
    s.checks.push(c);
  }
  const totals = { pass: 0, fail: 0, skip: 0, error: 0, warn: 0, known: 0 };
  // Exclusive counts that add up to the checks: a pass with a warning counts as `warn` only, a known failure as `known`.
  for (const c of a.results) totals[outcomeOf(c)]++;
  const { doc, operations } = loadSpec();
  const coverage: OperationCoverage[] = [...operations.values()].map((op) => {
    const touching = a.results.filter((c) => c.transcript.some((e) => e.operationId === op.operationId));
    const exercised = touching.length > 0;
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      exercised,
      passed: exercised && touching.every((c) => c.status === 'pass' || c.status === 'skip'),
    };
  });
  return {
    tool: { name: 'cs-conformance', version: VERSION },
    runId: a.runId,
    startedAt: a.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - a.startedAt.getTime(),
    spec: { title: doc.info.title, version: doc.info.version },
    target: { kind: a.mock ? 'mock' : 'url', origin: a.mock ? 'embedded Prism mock' : a.origin, basePath: a.mock ? '/' : a.basePath },
    system: a.system,
    options: reportableOptions(a.settings),
    suites,
    totals,
    verdict: totals.fail + totals.error === 0 ? 'conformant' : 'not-conformant',
    operations: coverage,
  };
}
