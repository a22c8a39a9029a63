import fc from 'fast-check';
import type { CreateNetworkResponse, Network } from '../generated/types.gen.ts';
import type { Exchange } from '../reporters/model.ts';
import { ConformanceFailure, snippet, type ApiResult, type CallOptions, type OperationId, type SuccessBody } from '../runner/api.ts';
import { removeOwnNetwork } from '../runner/ownership.ts';
import { TransportError } from '../runner/transport.ts';
import { Attribution, described, ownedBy, shows, tag } from './lib/attribution.ts';
import { defineSuite, type CheckScope, type ScratchNetwork } from './lib/check.ts';
import * as gen from './lib/generate.ts';
import type { GenRequest } from './lib/generate.ts';
import catalogue from './negative.checks.ts';


const { check } = defineSuite(catalogue);

// --- The budget -------------------------------------------------------------------------------------------------

/** Relative shares of --budget; the properties with the widest input spaces get the most. */
const WEIGHTS: Record<string, number> = {
  'NEG-001': 3, 'NEG-002': 4, 'NEG-003': 5, 'NEG-004': 3, 'NEG-005': 2, 'NEG-006': 2, 'NEG-007': 3, 'NEG-008': 3, 'NEG-009': 5,
};
/** Never run against the Prism mock, whose share goes to the spare. */
const NOT_ON_MOCK = new Set(['NEG-005', 'NEG-006']);

/**
 * Every generated request counts against --budget, shrinking included. A fifth is kept back (plus what a failing
 * property did not use) so that a failure can still be shrunk; the rest is shared out by weight, largest remainder.
 */
class Budget {
  readonly total: number;
  readonly shares = new Map<string, number>();
  spent = 0;
  bookkeeping = 0;
  #ahead: number;

  constructor(total: number, mock: boolean) {
    this.total = total;
    const ids = Object.keys(WEIGHTS).filter((id) => !(mock && NOT_ON_MOCK.has(id)));
    const pool = total - Math.floor(total / 5);
    const weight = ids.reduce((s, id) => s + WEIGHTS[id], 0);
    const exact = ids.map((id, i) => ({ id, i, x: (pool * WEIGHTS[id]) / weight }));
    for (const e of exact) this.shares.set(e.id, Math.floor(e.x));
    let left = pool - [...this.shares.values()].reduce((s, n) => s + n, 0);
    for (const e of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.i - b.i)) {
      if (left-- <= 0) break;
      this.shares.set(e.id, this.shares.get(e.id)! + 1);
    }
    this.#ahead = pool;
  }

  /** The runs of a property that starts now; from here on the rest of its share is no longer promised to it. */
  start(id: string): number {
    const share = this.shares.get(id) ?? 0;
    this.#ahead -= share;
    return share;
  }

  /** Requests free for shrinking: what no property still to run has been promised. */
  get spare(): number {
    return this.total - this.spent - this.#ahead;
  }
}

let budget: Budget | undefined;
const planOf = (t: CheckScope): Budget => (budget ??= new Budget(t.ctx.target.budget, t.mock));

// --- What NEG-010 reports -----------------------------------------------------------------------------------------

interface Seen {
  accepted: boolean;
  label: string;
  answer: string;
}
const seen = { names: [] as (Seen & { name: string })[], types: [] as Seen[], contentTypes: [] as Seen[], refusals: new Map<string, number>(), runs: new Map<string, string>() };

const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

function answerOf(r: ApiResult): string {
  if (r.ok) return `HTTP ${r.status}`;
  if (r.envelope) return `HTTP ${r.status} envelope ${snippet(r.envelope.message, 90)}`;
  return `HTTP ${r.status} ${snippet(JSON.stringify(r.body), 90)}`;
}

function tally(r: ApiResult): void {
  if (r.ok) return;
  const key = `HTTP ${r.status} ${r.envelope ? 'with the envelope' : 'plain JSON'}`;
  seen.refusals.set(key, (seen.refusals.get(key) ?? 0) + 1);
}

// --- The property runner ------------------------------------------------------------------------------------------

