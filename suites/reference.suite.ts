import { ConformanceFailure } from '../wire/api.ts';
import { defineSuite } from './harness/define.ts';
import type { CheckScope, ScratchNetwork } from './harness/scope.ts';

/*
 * Suite: Network references: Id, name, Id prefix, ambiguity
 */
const { check, bodies } = defineSuite('reference');
export default bodies;

// How the engine under Container Station resolves a network reference, measured on Docker 20.10.24
// (test/reference-target/resolution.md): the full Id, then the exact name, then a unique Id prefix; a name or prefix
// several networks share is "ambiguous"; nothing else matches — no name prefix, no other case, no part of an Id.
//
// The target may be a shared NAS that resolves loosely. So a reference sent to DELETE, connect or disconnect names
// only this run's networks even under a loose resolver: their exact name or Id, a 12-character prefix of their Id, or
// a near miss of their name that is itself under the run's prefix (cs-conformance-<run id>-…, upper-cased too).
// Near misses of Ids go to inspect only.

type InspectOp = 'inspectNetworkByInspectPath' | 'inspectNetwork';

/** The request as a reader of the failure types it: `GET /networks/<key>/inspect` or `GET /networks/<key>`. */
const get = (op: InspectOp, key: string): string => `GET /networks/${key}${op === 'inspectNetworkByInspectPath' ? '/inspect' : ''}`;

/**
 * The inspect routes to probe: /inspect (the path of every documented example), and GET /networks/{id} when the target
 * serves it (a SHOULD of the create suite; a target without it is told there, not here).
 */
async function inspectRoutes(t: CheckScope, net: ScratchNetwork): Promise<InspectOp[]> {
  const heading = await t.call('inspectNetwork', { networkId: net.id }).catch((err: unknown) => {
    if (err instanceof ConformanceFailure) return undefined;
    throw err;
  });
  if (heading?.ok && heading.body.Id === net.id) return ['inspectNetworkByInspectPath', 'inspectNetwork'];
  t.observe(`GET /networks/${net.id} does not answer the network (the create suite reports it): only /inspect was probed`);
  return ['inspectNetworkByInspectPath'];
}

/** Inspects `net` by `key` on `op` and requires that very network. */
async function answersIt(t: CheckScope, op: InspectOp, net: ScratchNetwork, key: string, what: string): Promise<void> {
  const r = await t.call(op, { networkId: key });
  const n = t.expectOk(r, `${get(op, key)} (${what} of ${net.name})`);
  t.expect(n.Id === net.id, `${get(op, key)} (${what}) to answer ${net.name} (${net.id})`, `${n.Name} (${n.Id})`, r.exchange);
}

/** A second network named like `net`, created without check_duplicate; skips when the target refuses it. */
async function duplicateOf(t: CheckScope, net: ScratchNetwork): Promise<ScratchNetwork> {
  const r = await t.call('createNetwork', { body: { name: net.name, check_duplicate: false } });
  if (!r.ok) t.skip(`the target refused a second network named ${net.name} without check_duplicate (${r.envelope?.message ?? `HTTP ${r.status}`}), so no name is shared; the duplicate suite records it`);
  t.removeAtEnd({ id: r.body.Id, name: net.name, proof: 'create' });
  return { name: net.name, id: r.body.Id };
}

/*
 * Requirement: Inspecting a network by a prefix of its Id that no other network's Id starts with and no network is
 *   named (its first 12 characters, and its first 4) MUST answer that network.
 * Evidence: engine: §4 resolution order (full Id, exact name, unique Id prefix), measured in test/reference-target/resolution.md
 * Faults: ref-id-prefix-unsupported
 * Operations: inspectNetworkByInspectPath, inspectNetwork
 * Needs: state
 */
