// What the suite may change on a target it shares with other clients, and how it removes what is its own.
//
// A network is the suite's own only by proof: the Id its own create answered, or a name under the run's prefix
// (cs-conformance-<run id>-), or the label the suite put on one create request (suites/shared-nas/attribution.ts). A list
// proves nothing: another client may create or remove networks between two requests.
// - A full Id (64 hex digits) that the suite's own create answered is proof enough by itself: a DELETE or a
//   disconnect by that Id reaches that network (the engine matches an exact full Id before a name, and a 64-digit
//   string is a prefix of no other Id), or, once it is gone, nothing but a network someone named exactly after it.
//   It is removed by that Id without an inspect, so a target whose inspect fails or hangs still gets back what the
//   suite made, and each removal costs one request less.
// - Any other proof (a name, a label, a short Id) is confirmed by an inspect by Id first, on that answer; the
//   network is then removed by the full Id the inspect answered (a short Id or a name could resolve to another
//   network by the time the DELETE arrives).
// The user's container is disconnected only from a network proven this way, and the network is removed only once
// the disconnect answered success (or "not connected") or an inspect shows the container gone from it.
import type { Network } from '../generated/types.gen.ts';
import { ConformanceFailure, type Api, type CallRecorder } from './api.ts';
import { hasMeaning } from '../contract/docker-py.ts';
import { TransportError } from './answer.ts';

export interface OwnedNetwork {
  id: string;
  name?: string;
  /** How the suite knows the network is its own. */
  proof: 'create' | 'name' | { label: string; value: string };
}

export interface Owner {
  /** The run's name prefix, cs-conformance-<run id>-. */
  runPrefix: string;
  /** The user's container, which a check may have connected. */
  container?: string;
  /** Where the removal's exchanges are reported (the check that removes, or the sweep). */
  recorder?: CallRecorder;
  /** The removing check's signal, while its body removes (none in its end, nor in the sweep): see CallOptions.signal. */
  signal?: AbortSignal;
}

export type Removal = { outcome: 'removed' } | { outcome: 'gone' } | { outcome: 'left'; reason: string };

/** A network proven the suite's: its full Id, and its name when known. */
type Proven = { Id: string; Name?: string };

/** A full network Id as the engine answers a create: 64 lowercase hex digits. */
const FULL_ID = /^[0-9a-f]{64}$/;

/** Whether the network is proven the suite's by the full Id its own create answered (no inspect needed). */
export function provenByCreate(net: OwnedNetwork): boolean {
  return net.proof === 'create' && FULL_ID.test(net.id);
}

/** Removes a network of the suite's after confirming it is the suite's; never throws. */
export async function removeOwnNetwork(api: Api, net: OwnedNetwork, owner: Owner): Promise<Removal> {
  try {
    const seen: Proven | Removal = provenByCreate(net) ? { Id: net.id, Name: net.name } : await inspectOwn(api, net, owner);
    if ('outcome' in seen) return seen;
    if (owner.container) {
      const detached = await detach(api, seen, owner.container, owner);
      if (detached) return detached;
    }
    const r = await api.call('removeNetwork', { networkId: seen.Id, allowPlainJsonError: true, recorder: owner.recorder, signal: owner.signal });
    if (r.ok) return { outcome: 'removed' };
    if (r.envelope && hasMeaning(r.envelope, 'notFound')) return { outcome: 'gone' };
    return left(net, `DELETE answered HTTP ${r.status} ${r.envelope?.message ?? ''}`.trim());
  } catch (err) {
    return left(net, describe(err));
  }
}

/** The network as an inspect by Id shows it, when that answer confirms the proof; otherwise why it is left alone. */
async function inspectOwn(api: Api, net: OwnedNetwork, owner: Owner): Promise<Network | Removal> {
  if (!net.id) return left(net, 'no Id to inspect it by');
  const r = await api.call('inspectNetworkByInspectPath', { networkId: net.id, allowPlainJsonError: true, recorder: owner.recorder, signal: owner.signal });
  if (!r.ok) {
    if (r.envelope && hasMeaning(r.envelope, 'notFound')) return { outcome: 'gone' };
    return left(net, `inspect by Id answered HTTP ${r.status} ${r.envelope?.message ?? ''}`.trim());
  }
  const n = r.body;
  // The engine resolves an exact name before an Id prefix: the answer must be the network the Id names.
  if (typeof n.Id !== 'string' || !n.Id.startsWith(net.id)) return left(net, `inspect by Id answered another network (${n.Name} ${n.Id})`);
  const proof = net.proof;
  if (proof === 'name' && !(typeof n.Name === 'string' && n.Name.startsWith(owner.runPrefix))) return left(net, `its name ${JSON.stringify(n.Name)} is not under ${owner.runPrefix}`);
  if (typeof proof === 'object' && n.Labels?.[proof.label] !== proof.value) return left(net, `it does not carry the label ${proof.label}=${proof.value}`);
  return n;
}

/** Disconnects the user's container from a proven network of the suite's; a Removal when it must stay. */
async function detach(api: Api, n: Proven, container: string, { recorder, signal }: Owner): Promise<Removal | undefined> {
  const attached = (net: Network): boolean => Object.values(net.Containers ?? {}).some((c) => c?.Name === container);
  // A created-only container is connected without showing under Containers (and a network removed under it leaves
  // the container unable to start), so the disconnect is sent whether or not the inspect shows it.
  let why: string;
  try {
    const r = await api.call('disconnectContainer', { networkId: n.Id, body: { container, force: true }, allowPlainJsonError: true, recorder, signal });
    if (r.ok || (r.envelope && (hasMeaning(r.envelope, 'notConnected') || hasMeaning(r.envelope, 'noSuchContainer')))) return undefined;
    why = `HTTP ${r.status} ${r.envelope?.message ?? ''}`.trim();
  } catch (err) {
    why = describe(err);
  }
  const again = await api.call('inspectNetworkByInspectPath', { networkId: n.Id, allowPlainJsonError: true, recorder, signal }).catch(() => undefined);
  if (again?.ok && !attached(again.body)) return undefined;
  return { outcome: 'left', reason: `${n.Name ?? 'network'} (${n.Id}) left in place: disconnecting ${container} failed (${why}) and the container may still be attached` };
}

function left(net: OwnedNetwork, why: string): Removal {
  return { outcome: 'left', reason: `${net.name ?? 'network'} (${net.id || 'no Id'}) left in place: ${why}` };
}

function describe(err: unknown): string {
  if (err instanceof ConformanceFailure || err instanceof TransportError) return err.message.split('\n')[0];
  return err instanceof Error ? err.message : String(err);
}