const isTargetFailure = (e: unknown): e is ConformanceFailure | TransportError => e instanceof ConformanceFailure || e instanceof TransportError;

/**
 * Runs one property with the check's share of --budget, seeded by --seed. A run fails by throwing a ConformanceFailure
 * (or the API layer's TransportError), which fast-check shrinks; the check then fails with the shrunk input, how to
 * replay it, and the exchange of the last failing run — which is the shrunk counterexample's own. `canonical` inputs
 * take the first runs, so that the textbook case is sent whatever the seed, even with a small --budget.
 */
async function property<T>(t: CheckScope, arb: fc.Arbitrary<T>, run: (input: T, exploring: boolean) => Promise<void>, canonical: T[] = []): Promise<void> {
  const plan = planOf(t);
  const share = plan.start(t.def.id);
  if (share === 0) t.skip(`--budget ${plan.total} leaves this property no generated request (raise --budget)`);
  const target = t.ctx.target;
  // One seed per property, derived from --seed, so that properties built alike do not draw alike.
  const seed = (target.seed + 7919 * Number(t.def.id.replace(/\D/g, ''))) % 2 ** 31;
  let failing = false;
  let cut = false;
  let bug: unknown;
  let last: { error: unknown; exchange?: Exchange } | undefined;
  let sent = 0;
  const details = await fc.check<[T]>(
    fc.asyncProperty(arb, async (input) => {
      if (bug !== undefined) fc.pre(false);
      if (failing && plan.spare <= 0) {
        cut = true;
        fc.pre(false);
      }
      plan.spent++;
      sent++;
      t.lastExchange = undefined;
      try {
        await run(input, !failing);
      } catch (error) {
        if (!isTargetFailure(error)) bug = error;
        failing = true;
        last = { error, exchange: (error instanceof ConformanceFailure ? error.exchange : undefined) ?? t.lastExchange };
        throw error;
      }
    }),
    // The wrapper's test timeout is 30 request timeouts: stop generating well before it.
    { seed, numRuns: share, examples: canonical.map((c): [T] => [c]), plugins: [fc.interruptAfterTimeLimit(target.timeoutMs * 20)] },
  );
  seen.runs.set(t.def.id, `${t.def.id}: ${sent} generated request(s), share ${share}${details.failed ? ', failed' : ''}`);
  if (bug !== undefined) throw bug;
  if (!details.failed) {
    if (details.interrupted) t.observe(`stopped after ${details.numRuns} of ${share} runs: the time limit of ${(target.timeoutMs * 20) / 1000} s was reached`);
    return;
  }
  if (details.counterexample === null || !last) throw new Error(`fast-check gave up without a counterexample after ${details.numRuns} runs (${details.numSkips} skipped)`);
  const [input] = details.counterexample;
  const cause = last.error instanceof TransportError ? `the target did not answer properly: ${last.error.message}` : (last.error as Error).message;
  let shown = gen.visibleJson(input);
  if (shown.length > 6000) shown = `${shown.slice(0, 6000)}… (${shown.length} characters)`;
  t.fail(
    [
      cause,
      `shrunk counterexample (${details.numShrinks} shrink(s)${cut ? ', stopped early: --budget spent' : ''}): ${shown}`,
      `found at run ${details.numRuns} of ${share}; replay: cs-conformance run --suite negative --seed ${target.seed} --budget ${plan.total} against the same target (fast-check seed ${details.seed}, path "${details.counterexamplePath}")`,
    ].join('\n'),
    last.exchange,
  );
}

// --- Requests and state -----------------------------------------------------------------------------------------

function send<Op extends OperationId>(t: CheckScope, req: GenRequest<Op>): Promise<ApiResult<SuccessBody<Op>>> {
  if (req.op === 'createNetwork') {
    if (req.raw) gen.assertHarmlessText(req.raw.text);
    else gen.assertHarmless(req.body);
  }
  const opts: CallOptions<Op> = { allowPlainJsonError: true };
  if (req.networkId !== undefined) opts.networkId = req.networkId;
  if (req.raw) opts.rawBody = req.raw;
  else if (req.body !== undefined) opts.bodyOutsideSpec = req.body;
  return t.call(req.op, opts);
}

