import { defineSuite } from './harness/define.ts';
import type { CheckScope, ScratchNetwork } from './harness/scope.ts';

/*
 * Suite: Remove a network, not found
 */
const { check, bodies } = defineSuite('remove');
export default bodies;

async function removedAndGone(t: CheckScope, net: ScratchNetwork, key: string) {
  const r = await t.call('removeNetwork', { networkId: key });
  const body = t.expectOk(r, `DELETE /networks/${key}`);
  t.expect(Object.keys(body as object).length === 0, '{}', JSON.stringify(body));
  t.expectError(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), 'notFound', `inspecting the removed ${net.name}`);
  const names = await t.listNames();
  t.expect(!names.includes(net.name), `${net.name} absent from the list`, 'still listed');
}

/*
 * Requirement: DELETE /networks/{network_id} of an unknown network MUST answer the error envelope meaning "not
 *   found".
 * Evidence: page: the documented "Example response of network not found"
 * Faults: remove-notfound-ok, error-http-500, error-envelope-200
 * Operations: removeNetwork
 */
check('NET-RM-001', async (t) => {
  const ghost = t.mock ? 'doc_test_network' : t.name('no-such-network');
  t.expectError(await t.call('removeNetwork', { networkId: ghost, prefer: 'code=400, example=notFound' }), 'notFound', `removing the unknown network ${ghost}`);
});

/*
 * Requirement: Removing a network by name MUST answer {}, after which inspect answers "not found" and the list lacks
 *   it.
 * Evidence: page: the documented remove by name answers {}
 * Faults: remove-noop
 * Operations: removeNetwork, inspectNetworkByInspectPath, listNetworks
 */
check('NET-RM-002', async (t) => {
  if (t.mock) {
    const body = t.expectOk(await t.call('removeNetwork', { networkId: 'doc_test_network' }), 'DELETE /networks/doc_test_network');
    t.expect(Object.keys(body as object).length === 0, '{}', JSON.stringify(body));
    t.expectError(await t.call('inspectNetworkByInspectPath', { networkId: 'doc_test_network', prefer: 'code=400, example=notFound' }), 'notFound', 'inspecting the removed network');
    t.expectOk(await t.call('listNetworks'), 'GET /networks');
    return;
  }
  const net = await t.createNetwork('rm-by-name');
  await removedAndGone(t, net, net.name);
});

/*
 * Requirement: Removing a network by Id MUST answer {}, after which inspect answers "not found" and the list lacks
 *   it.
 * Evidence: page: the parameter of remove is "the network's id"; the documented remove answers {}
 * Faults: remove-noop
 * Operations: removeNetwork, inspectNetworkByInspectPath, listNetworks
 * Needs: state
 */
check('NET-RM-003', async (t) => {
  const net = await t.createNetwork('rm-by-id');
  await removedAndGone(t, net, net.id);
});

/*
 * Requirement: Inspecting an unknown network MUST answer the error envelope meaning "not found".
 * Evidence: engine: inspect of an unknown network is "network … not found" (§4)
 * Faults: inspect-unknown-empty
 * Operations: inspectNetworkByInspectPath, inspectNetwork
 */
check('NET-RM-004', async (t) => {
  const ghost = t.mock ? 'doc_test_network' : t.name('no-such-network');
  for (const op of ['inspectNetworkByInspectPath', 'inspectNetwork'] as const) {
    t.expectError(await t.call(op, { networkId: ghost, prefer: 'code=400, example=notFound' }), 'notFound', `${op} of the unknown network ${ghost}`);
  }
});

/*
 * Requirement: Removing a network with a running container attached MUST be refused with the error envelope and the
 *   network MUST remain.
 * Evidence: engine: a network with a running container attached is refused, "has active endpoints" (§7)
 * Faults: remove-in-use-forced
 * Operations: connectContainer, removeNetwork, inspectNetworkByInspectPath
 * Needs: state, container
 */
check('NET-RM-005', async (t) => {
  const net = await t.createNetwork('rm-in-use');
  t.expectOk(await t.call('connectContainer', { networkId: net.id, body: { container: t.container } }), `connecting ${t.container} to ${net.name}`);
  t.onCleanup(() => t.call('disconnectContainer', { networkId: net.id, body: { container: t.container, force: true } }));
  const n = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  if (!Object.keys(n.Containers ?? {}).length) {
    t.skip(`${t.container} is not running (not listed under Containers), and the engine removes networks whose containers are only created`);
  }
  const r = await t.call('removeNetwork', { networkId: net.id });
  t.expect(!r.ok && r.envelope, `removing ${net.name} with a running container attached to be refused with the error envelope`, `HTTP ${r.status} ${JSON.stringify(r.body)}`, r.exchange);
  t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name} after the refused removal`);
});
