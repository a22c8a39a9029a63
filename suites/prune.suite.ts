import { defineSuite } from './harness/define.ts';
import { Fixture } from './harness/fixtures.ts';
import { pruneOnlyOwnUnused } from './shared-nas/prune-gate.ts';
import type { CheckScope, ScratchNetwork } from './harness/scope.ts';

/*
 * Suite: Remove all unused networks (runs last and alone)
 */
const { check, bodies } = defineSuite('prune');
export default bodies;

/**
 * One prune over two unused scratch networks (and one with the running container, when there is one), shared by the
 * checks; sent only when no unused network of anyone else is on the target (shared-nas/prune-gate.ts), else they all skip.
 */
interface Scene {
  unused: ScratchNetwork[];
  attached?: ScratchNetwork;
  deleted: string[] | null;
  after: string[];
}

/** A scratch network with the running container attached; undefined without a container, or with a created-only one. */
async function attachedNetwork(t: CheckScope, container: string | undefined): Promise<ScratchNetwork | undefined> {
  if (!container) return undefined;
  const net = await t.createNetwork('prune-attached');
  t.expectOk(await t.call('connectContainer', { networkId: net.id, body: { container } }), `connecting ${container} to ${net.name}`);
  const n = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  // A created-only container does not keep a network from being pruned, and would be left with a dangling entry.
  if (Object.keys(n.Containers ?? {}).length) return net;
  t.expectOk(await t.call('disconnectContainer', { networkId: net.id, body: { container } }), `disconnecting ${container}`);
  return undefined;
}

async function setUp(t: CheckScope): Promise<Scene> {
  const unused: ScratchNetwork[] = [];
  let attached: ScratchNetwork | undefined;
  await t.inParallel([
    async () => void unused.push(await t.createNetwork('prune-unused-1')),
    async () => void unused.push(await t.createNetwork('prune-unused-2')),
    async () => void (attached = await attachedNetwork(t, t.container)),
  ]);
  unused.sort((a, b) => a.name.localeCompare(b.name));
  // Never another user's network: the prune goes only when every unused network on the target is this run's.
  await pruneOnlyOwnUnused(t, 'the prune');
  const r = await t.call('pruneNetworks');
  const deleted = t.expectOk(r, 'DELETE /networks/').NetworksDeleted;
  const after = await t.listNames();
  return { unused, attached, deleted, after };
}

/** The first check that needs the scene builds it (its cleanups remove the attached network once it ends). */
const scene = new Fixture('one prune over scratch networks', setUp);

/*
 * Requirement: DELETE /networks/ MUST answer {NetworksDeleted} naming every unused network (both unused scratch
 *   networks) and not a network with a running container attached.
 * Evidence: page: the documented prune answer names the removed networks; the engine spares a network with a running
 *   container (§8)
 * Faults: prune-takes-attached, prune-noop
 * Operations: pruneNetworks
 * Needs: destructive
 * Runs alone: prune removes every unused network on the target, including the scratch networks of checks running
 *   beside it
 */
check('NET-PRUNE-001', async (t) => {
  if (t.mock) {
    const r = t.expectOk(await t.call('pruneNetworks', { prefer: 'example=deleted' }), 'DELETE /networks/');
    t.expect(Array.isArray(r.NetworksDeleted), 'NetworksDeleted as an array of names', JSON.stringify(r.NetworksDeleted));
    return;
  }
  const s = await t.fixture(scene);
  const deleted = s.deleted ?? [];
  const missing = s.unused.filter((n) => !deleted.includes(n.name)).map((n) => n.name);
  t.expect(missing.length === 0, `NetworksDeleted to name ${s.unused.map((n) => n.name).join(' and ')}`, `missing ${missing.join(', ')} in ${JSON.stringify(s.deleted)}`);
  if (s.attached) t.expect(!deleted.includes(s.attached.name), `NetworksDeleted not to name ${s.attached.name} (a running container is attached)`, JSON.stringify(s.deleted));
  else t.observe('no running container attached: pass --container with a running container to test that prune spares a network in use');
});

/*
 * Requirement: After a prune the unused networks MUST be gone, and a network with a running container attached and
 *   bridge, host and none MUST remain.
 * Evidence: engine: prune removes every unused network and spares predefined ones and those with a running container
 *   (§8)
 * Faults: prune-takes-attached, prune-noop
 * Operations: pruneNetworks, listNetworks
 * Needs: state, destructive
 * Runs alone: prune removes every unused network on the target, including the scratch networks of checks running
 *   beside it
 */
check('NET-PRUNE-002', async (t) => {
  const s = await t.fixture(scene);
  const stillThere = s.unused.filter((n) => s.after.includes(n.name)).map((n) => n.name);
  t.expect(stillThere.length === 0, 'the unused scratch networks gone after the prune', `still listed: ${stillThere.join(', ')}`);
  const mustRemain = ['bridge', 'host', 'none', ...(s.attached ? [s.attached.name] : [])];
  const gone = mustRemain.filter((n) => !s.after.includes(n));
  t.expect(gone.length === 0, `${mustRemain.join(', ')} to remain`, `gone: ${gone.join(', ')}`);
});

/*
 * Requirement: A prune with nothing to remove SHOULD answer {"NetworksDeleted": null} as documented ([] is a
 *   warning).
 * Evidence: page: the documented second prune answers {"NetworksDeleted": null}
 * Faults: prune-empty-array
 * Operations: pruneNetworks
 * Needs: destructive
 * Runs alone: prune removes every unused network on the target, including the scratch networks of checks running
 *   beside it
 */
check('NET-PRUNE-003', async (t) => {
  if (!t.mock) {
    await t.fixture(scene);
    await pruneOnlyOwnUnused(t, 'the second prune');
  }
  const r = t.expectOk(await t.call('pruneNetworks', { prefer: 'example=nothing' }), 'a second DELETE /networks/');
  if (Array.isArray(r.NetworksDeleted) && r.NetworksDeleted.length === 0) t.fail('expected {"NetworksDeleted": null} when nothing was removed; got []');
  // On a shared target another client may have left an unused network since the first prune: this prune rightly
  // took it, and says nothing about the answer to an empty prune.
  const prefix = t.name('');
  if (!t.mock && r.NetworksDeleted?.length && r.NetworksDeleted.every((n) => !n.startsWith(prefix))) {
    t.skip(`the second prune removed networks of another client (${r.NetworksDeleted.join(', ')}), so nothing was left to learn about an empty prune`);
  }
  t.expect(r.NetworksDeleted === null, '{"NetworksDeleted": null} (nothing left to remove)', JSON.stringify(r));
});

/*
 * Requirement: MAY-INFO: every network the prune removed that the suite had not created is recorded.
 * Evidence: engine: prune removes every unused network on the engine, whoever made it (§8)
 * Operations: pruneNetworks
 * Needs: state, destructive
 * Runs alone: prune removes every unused network on the target, including the scratch networks of checks running
 *   beside it
 */
check('NET-PRUNE-004', async (t) => {
  const s = await t.fixture(scene);
  const prefix = t.name('');
  const foreign = (s.deleted ?? []).filter((n) => !n.startsWith(prefix));
  t.observe(foreign.length ? `the prune removed ${foreign.length} network(s) the suite had not created: ${foreign.join(', ')}` : 'the prune removed no network the suite had not created');
});
