// The check wrapper: registers one vitest test per catalogue entry, gates it on what it needs, turns what happens
// into a CheckResult (pass / fail / skip / error, SHOULD warnings, INFO observations, transcript, curl) and hands
// that to the runner's reporter through the test's meta.
import { afterAll, test } from 'vitest';
import type { CheckResult, Exchange } from '../../reporters/model.ts';
import { ConformanceFailure, snippet, type ApiResult, type CallOptions, type OperationId, type SuccessBody } from '../../runner/api.ts';
import { hasMeaning, type Meaning } from '../../runner/docker-py.ts';
import { removeOwnNetwork, type OwnedNetwork } from '../../runner/ownership.ts';
import type { Placeholder } from '../../runner/redact.ts';
import { TransportError } from '../../runner/transport.ts';
import { suiteContext, resourceName, type SuiteContext } from './context.ts';
import { curlFor } from './curl.ts';
import type { CheckDef, Need, SuiteDef } from './types.ts';

declare module 'vitest' {
  interface TaskMeta {
    check?: CheckResult;
    /** Every secret this worker's Redactor knows, for the runner's (in memory between threads, never written). */
    secrets?: [string, Placeholder][];
  }
}

class SkipSignal extends Error {}

const NEED_REASONS: Record<Need, (c: SuiteContext) => string | undefined> = {
  state: (c) => (c.target.mock ? 'needs a stateful target: the Prism mock keeps no state between requests' : undefined),
  container: (c) => (c.target.container || c.target.mock ? undefined : 'needs --container <name>: an existing container the suite may connect and disconnect'),
  destructive: (c) =>
    c.target.mock || c.target.allowDestructive ? undefined : 'needs --allow-destructive: prune removes every unused network on the target, not only the suite\'s',
  login: (c) => (c.target.username || c.target.mock ? undefined : 'needs --username: the target was run without a session'),
};

/** A network this run created, removed when the check that created it ends. */
export interface ScratchNetwork {
  name: string;
  id: string;
}

export class CheckScope {
  readonly ctx: SuiteContext;
  readonly def: CheckDef;
  readonly observations: string[] = [];
  readonly cleanups: (() => Promise<unknown>)[] = [];
  lastExchange?: Exchange;

  constructor(ctx: SuiteContext, def: CheckDef) {
    this.ctx = ctx;
    this.def = def;
  }

  get mock(): boolean {
    return this.ctx.target.mock;
  }

  /** The user's container; on the mock, the documentation's fixture `dtest`. */
  get container(): string | undefined {
    return this.ctx.target.container ?? (this.mock ? 'dtest' : undefined);
  }

  call<Op extends OperationId>(operationId: Op, opts?: CallOptions<Op>): Promise<ApiResult<SuccessBody<Op>>> {
    return this.ctx.api.call(operationId, opts);
  }

  skip(reason: string): never {
    throw new SkipSignal(reason);
  }

  fail(message: string, exchange?: Exchange): never {
    throw new ConformanceFailure(message, exchange ?? this.lastExchange);
  }

  /** Fails with `expected …, got …` unless `condition` holds. */
  expect(condition: unknown, expected: string, actual: string, exchange?: Exchange): void {
    if (!condition) this.fail(`expected ${expected}; got ${actual}`, exchange);
  }

  /** `value`, or a failure `expected …, got …` when it is missing. */
  present<T>(value: T | undefined | null, expected: string, actual: string, exchange?: Exchange): T {
    if (value === undefined || value === null) this.fail(`expected ${expected}; got ${actual}`, exchange);
    return value;
  }

  observe(note: string): void {
    this.observations.push(note);
  }

  warn(message: string): void {
    this.ctx.warnings.push(message);
  }

  name(purpose: string): string {
    return resourceName(this.ctx.target.runId, purpose);
  }

  onCleanup(fn: () => Promise<unknown>): void {
    this.cleanups.push(fn);
  }

  /** A documented success, or a failure that says what was sent and what came back. */
  expectOk<T>(result: ApiResult<T>, what: string): T {
    if (!result.ok) this.fail(`expected ${what} to succeed; got HTTP ${result.status} ${snippet(JSON.stringify(result.body))}`, result.exchange);
    return result.body;
  }

  /** The error envelope with the given meaning (matched on the engine's explanation, never on exact text or number). */
  expectError(result: ApiResult, meaning: Meaning, what: string): void {
    if (result.ok) this.fail(`expected ${what} to be refused with the error envelope (${MEANING_TEXT[meaning]}); got HTTP ${result.status} ${snippet(JSON.stringify(result.body))}`, result.exchange);
    if (!result.envelope) this.fail(`expected ${what} to answer the error envelope {"error": {"code", "message"}}; got HTTP ${result.status} ${snippet(JSON.stringify(result.body))}`, result.exchange);
    if (!hasMeaning(result.envelope, meaning)) {
      this.fail(`expected ${what} to be refused with the meaning "${MEANING_TEXT[meaning]}"; got error.message ${JSON.stringify(result.envelope.message)}`, result.exchange);
    }
  }

  /** Creates a network named for this run, removed when the check ends. */
  async createNetwork(purpose: string, extra: Record<string, unknown> = {}): Promise<ScratchNetwork> {
    const name = this.name(purpose);
    const result = await this.call('createNetwork', { body: { name, check_duplicate: true, ...extra } });
    const body = this.expectOk(result, `creating network ${name}`);
    const net = { name, id: body.Id };
    this.removeAtEnd({ id: net.id, name, proof: 'create' });
    return net;
  }