function refused(t: CheckScope, r: ApiResult, what: string): void {
  if (r.ok) t.fail(`expected ${what} to be refused with the error envelope or a 4xx JSON error; got HTTP ${r.status} ${snippet(JSON.stringify(r.body))}`, r.exchange);
}

/**
 * The check's creates on a stateful target: their fingerprints (suites/lib/attribution.ts), the networks accepted
 * creates made, and the final look that those are gone. Only what a request provably made is ever looked at.
 */
class Creates {
  readonly t: CheckScope;
  readonly attribution: Attribution;
  readonly accepted = new Set<string>();

  constructor(t: CheckScope, attribution: Attribution) {
    this.t = t;
    this.attribution = attribution;
  }

  /** Fails when a network an accepted request created is still listed after its removal answered success. */
  async finalCheck(): Promise<void> {
    if (!this.accepted.size) return;
    const left = (await this.attribution.list()).all.filter((n) => this.accepted.has(n.Id));
    if (left.length) this.t.fail(`removal answered success, but ${described(left)} ${left.length > 1 ? 'are' : 'is'} still listed`);
  }
}

let oddInspections = 0;

interface CreateCase {
  req: GenRequest<'createNetwork'>;
  /** What the requirement says of this input: refused, or either answer. */
  mustRefuse: boolean;
  /** The name sent, when the body carries a usable one. */
  name?: string;
}

/** One generated create and every consequence the requirement demands; `nets` is undefined on the stateless mock. */
async function createOnce(t: CheckScope, nets: Creates | undefined, c: CreateCase): Promise<ApiResult<CreateNetworkResponse>> {
  const tagged = nets && c.req.body !== undefined ? tag(c.req.body, nets.attribution.nextLabel()) : undefined;
  const req: GenRequest<'createNetwork'> = tagged ? { ...c.req, body: tagged.body } : c.req;
  const print = { ...tagged?.print, name: tagged?.print.name ?? c.name };
  const r = await send(t, req);
  tally(r);
  if (!nets) return r;
  if (!r.ok) {
    const { made, unproven } = await nets.attribution.afterRefused(print, () => send(t, req));
    if (made.length) t.fail(`the create was refused (${answerOf(r)}) but it made ${described(made)} (the check removes them)`, r.exchange);
    if (unproven.length) t.fail(`the create was refused (${answerOf(r)}) but a new network appeared each time it was sent: ${described(unproven)} (no name or label of the suite's: left in place)`, r.exchange);
    return r;
  }
  const id = r.body.Id;
  // The network goes at once, whatever the checks below find: a shrink must not inherit this run's network.
  let failure: unknown;
  try {
    if (c.mustRefuse) refused(t, r, 'the create');
    const { all } = await nets.attribution.list();
    const own = all.find((n) => n.Id === id);
    if (!own) t.fail(`the create answered Id ${id}, which is not listed`, r.exchange);
    const others = all.filter((n) => n.Id !== id && shows(n, print));
    for (const n of others) t.removeAtEnd(ownedBy(n, print));
    if (others.length) t.fail(`the create made more than its own network: ${described(others)}`, r.exchange);
    nets.accepted.add(id);
    if (c.name !== undefined) {
      if (own!.Name !== c.name) t.fail(`network ${id} is listed as ${gen.visibleJson(own!.Name)}, not as the name sent, ${gen.visibleJson(c.name)}`, r.exchange);
      await inspectByName(t, id, c.name);
    }
  } catch (err) {
    failure = err;
  }
  planOf(t).bookkeeping += 2;
  const removal = await removeOwnNetwork(t.ctx.api, { id, name: c.name, proof: 'create' }, { runPrefix: t.name('') });
  if (failure !== undefined) throw failure;
  // Gone before the DELETE: another client (a prune) took it; nothing to say about the target.
  if (removal.outcome === 'gone') nets.accepted.delete(id);
  if (removal.outcome === 'left') {
    t.removeAtEnd({ id, name: c.name, proof: 'create' });
    t.fail(`the network the create made (${id}) could not be removed: ${removal.reason}`, t.lastExchange);
  }
  return r;
}