check('NET-REF-001', async (t) => {
  const net = await t.createNetwork('ref-prefix');
  const list = t.expectOk(await t.call('listNetworks'), 'GET /networks');
  const prefixes: string[] = [];
  for (const length of [12, 4]) {
    const prefix = net.id.slice(0, length);
    // Another network sharing the prefix, or named like it (a name wins over a prefix), makes it no unique prefix.
    const clash = list.find((n) => n.Id !== net.id && (n.Id.startsWith(prefix) || n.Name === prefix));
    if (clash) t.observe(`the ${length}-character prefix ${prefix} is not unique on this target (${clash.Name} ${clash.Id}): not probed`);
    else prefixes.push(prefix);
  }
  for (const op of await inspectRoutes(t, net)) {
    for (const prefix of prefixes) await answersIt(t, op, net, prefix, `the ${prefix.length}-character Id prefix`);
  }
});

/*
 * Requirement: Inspecting by a prefix of a network's name or by its name in upper case, when that is no network's name
 *   or Id prefix, MUST answer the error envelope meaning "not found" (names match whole and case-sensitively).
 * Evidence: engine: §4 and §11, names match whole and case-sensitively, measured in test/reference-target/resolution.md
 * Faults: ref-name-any-case, ref-name-prefix
 * Operations: inspectNetworkByInspectPath, inspectNetwork
 * Needs: state
 */
check('NET-REF-002', async (t) => {
  const net = await t.createNetwork('ref-near-name');
  const misses = [
    [net.name.slice(0, -1), 'a prefix of its name'],
    [net.name.toUpperCase(), 'its name in upper case'],
  ];
  for (const op of await inspectRoutes(t, net)) {
    for (const [key, what] of misses) t.expectError(await t.call(op, { networkId: key }), 'notFound', `${get(op, key)} (${what}, while ${net.name} exists)`);
  }
});

/*
 * Requirement: Inspecting by the end or an inner part of a network's Id (its last 12 characters, its characters 2 to
 *   13), by its 12-character Id prefix with the last character changed, or by its full Id in upper case, when that is
 *   no network's name or Id prefix, MUST answer the error envelope meaning "not found".
 * Evidence: engine: no part of an Id but a prefix resolves, measured in test/reference-target/resolution.md
 * Faults: ref-id-substring
 * Operations: inspectNetworkByInspectPath, inspectNetwork
 * Needs: state
 */
check('NET-REF-003', async (t) => {
  const net = await t.createNetwork('ref-near-id');
  const last = net.id[11];
  const changed = net.id.slice(0, 11) + (last === '0' ? '1' : '0');
  const misses = [
    [net.id.slice(-12), 'the last 12 characters of its Id'],
    [net.id.slice(1, 13), 'characters 2 to 13 of its Id'],
    [changed, 'its 12-character Id prefix with the last character changed'],
    [net.id.toUpperCase(), 'its full Id in upper case'],
  ];
  for (const op of await inspectRoutes(t, net)) {
    for (const [key, what] of misses) t.expectError(await t.call(op, { networkId: key }), 'notFound', `${get(op, key)} (${what}, while ${net.name} ${net.id} exists)`);
  }
});

/*
 * Requirement: Removing by a prefix of a network's name or by its name in upper case, when that is no network's name
 *   or Id prefix, MUST answer the error envelope meaning "not found" and leave the network in place.
 * Evidence: engine: §7 and the remove column of test/reference-target/resolution.md; page: the DELETE not-found example
 * Faults: ref-name-any-case, ref-name-prefix
 * Operations: removeNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-REF-004', async (t) => {
  // Both references stay under the run's prefix: even a loose resolver can match only this run's networks.
  const net = await t.createNetwork('ref-rm-near-name');
  for (const [key, what] of [[net.name.slice(0, -1), 'a prefix of its name'], [net.name.toUpperCase(), 'its name in upper case']]) {
    t.expectError(await t.call('removeNetwork', { networkId: key }), 'notFound', `DELETE /networks/${key} (${what}, while ${net.name} exists)`);
    t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name} by Id after DELETE by ${what}`);
  }
});

/*
 * Requirement: Inspecting by a name that two networks share MUST answer the error envelope meaning "is ambiguous",
 *   never one of them.
 * Evidence: engine: §4 and §10.1, a shared name is ambiguous, measured in test/reference-target/resolution.md
 * Faults: ref-ambiguous-first
 * Operations: inspectNetworkByInspectPath, inspectNetwork
 * Needs: state
 */
