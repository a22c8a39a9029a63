import { defineSuite } from './harness/define.ts';

/*
 * Suite: List all networks
 */
const { check, bodies } = defineSuite('list');
export default bodies;

/*
 * Requirement: GET /networks MUST answer a JSON array of network objects that match the spec.
 * Evidence: page: the documented list is a JSON array of these network objects
 * Faults: schema-created-not-rfc3339, schema-id-short, hang-list
 * Operations: listNetworks
 */
check('NET-LIST-001', async (t) => {
  const list = await t.call('listNetworks');
  const body = t.expectOk(list, 'GET /networks');
  t.expect(Array.isArray(body), 'a JSON array', typeof body);
});

/*
 * Requirement: The list MUST contain the predefined networks bridge, host and none.
 * Evidence: page: the documented list shows bridge, host and none
 * Faults: list-hides-predefined
 * Operations: listNetworks
 */
check('NET-LIST-002', async (t) => {
  const names = await t.listNames();
  const missing = ['bridge', 'host', 'none'].filter((n) => !names.includes(n));
  t.expect(missing.length === 0, 'bridge, host and none in the list', `missing ${missing.join(', ')} (listed: ${names.join(', ') || 'nothing'})`);
});

/*
 * Requirement: A network the suite created MUST appear in the list with the Id that create answered.
 * Evidence: page: "List all networks"; the Id is the one the documented create answers
 * Faults: list-misses-new
 * Operations: createNetwork, listNetworks
 * Needs: state
 */
check('NET-LIST-003', async (t) => {
  const net = await t.createNetwork('list-appears');
  const list = t.expectOk(await t.call('listNetworks'), 'GET /networks');
  const entry = t.required(list.find((n) => n.Name === net.name), `${net.name} in the list`, `no such name among ${list.length} networks`);
  t.expect(entry.Id === net.id, `Id ${net.id} (as create answered)`, `Id ${entry.Id}`);
});

/*
 * Requirement: A network the suite removed MUST no longer appear in the list.
 * Evidence: page: "List all networks" after "Remove a network"
 * Faults: list-stale
 * Operations: createNetwork, removeNetwork, listNetworks
 * Needs: state
 */
check('NET-LIST-004', async (t) => {
  const net = await t.createNetwork('list-removed');
  // Listed once before the removal, so that a list served from a stale cache shows.
  const names = await t.listNames();
  t.expect(names.includes(net.name), `${net.name} in the list before its removal`, 'not listed');
  t.expectOk(await t.call('removeNetwork', { networkId: net.id }), `DELETE /networks/${net.id}`);
  const list = t.expectOk(await t.call('listNetworks'), 'GET /networks');
  const stale = list.find((n) => n.Id === net.id || n.Name === net.name);
  t.expect(!stale, `${net.name} absent from the list after its removal`, `still listed with Id ${stale?.Id}`);
});