async function inspectByName(t: CheckScope, id: string, name: string): Promise<void> {
  planOf(t).bookkeeping++;
  const byName = await t.call('inspectNetworkByInspectPath', { networkId: name, allowPlainJsonError: true });
  if (byName.ok && byName.body.Id === id) return;
  if (byName.ok) t.fail(`inspecting ${gen.visibleJson(name)} by name answered another network, ${byName.body.Id}, not ${id}`, byName.exchange);
  if (!gen.ODD_IN_PATH.test(name)) t.fail(`the network created as ${gen.visibleJson(name)} (${id}) is not inspectable by its URL-encoded name: ${answerOf(byName)}`, byName.exchange);
  planOf(t).bookkeeping++;
  const byId = await t.call('inspectNetworkByInspectPath', { networkId: id, allowPlainJsonError: true });
  if (!byId.ok || byId.body.Id !== id) t.fail(`the network created as ${gen.visibleJson(name)} (${id}) is not inspectable by name nor by Id: ${answerOf(byId)}`, byId.exchange);
  if (++oddInspections <= 5) t.observe(`${gen.visibleJson(name)}: inspect by name answered ${answerOf(byName)}; inspected by Id instead`);
}

/** The check's network bookkeeping on a stateful target, with the networks already there taken as seen. */
async function tracked(t: CheckScope): Promise<Creates | undefined> {
  if (t.mock) return undefined;
  return new Creates(t, await Attribution.start(t, () => planOf(t).bookkeeping++));
}

/** The generated client sends an empty body as no body at all, without a Content-Type: the counterexample says so. */
const noBody = (text: string, contentType: string): string => (text === '' ? '' : contentType);

const token = fc.stringMatching(/^[a-z0-9]{4,8}$/);
const ABSENT = Symbol('absent');
/** An object without the keys whose value is ABSENT (JSON.stringify drops symbols, so counterexamples agree). */
const present = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ABSENT));

function recordName(name: string, prefix: string, r: ApiResult): void {
  const suffix = name.slice(prefix.length);
  const features = [
    /\//.test(suffix) && "'/'",
    /\\/.test(suffix) && "'\\'",
    /%/.test(suffix) && "'%'",
    /\.\./.test(suffix) && "'..'",
    /[\u0000-\u001f\u007f]/.test(suffix) && 'control characters',
    /[^\u0000-\u007f]/.test(suffix) && 'non-ASCII',
    /[ \t]/.test(suffix) && 'spaces',
    name.length >= 300 && '300+ characters',
  ].filter((f): f is string => Boolean(f));
  seen.names.push({ name, accepted: r.ok, label: features.join(', ') || 'other printable ASCII', answer: answerOf(r) });
}

// --- Create -----------------------------------------------------------------------------------------------------

const createSlots = (): gen.Slot[] => gen.slotsOf(gen.requestSchema('CreateNetworkRequest'));