check('NET-REF-005', async (t) => {
  const net = await t.createNetwork('ref-shared-inspect');
  const twin = await duplicateOf(t, net);
  for (const op of await inspectRoutes(t, net)) {
    t.expectError(await t.call(op, { networkId: net.name }), 'ambiguous', `${get(op, net.name)} (a name ${net.id.slice(0, 12)} and ${twin.id.slice(0, 12)} share)`);
  }
});

/*
 * Requirement: Removing by a name that two networks share MUST answer the error envelope meaning "is ambiguous" and
 *   remove neither.
 * Evidence: engine: §7, §10.1 and §10.8, measured in test/reference-target/resolution.md
 * Faults: remove-ambiguous-first
 * Operations: removeNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-REF-006', async (t) => {
  const net = await t.createNetwork('ref-shared-rm');
  const twin = await duplicateOf(t, net);
  t.expectError(await t.call('removeNetwork', { networkId: net.name }), 'ambiguous', `DELETE /networks/${net.name} (a name ${net.id.slice(0, 12)} and ${twin.id.slice(0, 12)} share)`);
  for (const n of [net, twin]) t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: n.id }), `inspecting ${n.id} by Id after the refused DELETE by the shared name (both must remain)`);
});

/*
 * Requirement: Removing a network by the first 12 characters of its Id (a prefix no other network's Id starts with)
 *   MUST answer {} and remove that network.
 * Evidence: engine: §7, removal by a unique Id prefix; page: remove answers {}
 * Faults: ref-id-prefix-unsupported
 * Operations: removeNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-REF-007', async (t) => {
  const net = await t.createNetwork('ref-rm-prefix');
  const prefix = net.id.slice(0, 12);
  const body = t.expectOk(await t.call('removeNetwork', { networkId: prefix }), `DELETE /networks/${prefix} (the 12-character Id prefix of ${net.name})`);
  t.expect(Object.keys(body as object).length === 0, '{}', JSON.stringify(body));
  t.expectError(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), 'notFound', `inspecting ${net.name} by its full Id after DELETE by its Id prefix`);
});

/*
 * Requirement: Connecting a container to a network and disconnecting it, each by the network's name or by the first
 *   12 characters of its Id, MUST answer {} and act on that network.
 * Evidence: page: the connect and disconnect examples name the network and answer {}; engine: §5 and §6
 * Faults: ref-id-prefix-unsupported
 * Operations: connectContainer, disconnectContainer
 * Needs: state, container
 */
check('NET-REF-008', async (t) => {
  const net = await t.createNetwork('ref-conn');
  const container = t.container!;
  t.onCleanup(() => t.call('disconnectContainer', { networkId: net.id, body: { container, force: true } }));
  const prefix = net.id.slice(0, 12);
  const key = { [net.id]: 'full Id', [net.name]: 'name', [prefix]: '12-character Id prefix' };
  const act = async (op: 'connectContainer' | 'disconnectContainer', ref: string): Promise<void> => {
    const verb = op === 'connectContainer' ? 'connecting' : 'disconnecting';
    const body = t.expectOk(await t.call(op, { networkId: ref, body: { container } }), `${verb} ${container} by the network's ${key[ref]} ${ref}`);
    t.expect(Object.keys(body as object).length === 0, `{} from ${verb} by the ${key[ref]}`, JSON.stringify(body));
  };
  // Each round trip joins by one reference and leaves by another: a disconnect succeeds only where the connect acted,
  // and a last disconnect by full Id answers "is not connected to" only where the one before it acted.
  for (const [into, outOf] of [[net.name, net.id], [prefix, net.name], [net.id, prefix]]) {
    await act('connectContainer', into);
    await act('disconnectContainer', outOf);
    if (outOf !== net.id) {
      t.expectError(await t.call('disconnectContainer', { networkId: net.id, body: { container } }), 'notConnected', `disconnecting ${container} by full Id after disconnecting it by the ${key[outOf]}`);
    }
  }
});
