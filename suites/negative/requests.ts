// The negative checks' requests and the networks they may make: sending a generated request (harmless by
// construction), and, on a stateful target, the fingerprints of each create (shared-nas/attribution.ts), every consequence
// a create's answer demands, and the final look that what accepted creates made is gone. Only what a request
// provably made is ever looked at.
import type { CreateNetworkResponse } from '../../generated/types.gen.ts';
import { snippet, type ApiResult, type CallOptions, type OperationId, type SuccessBody } from '../../wire/api.ts';
import { Attribution, described, ownedBy, shows, tag } from '../shared-nas/attribution.ts';
import * as gen from './generate.ts';
import { ODD_IN_PATH } from './names.ts';
import type { GenRequest } from './generate.ts';
import { answerOf } from './findings.ts';
import type { NegativeCheck } from './property.ts';
import { createdDespite } from '../harness/created-despite.ts';
import type { CheckScope, ScratchNetwork } from '../harness/scope.ts';

/** Inspections by Id instead of by name that one check notes, at most. */
const ODD_NOTED = 5;

export function send<Op extends OperationId>(t: CheckScope, req: GenRequest<Op>): Promise<ApiResult<SuccessBody<Op>>> {
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

/** Fails unless the answer refuses: the envelope or a 4xx JSON error. */
export function expectRefused(t: CheckScope, r: ApiResult, what: string): void {
  if (r.ok) t.fail(`expected ${what} to be refused with the error envelope or a 4xx JSON error; got HTTP ${r.status} ${snippet(JSON.stringify(r.body))}`, r.exchange);
}

/** The check's creates on a stateful target: their attribution, and the networks accepted creates made. */
export class Creates {
  readonly n: NegativeCheck;
  readonly attribution: Attribution;
  readonly accepted = new Set<string>();

  private constructor(n: NegativeCheck, attribution: Attribution) {
    this.n = n;
    this.attribution = attribution;
  }

  /** The check's bookkeeping on a stateful target, with the networks already there taken as seen; undefined on the mock. */
  static async start(n: NegativeCheck): Promise<Creates | undefined> {
    if (n.t.mock) return undefined;
    return new Creates(n, await Attribution.start(n.t, () => n.budget.bookkeeping++));
  }

  /** Fails when a network an accepted request created is still listed after its removal answered success. */
  async finalCheck(): Promise<void> {
    if (!this.accepted.size) return;
    const left = (await this.attribution.list()).all.filter((net) => this.accepted.has(net.Id));
    if (left.length) this.n.t.fail(`removal answered success, but ${described(left)} ${left.length > 1 ? 'are' : 'is'} still listed`);
  }
}

export interface CreateCase {
  req: GenRequest<'createNetwork'>;
  /** What the requirement says of this input: refused, or either answer. */
  mustRefuse: boolean;
  /** The name sent, when the body carries a usable one. */
  name?: string;
}

/** One generated create and every consequence the requirement demands; `nets` is undefined on the stateless mock. */
export async function createOnce(n: NegativeCheck, nets: Creates | undefined, c: CreateCase): Promise<ApiResult<CreateNetworkResponse>> {
  const { t } = n;
  const tagged = nets && c.req.body !== undefined ? tag(c.req.body, nets.attribution.nextLabel()) : undefined;
  const req: GenRequest<'createNetwork'> = tagged ? { ...c.req, body: tagged.body } : c.req;
  const print = { ...tagged?.print, name: tagged?.print.name ?? c.name };
  const r = await send(t, req).catch(async (err: unknown) => {
    // A create whose answer broke the spec may have made its network: it goes at once, so that a shrink sends the
    // same request to a target in the same state (and fails the same way).
    const made = nets ? createdDespite(err) : undefined;
    if (made) await t.removeOwn({ ...made, proof: 'create' }, undefined);
    throw err;
  });
  n.findings.tally(r);
  if (!nets) return r;
  if (!r.ok) {
    const made = await nets.attribution.afterRefused(print);
    if (made.length) t.fail(`the create was refused (${answerOf(r)}) but it made ${described(made)} (the check removes them)`, r.exchange);
    return r;
  }
  const id = r.body.Id;
  // The network goes at once, whatever the checks below find: a shrink must not inherit this run's network.
  let failure: unknown;
  try {
    if (c.mustRefuse) expectRefused(t, r, 'the create');
    const { all } = await nets.attribution.list();
    const own = all.find((net) => net.Id === id);
    if (!own) t.fail(`the create answered Id ${id}, which is not listed`, r.exchange);
    const others = all.filter((net) => net.Id !== id && shows(net, print));
    for (const net of others) t.removeAtEnd(ownedBy(net, print));
    if (others.length) t.fail(`the create made more than its own network: ${described(others)}`, r.exchange);
    nets.accepted.add(id);
    if (c.name !== undefined) {
      if (own!.Name !== c.name) t.fail(`network ${id} is listed as ${gen.visibleJson(own!.Name)}, not as the name sent, ${gen.visibleJson(c.name)}`, r.exchange);
      await inspectByName(n, id, c.name);
    }
  } catch (err) {
    failure = err;
  }
  n.budget.bookkeeping += 2;
  // Not disconnecting the user's container: no negative check connects it to a network a create made.
  const removal = await t.removeOwn({ id, name: c.name, proof: 'create' }, undefined);
  if (failure !== undefined) throw failure;
  // Gone before the DELETE: another client (a prune) took it; nothing to say about the target.
  if (removal.outcome === 'gone') nets.accepted.delete(id);
  if (removal.outcome === 'left') {
    t.removeAtEnd({ id, name: c.name, proof: 'create' });
    t.fail(`the network the create made (${id}) could not be removed: ${removal.reason}`, t.lastExchange);
  }
  return r;
}

async function inspectByName(n: NegativeCheck, id: string, name: string): Promise<void> {
  const { t } = n;
  n.budget.bookkeeping++;
  const byName = await t.call('inspectNetworkByInspectPath', { networkId: name, allowPlainJsonError: true });
  if (byName.ok && byName.body.Id === id) return;
  if (byName.ok) t.fail(`inspecting ${gen.visibleJson(name)} by name answered another network, ${byName.body.Id}, not ${id}`, byName.exchange);
  if (!ODD_IN_PATH.test(name)) t.fail(`the network created as ${gen.visibleJson(name)} (${id}) is not inspectable by its URL-encoded name: ${answerOf(byName)}`, byName.exchange);
  n.budget.bookkeeping++;
  const byId = await t.call('inspectNetworkByInspectPath', { networkId: id, allowPlainJsonError: true });
  if (!byId.ok || byId.body.Id !== id) t.fail(`the network created as ${gen.visibleJson(name)} (${id}) is not inspectable by name nor by Id: ${answerOf(byId)}`, byId.exchange);
  if (++n.oddInspections <= ODD_NOTED) t.observe(`${gen.visibleJson(name)}: inspect by name answered ${answerOf(byName)}; inspected by Id instead`);
}

/** Notes how many more names than ODD_NOTED were inspected by Id. */
export function noteOddInspections(n: NegativeCheck): void {
  if (n.oddInspections > ODD_NOTED) n.t.observe(`${n.oddInspections - ODD_NOTED} more names were inspected by Id`);
}

/** The network connect and disconnect aim at: a scratch network of this run, or the documented fixture on the mock. */
export async function scratch(n: NegativeCheck, purpose: string): Promise<ScratchNetwork> {
  if (n.t.mock) return { name: 'doc_test_network', id: 'doc_test_network' };
  n.budget.bookkeeping++;
  return n.t.createNetwork(purpose);
}