/** Fields a create may carry beside a bad name: valid, harmless values. */
const extras = fc.record(
  {
    check_duplicate: fc.boolean(),
    driver: fc.constant('bridge'),
    internal: fc.boolean(),
    labels: fc.dictionary(fc.stringMatching(gen.SAFE_KEY), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
    options: fc.dictionary(fc.stringMatching(gen.SAFE_KEY), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

check('NEG-001', async (t) => {
  const nameSlot = createSlots().find((s) => s.path.length === 1 && s.path[0] === 'name');
  if (!nameSlot) throw new Error('CreateNetworkRequest documents no name');
  const name = fc.oneof(
    fc.constant<unknown>(ABSENT),
    gen.wrongValue(nameSlot).map((w) => w.value),
    fc.constant(''),
    gen.blank,
  );
  const arb = fc.tuple(name, extras).map(([n, rest]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', body: present({ name: n, ...rest }) }));
  const nets = await tracked(t);
  // The spec's `required: [name]`, with nothing else.
  const missing: GenRequest<'createNetwork'> = { op: 'createNetwork', body: {} };
  await property(t, arb, async (req) => {
    await createOnce(t, nets, { req, mustRefuse: true });
  }, [missing]);
  await nets?.finalCheck();
});

check('NEG-002', async (t) => {
  const prefix = t.name('neg-type-');
  const slots = createSlots().filter((s) => s.path[0] !== 'name');
  const arb = fc.tuple(fc.oneof(...slots.map((s) => gen.wrongValue(s).map((w) => ({ slot: s, ...w })))), token).map(([w, tok]) => {
    const body = gen.setAt({ name: prefix + tok, check_duplicate: true }, w.slot.path, w.value);
    return { field: gen.slotName(w.slot.path), type: w.type, req: { op: 'createNetwork', body } satisfies GenRequest<'createNetwork'> };
  });
  const nets = await tracked(t);
  await property(t, arb, async (c, exploring) => {
    if (!gen.breaksSchema('CreateNetworkRequest', c.req.body)) throw new Error(`generator bug: ${JSON.stringify(c.req.body)} is valid`);
    const name = (c.req.body as { name: string }).name;
    const r = await createOnce(t, nets, { req: c.req, mustRefuse: false, name });
    if (exploring) seen.types.push({ accepted: r.ok, label: `${c.field} as ${c.type}`, answer: answerOf(r) });
  });
  await nets?.finalCheck();
});

check('NEG-003', async (t) => {
  const prefix = t.name('neg-name-');
  const arb = gen.unusualName(prefix).map((name): GenRequest<'createNetwork'> => ({ op: 'createNetwork', body: { name, check_duplicate: true } }));
  const nets = await tracked(t);
  await property(t, arb, async (req, exploring) => {
    const name = (req.body as { name: string }).name;
    const r = await createOnce(t, nets, { req, mustRefuse: false, name });
    if (exploring) recordName(name, prefix, r);
  });
  if (oddInspections > 5) t.observe(`${oddInspections - 5} more names were inspected by Id`);
  await nets?.finalCheck();
});

/**
 * A real engine looks a missing driver up as a legacy plugin, retrying for about 15 s before it answers "plugin not
 * found" (measured on Docker 20.10 through the docker reference target); shorter request timeouts would call that a
 * hang.
 */
const DRIVER_LOOKUP_MS = 20_000;

check('NEG-004', async (t) => {
  const prefix = t.name('neg-bad-');
  const ipam = gen.malformedIpam.map((bad): Record<string, unknown> => ({ ipam: bad }));
  const drivers = t.ctx.target.timeoutMs >= DRIVER_LOOKUP_MS;
  if (!drivers) t.observe(`unknown drivers not generated: the engine takes about 15 s to refuse one, more than --timeout ${t.ctx.target.timeoutMs} ms; run with --timeout ${DRIVER_LOOKUP_MS} to include them`);
  const bad = drivers ? fc.oneof({ arbitrary: ipam, weight: 3 }, { arbitrary: gen.unknownDriver.map((driver): Record<string, unknown> => ({ driver })), weight: 1 }) : ipam;
  const arb = fc
    .tuple(bad, token)
    .map(([b, tok]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', body: { name: prefix + tok, check_duplicate: true, ...b } }));
  const nets = await tracked(t);
  await property(t, arb, async (req) => {
    await createOnce(t, nets, { req, mustRefuse: true });
  });
  await nets?.finalCheck();
});

check('NEG-005', async (t) => {
  if (t.mock) t.skip('the Prism mock never answers a request whose body is not JSON');
  const valid = JSON.stringify({ name: t.name('neg-raw'), check_duplicate: true });
  const arb = fc
    .tuple(gen.notJsonObject(valid), fc.constantFrom('application/json', 'application/json; charset=utf-8'))
    .map(([text, contentType]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', raw: { text, contentType: noBody(text, contentType) } }));
  const nets = await tracked(t);
  await property(t, arb, async (req) => {
    await createOnce(t, nets, { req, mustRefuse: true });
  });
  await nets?.finalCheck();
});

check('NEG-006', async (t) => {
  // Prism does answer these, but with its own 415 around an example envelope whose code 400 differs from the status:
  // a SHOULD warning about the mock (a failure under --strict) that says nothing about a target.
  if (t.mock) t.skip('the Prism mock answers a wrong Content-Type with its own 415, not with anything a target would say');
  const prefix = t.name('neg-ct-');
  const arb = fc
    .tuple(token, fc.constantFrom('text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/xml'))
    .map(([tok, contentType]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', raw: { text: JSON.stringify({ name: prefix + tok, check_duplicate: true }), contentType } }));
  const nets = await tracked(t);
  await property(t, arb, async (req, exploring) => {
    const name = (JSON.parse(req.raw!.text) as { name: string }).name;
    const r = await createOnce(t, nets, { req, mustRefuse: false, name });
    if (exploring) seen.contentTypes.push({ accepted: r.ok, label: req.raw!.contentType, answer: answerOf(r) });
  });
  await nets?.finalCheck();
});

// --- Connect and disconnect -------------------------------------------------------------------------------------

/** The network connect and disconnect aim at: a scratch network of this run, or the documented fixture on the mock. */
async function scratch(t: CheckScope, purpose: string): Promise<ScratchNetwork> {
  if (t.mock) return { name: 'doc_test_network', id: 'doc_test_network' };
  planOf(t).bookkeeping++;
  return t.createNetwork(purpose);
}

/** Bodies that break ConnectRequest / DisconnectRequest, or name a container nobody has; text that is not JSON. */
function memberBodies(t: CheckScope, schema: 'ConnectRequest' | 'DisconnectRequest'): fc.Arbitrary<Pick<GenRequest, 'body' | 'raw'>> {
  const slots = gen.slotsOf(gen.requestSchema(schema)).filter((s) => s.path.length === 1);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const slot of slots) {
    const key = String(slot.path[0]);
    const wrong = gen.wrongValue(slot, true).map((w) => w.value);
    fields[key] =
      key === 'container'
        ? fc.oneof(fc.constant<unknown>(ABSENT), wrong, fc.constant(''), gen.blank, gen.oddName(t.name('neg-ctr-')))
        : fc.oneof(fc.constant<unknown>(ABSENT), ...slot.allowed.map((type) => gen.valueOfType(type)), wrong);
  }
  const json = fc.record(fields).map((b) => ({ body: present(b) }));
  if (t.mock) return json;
  const raw = fc
    .tuple(gen.notJsonObject(JSON.stringify({ container: t.name('neg-ctr-raw') })), fc.constantFrom('application/json', 'text/plain'))
    .map(([text, contentType]) => ({ raw: { text, contentType: noBody(text, contentType) } }));
  return fc.oneof({ arbitrary: json, weight: 4 }, { arbitrary: raw, weight: 1 });
}

async function membership(t: CheckScope, op: 'connectContainer' | 'disconnectContainer', schema: 'ConnectRequest' | 'DisconnectRequest'): Promise<void> {
  const net = await scratch(t, op === 'connectContainer' ? 'neg-scratch-connect' : 'neg-scratch-disconnect');
  if (!t.mock) planOf(t).bookkeeping++;
  const before = t.mock ? undefined : t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  const path = fc.oneof(fc.constantFrom(net.name, net.id), gen.unknownId(t.name('neg-404-'), false));
  const arb = fc.tuple(path, memberBodies(t, schema)).map(([networkId, b]): GenRequest => ({ op, networkId, ...b }));
  // The documented "No such container": a well-formed body naming a container nobody has, on an existing network.
  const unknown: GenRequest = { op, networkId: net.id, body: { container: t.name('neg-ctr-unknown') } };
  await property(t, arb, async (req) => {
    const r = await send(t, req);
    tally(r);
    if (!t.mock) refused(t, r, `the ${op === 'connectContainer' ? 'connect' : 'disconnect'}`);
  }, [unknown]);
  if (!before) return;
  // What a refused connect or disconnect could change is its network: the check's own, looked at by Id.
  planOf(t).bookkeeping++;
  const after = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  const keys = (n: Network) => JSON.stringify(Object.keys(n.Containers ?? {}).sort());
  t.expect(keys(after) === keys(before), `the Containers of ${net.name} unchanged (${keys(before)})`, keys(after));
}

check('NEG-007', async (t) => {
  await membership(t, 'connectContainer', 'ConnectRequest');
});

check('NEG-008', async (t) => {
  await membership(t, 'disconnectContainer', 'DisconnectRequest');
});

// --- Unknown ids ------------------------------------------------------------------------------------------------

check('NEG-009', async (t) => {
  const prefix = t.name('neg-404-');
  const container = t.name('neg-ctr-404');
  const id = gen.unknownId(prefix, false);
  const arb = fc.oneof(
    id.map((networkId): GenRequest => ({ op: 'inspectNetworkByInspectPath', networkId })),
    id.map((networkId): GenRequest => ({ op: 'inspectNetwork', networkId })),
    gen.unknownId(prefix, true).map((networkId): GenRequest => ({ op: 'removeNetwork', networkId })),
    id.map((networkId): GenRequest => ({ op: 'connectContainer', networkId, body: { container } })),
    id.map((networkId): GenRequest => ({ op: 'disconnectContainer', networkId, body: { container } })),
  );
  // What a refused remove could wrongly take is a network whose name is close to the ids sent: the check's own
  // sentinel, named under the same prefix (others' networks are never looked at: they come and go).
  const sentinel = t.mock ? undefined : await scratch(t, 'neg-404-sentinel');
  await property(t, arb, async (req) => {
    const r = await send(t, req);
    tally(r);
    if (!t.mock) refused(t, r, `${req.op} of an unknown network`);
  });
  if (!sentinel) return;
  planOf(t).bookkeeping++;
  const still = await t.call('inspectNetworkByInspectPath', { networkId: sentinel.id, allowPlainJsonError: true });
  t.expect(still.ok && still.body.Id === sentinel.id, `the check's own ${sentinel.name} still there after the refused requests`, `inspect answered HTTP ${still.status}`, still.exchange);
});

// --- What was accepted ------------------------------------------------------------------------------------------

function summary(items: Seen[], what: string): string {
  if (!items.length) return `${what}: none generated`;
  const group = (accepted: boolean) => {
    const by = new Map<string, string[]>();
    for (const i of items.filter((x) => x.accepted === accepted)) by.set(i.label, [...(by.get(i.label) ?? []), i.answer]);
    return [...by].map(([label, answers]) => (accepted ? `${label} ×${answers.length}` : `${label} ×${answers.length} (${answers[0]})`)).join('; ');
  };
  const accepted = items.filter((i) => i.accepted).length;
  return `${what}: ${accepted} of ${items.length} accepted${accepted ? ` — ${group(true)}` : ''}${accepted < items.length ? `; refused — ${group(false)}` : ''}`;
}

check('NEG-010', async (t) => {
  const plan = planOf(t);
  const names = seen.names.filter((n) => n.accepted);
  const longest = names.reduce((m, n) => Math.max(m, n.name.length), 0);
  t.observe(summary(seen.names, 'unusual names') + (longest ? `; longest accepted: ${longest} characters` : ''));
  for (const n of names.slice(0, 3)) t.observe(`accepted name (${n.label}): ${shorten(gen.visibleJson(n.name), 120)}`);
  t.observe(summary(seen.types, 'wrong JSON types'));
  t.observe(summary(seen.contentTypes, 'wrong Content-Types'));
  t.observe(`refusals: ${[...seen.refusals].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`);
  t.observe(`generated requests: ${plan.spent} of --budget ${plan.total} (seed ${t.ctx.target.seed}); bookkeeping requests (list, inspect, remove, scratch): ${plan.bookkeeping}`);
  for (const line of seen.runs.values()) t.observe(line);
});