  /**
   * Removes a network of the check's own when the check ends, once an inspect confirms it is (runner/ownership.ts);
   * one that cannot be confirmed or removed is left in place and said so in the report.
   */
  removeAtEnd(net: OwnedNetwork): void {
    this.onCleanup(async () => {
      const removal = await removeOwnNetwork(this.ctx.api, net, { runPrefix: this.name(''), container: this.container });
      if (removal.outcome === 'left') this.observe(removal.reason);
    });
  }

  /** Inspects on the path every documented example uses. */
  inspect(idOrName: string): Promise<ApiResult<Record<string, unknown>>> {
    return this.call('inspectNetworkByInspectPath', { networkId: idOrName });
  }

  async listNames(): Promise<string[]> {
    const list = await this.call('listNetworks');
    return this.expectOk(list, 'listing networks').map((n) => n.Name);
  }
}

const MEANING_TEXT: Record<Meaning, string> = {
  alreadyExists: 'already exists',
  notFound: 'not found',
  noSuchContainer: 'No such container',
  ambiguous: 'is ambiguous',
  activeEndpoints: 'has active endpoints',
  predefined: 'pre-defined network cannot be removed',
  notConnected: 'is not connected to',
  invalidName: 'invalid name',
};

function describeExchange(e: Exchange | undefined): string {
  if (!e) return '';
  const sent = `sent: ${e.request.method} ${e.request.url}${e.request.body ? ` ${snippet(e.request.body)}` : ''}`;
  const got = e.response ? `received: HTTP ${e.response.status} ${snippet(e.response.body ?? '')}` : `received: nothing (${e.error ?? 'no answer'})`;
  return `\n${sent}\n${got}`;
}

export function defineSuite(suite: SuiteDef) {
  const byId = new Map(suite.checks.map((c) => [c.id, c]));
  const registered = new Set<string>();

  function check(id: string, body: (t: CheckScope) => Promise<void>): void {
    const def = byId.get(id);
    if (!def) throw new Error(`check ${id} is not in the ${suite.name} catalogue`);
    registered.add(id);
    test(`${def.id} ${def.requirement}`, async (vctx) => {
      const ctx = suiteContext();
      const started = performance.now();
      const transcript: Exchange[] = [];
      const t = new CheckScope(ctx, def);
      ctx.warnings = [];
      ctx.notes = [];
      ctx.transport.onExchange = (e) => {
        transcript.push(e);
        t.lastExchange = e;
      };
      const result: CheckResult = {
        id: def.id,
        suite: suite.name,
        level: def.level,
        requirement: def.requirement,
        operations: def.operations,
        status: 'pass',
        durationMs: 0,
        transcript,
      };
      let thrown: unknown;
      // The exchange in flight when the check stopped: cleanups add exchanges of their own after it.
      let lastBeforeCleanup: Exchange | undefined;
      try {
        for (const need of def.needs ?? []) {
          const reason = NEED_REASONS[need](ctx);
          if (reason) t.skip(reason);
        }
        await body(t);
      } catch (err) {
        thrown = err;
      } finally {
        lastBeforeCleanup = t.lastExchange;
        for (const fn of t.cleanups.reverse()) await fn().catch(() => undefined);
        ctx.transport.onExchange = undefined;
      }
      classify(result, thrown, t, ctx, lastBeforeCleanup);
      result.durationMs = Math.round(performance.now() - started);
      t.observations.push(...ctx.notes);
      if (t.observations.length) result.observations = t.observations;
      // Redacted here with what this worker learned, and again by the runner with everything the run learned.
      const redactor = ctx.transport.redactor;
      const reported = redactor.deep(result);
      vctx.task.meta.check = reported;
      vctx.task.meta.secrets = redactor.secrets();
      if (reported.status === 'skip') vctx.skip(reported.reason);
      if (reported.status === 'fail' || reported.status === 'error') throw new Error(`${def.id} ${def.requirement}\n${reported.reason}`);
    });
  }

  afterAll(() => {
    const missing = suite.checks.filter((c) => !registered.has(c.id)).map((c) => c.id);
    if (missing.length) throw new Error(`catalogue entries without a check in ${suite.name}: ${missing.join(', ')}`);
  });

  return { check };
}

function classify(result: CheckResult, thrown: unknown, t: CheckScope, ctx: SuiteContext, last: Exchange | undefined): void {
  const def = t.def;
  const warnings = ctx.warnings;
  if (thrown instanceof SkipSignal) {
    result.status = 'skip';
    result.reason = thrown.message;
    return;
  }
  let failure: string | undefined;
  let exchange: Exchange | undefined;
  if (thrown instanceof ConformanceFailure) {
    failure = thrown.message;
    exchange = thrown.exchange ?? last;
  } else if (thrown instanceof TransportError) {
    failure = `the target did not answer properly: ${thrown.message}`;
    exchange = last;
  } else if (thrown !== undefined) {
    result.status = 'error';
    result.reason = `the check itself failed (a bug in cs-conformance, please report it): ${(thrown as Error)?.message ?? String(thrown)}`;
    return;
  }
  if (ctx.target.strict && warnings.length && !failure) {
    failure = `--strict: ${warnings.join('; ')}`;
    exchange = last;
  } else if (warnings.length) {
    result.warning = warnings.join('; ');
  }
  if (!failure) return;
  const message = `${failure}${describeExchange(exchange)}`;
  if (def.level === 'INFO') {
    t.observe(`could not record: ${failure}`);
    return;
  }
  if (def.level === 'SHOULD' && !ctx.target.strict) {
    result.warning = [failure, result.warning].filter(Boolean).join('; ');
    return;
  }
  result.status = 'fail';
  result.reason = message;
  if (exchange) result.curl = curlFor(exchange, ctx.target.insecure);
}
