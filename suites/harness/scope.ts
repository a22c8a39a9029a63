// One check's scope: created for each check when it starts and passed to its body. It owns everything of that check
// alone — the exchanges its calls made (the transport reports each to the scope of the call), its warnings and
// observations, the cleanups it registered — so checks can run side by side on one worker without seeing each
// other. It is also the check's vocabulary: calls, assertions that fail with what was sent and what came back,
// and scratch networks removed when the check ends. Every request of the check carries its signal, so that a check
// cut short sends nothing more (harness/deadline.ts); its end still removes what it created.
import type { Exchange } from '../../reporters/model.ts';
import { ConformanceFailure, snippet, type Api, type ApiResult, type CallOptions, type CallRecorder, type OperationId, type SuccessBody } from '../../wire/api.ts';
import { hasMeaning, type Meaning } from '../../contract/docker-py.ts';
import { removeOwnNetwork, type OwnedNetwork, type Removal } from '../../wire/ownership.ts';
import { STEP_RULES, type Departure } from '../../contract/departure.ts';
import type { CheckDeclaration } from '../catalogue/declaration.ts';
import { createdDespite } from './created-despite.ts';
import type { CheckDeadline } from './deadline.ts';
import type { Fixture, RunFixtures } from './fixtures.ts';
import type { ProvidedTarget } from './types.ts';
import { resourceName, type Worker } from './worker.ts';

export class SkipSignal extends Error {}

/** A SHOULD-level departure the check saw: signed by the API layer (an inferred rule), or the check's own t.warn. */
export interface ScopeWarning {
  message: string;
  departure?: Departure;
  exchange?: Exchange;
}

/** A network this run created, removed when the check that created it ends. */
export interface ScratchNetwork {
  name: string;
  id: string;
}

export class CheckScope {
  readonly declaration: CheckDeclaration;
  readonly worker: Worker;
  readonly transcript: Exchange[] = [];
  readonly warnings: ScopeWarning[] = [];
  readonly observations: string[] = [];
  /** What the check registered to undo when it ends, in order (run last first). */
  readonly cleanups: (() => Promise<unknown>)[] = [];
  /** The networks of its own the check removes when it ends, after the cleanups. */
  readonly removals: OwnedNetwork[] = [];
  /**
   * Every Id this check's creates answered, whatever became of the network: handed to the runner with the result,
   * so that the run's final sweep removes any still there by that Id, without an inspect (wire/ownership.ts).
   */
  readonly created = new Set<string>();
  /** The latest exchange of this check: what a failure shows when it names none. */
  lastExchange?: Exchange;
  /** Reports this check's calls back here (exchanges, SHOULD warnings, a renewed session). */
  readonly recorder: CallRecorder;
  readonly #fixtures: RunFixtures;
  readonly #deadline: CheckDeadline;
  /** Whether the check asked to connect anything: only then may the user's container be on one of its networks. */
  #connects = false;

  constructor(declaration: CheckDeclaration, worker: Worker, fixtures: RunFixtures, deadline: CheckDeadline) {
    this.declaration = declaration;
    this.worker = worker;
    this.#fixtures = fixtures;
    this.#deadline = deadline;
    this.recorder = {
      record: (e) => {
        this.transcript.push(e);
        this.lastExchange = e;
      },
      warning: (message, departure) => this.warnings.push({ message, departure, exchange: departure?.exchange }),
      notice: (m) => this.observations.push(m),
    };
  }

  get id(): string {
    return this.declaration.id;
  }

  /** Aborted once the check is cut short (its deadline passed, or the run stopped): its requests are then refused. */
  get signal(): AbortSignal {
    return this.#deadline.signal;
  }

  get target(): ProvidedTarget {
    return this.worker.target;
  }

  get mock(): boolean {
    return this.target.mock;
  }

  /** The user's container; on the mock, the documentation's fixture `dtest`. */
  get container(): string | undefined {
    return this.target.container ?? (this.mock ? 'dtest' : undefined);
  }

  call<Op extends OperationId>(operationId: Op, opts: CallOptions<Op> = {}): Promise<ApiResult<SuccessBody<Op>>> {
    return this.callWith(this.worker.api, operationId, opts);
  }

  /** A call on another session's API (the session suite's second logins), reported to this check all the same. */
  async callWith<Op extends OperationId>(api: Api, operationId: Op, opts: CallOptions<Op> = {}): Promise<ApiResult<SuccessBody<Op>>> {
    if (operationId === 'connectContainer') this.#connects = true;
    const signal = this.#deadline.requestSignal();
    const send = () => api.call(operationId, { ...opts, recorder: this.recorder, signal });
    if (operationId !== 'createNetwork') return send();
    let result: ApiResult<SuccessBody<Op>>;
    try {
      // The run's own networks may hold every address pool of the engine for a moment (harness/room.ts).
      result = await this.worker.room.withRoom(send, (r) => Boolean(r.envelope && hasMeaning(r.envelope, 'poolsExhausted')));
    } catch (err) {
      // A create whose answer broke the spec may have made the network all the same: it goes when the check ends.
      const made = createdDespite(err);
      if (made) {
        this.#made(made.id);
        this.removeAtEnd({ ...made, proof: 'create' });
      }
      throw err;
    }
    const id = result.ok ? (result.body as { Id?: unknown } | null)?.Id : undefined;
    if (typeof id === 'string' && id) this.#made(id);
    return result;
  }

  /** A network the check's create made: the final sweep and the run's room for networks know it. */
  #made(id: string): void {
    this.created.add(id);
    this.worker.room.created(id);
  }

  /** The run's value of a fixture several checks share (built by the first check that asks). */
  fixture<T>(fixture: Fixture<T, CheckScope>): Promise<T> {
    return this.#fixtures.get(fixture, this);
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
  required<T>(value: T | undefined | null, expected: string, actual: string, exchange?: Exchange): T {
    if (value === undefined || value === null) this.fail(`expected ${expected}; got ${actual}`, exchange);
    return value;
  }

  observe(note: string): void {
    this.observations.push(note);
  }

  /** A SHOULD-level departure of the check's own (its verdict signs it with the check and the exchange's operation). */
  warn(message: string, exchange?: Exchange): void {
    this.warnings.push({ message, exchange: exchange ?? this.lastExchange });
  }

  /** A name under this run's prefix, cs-conformance-<run id>-<purpose>. */
  name(purpose: string): string {
    return resourceName(this.target.runId, purpose);
  }

  onCleanup(fn: () => Promise<unknown>): void {
    this.cleanups.push(fn);
  }

  /**
   * A documented success, or a failure that says what was sent and what came back. A step of an operation the check's
   * requirement is not about (the create that sets up a connect test) is signed by that operation and status alone:
   * the same refusal seen by many checks is one root cause, which blocks them (harness/verdict.ts).
   */
  expectOk<T>(result: ApiResult<T>, what: string): T {
    if (result.ok) return result.body;
    const message = `expected ${what} to succeed; got HTTP ${result.status} ${snippet(JSON.stringify(result.body))}`;
    if (this.declaration.operations.includes(result.operationId)) this.fail(message, result.exchange);
    const signature = { operationId: result.operationId, rule: 'setup', status: result.status };
    throw new ConformanceFailure(message, result.exchange, { signature, message, requirement: STEP_RULES.setup.text, evidence: STEP_RULES.setup.evidence, exchange: result.exchange });
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
   * Removes a network of the check's own when the check ends, once its proof holds (wire/ownership.ts: the full Id
   * its create answered, or an inspect that confirms the name or label); one that cannot be confirmed or removed is
   * left in place and said so in the report.
   */
  removeAtEnd(net: OwnedNetwork): void {
    this.removals.push(net);
  }

  /**
   * Runs the cleanups (last registered first), then removes the check's networks (side by side when allowed), also
   * after the check was cut short (harness/deadline.ts), and those its body registers meanwhile.
   */
  end(): Promise<void> {
    return this.#deadline.ending(async () => {
      for (const cleanup of [...this.cleanups].reverse()) await cleanup().catch(() => undefined);
      // A check that never asked to connect leaves the container alone: a target that connected it anyway keeps the
      // network from going, which the removal reports, and the run's final sweep (which does disconnect) removes it.
      const container = this.#connects ? this.container : undefined;
      // Round after round: a body cut short may still register networks while this runs.
      for (let done = 0; done < this.removals.length; ) {
        const nets = this.removals.slice(done).reverse();
        done = this.removals.length;
        await this.inParallel(
          nets.map((net) => async () => {
            // The user's container may be joined to several of the run's networks at once (one per check running): a
            // container joins any number of networks, and each removal disconnects it from that network only.
            const removal = await this.removeOwn(net, container);
            if (removal.outcome === 'left') this.observe(removal.reason);
          }),
        );
      }
    });
  }

  /**
   * Removes a network of the check's own now, once its proof holds (wire/ownership.ts), disconnecting `container`
   * from it first when given; never throws.
   */
  async removeOwn(net: OwnedNetwork, container: string | undefined): Promise<Removal> {
    const signal = this.#deadline.requestSignal();
    const removal = await removeOwnNetwork(this.worker.api, net, { runPrefix: this.name(''), container, recorder: this.recorder, signal });
    if (removal.outcome !== 'left') this.worker.room.removed(net.id);
    return removal;
  }

  /**
   * Runs independent steps side by side when the run runs checks side by side (--concurrency above 1), and one after
   * another, in order, at --concurrency 1 (one request at a time). Every step ends before this does, so a step's
   * network is registered for removal before the check ends; the first failure is then thrown.
   */
  async inParallel<T>(steps: (() => Promise<T>)[]): Promise<T[]> {
    const settled: PromiseSettledResult<T>[] = [];
    if (this.target.concurrency > 1) settled.push(...(await Promise.allSettled(steps.map((step) => step()))));
    else for (const step of steps) settled.push(await step().then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason })));
    const values: T[] = [];
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason;
      values.push(s.value);
    }
    return values;
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
  poolsExhausted: 'could not find an available, non-overlapping IPv4 address pool',
};
