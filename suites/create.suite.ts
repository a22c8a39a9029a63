import type { Network } from '../generated/types.gen.ts';
import { defineSuite } from './harness/define.ts';
import type { CheckScope, ScratchNetwork } from './harness/scope.ts';

/*
 * Suite: Create and inspect a network
 */
const { check, bodies } = defineSuite('create');
export default bodies;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function inspected(t: CheckScope, idOrName: string, path: 'inspectNetworkByInspectPath' | 'inspectNetwork' = 'inspectNetworkByInspectPath'): Promise<Network> {
  const r = await t.call(path, { networkId: idOrName });
  return t.expectOk(r, `inspecting ${idOrName}`);
}

/**
 * A network created with a property (internal, options, ipam) answers with it when inspected by Id and by name, and is
 * listed with the Id create answered: a firmware may keep such networks apart (another table, a filtered list) and
 * forget them in one of the three places.
 */
async function seenEverywhere(t: CheckScope, net: ScratchNetwork, property: string, shows: (n: Network) => boolean, shown: (n: Network) => string): Promise<void> {
  for (const [key, by] of [[net.id, 'Id'], [net.name, 'name']]) {
    const n = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: key }), `inspecting ${net.name} by ${by} (GET /networks/${key}/inspect)`);
    t.expect(n.Id === net.id, `inspect by ${by} ${key} to answer ${net.name} (${net.id})`, `${n.Name} (${n.Id})`);
    t.expect(shows(n), `${property} when inspected by ${by}`, shown(n));
  }
  const list = t.expectOk(await t.call('listNetworks'), 'GET /networks');
  const entry = list.find((n) => n.Id === net.id);
  t.expect(entry, `${net.name} in the list with the Id create answered (${net.id})`, `no network with that Id among the ${list.length} listed${list.some((n) => n.Name === net.name) ? ` (one named ${net.name} is listed with another Id)` : ''}`);
  t.expect(entry!.Name === net.name, `the listed ${net.id} named ${net.name}`, entry!.Name);
}

/*
 * Requirement: POST /networks with {name} MUST answer {Id: 64 lowercase hex digits, Warning: string}.
 * Evidence: page: the documented create response {"Id": 64 hex digits, "Warning": ""}
 * Faults: create-without-warning
 * Operations: createNetwork
 */
check('NET-CREATE-001', async (t) => {
  const name = t.name('create-answer');
  const r = await t.call('createNetwork', { body: { name, check_duplicate: true } });
  if (r.ok && !t.mock) t.removeAtEnd({ id: r.body.Id, name, proof: 'create' });
  const body = t.expectOk(r, `creating ${name}`);
  t.expect(/^[0-9a-f]{64}$/.test(body.Id), 'Id of 64 lowercase hex digits', JSON.stringify(body.Id));
  t.expect(typeof body.Warning === 'string', 'Warning as a string', JSON.stringify(body.Warning));
});

/*
 * Requirement: A created network MUST inspect with the Id create answered, its name, driver bridge by default, scope
 *   local and an RFC 3339 Created.
 * Evidence: page: the documented inspect capture (Id, Name, Driver bridge as "Defaults to bridge driver", Scope
 *   local, RFC 3339 Created)
 * Faults: create-wrong-id
 * Operations: createNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-CREATE-002', async (t) => {
  const net = await t.createNetwork('create-inspect');
  const n = await inspected(t, net.id);
  t.expect(n.Id === net.id, `Id ${net.id}`, n.Id);
  t.expect(n.Name === net.name, `Name ${net.name}`, n.Name);
  t.expect(n.Driver === 'bridge', 'Driver bridge (the default)', n.Driver);
  t.expect(n.Scope === 'local', 'Scope local', n.Scope);
  t.expect(RFC3339.test(n.Created) && !Number.isNaN(Date.parse(n.Created)), 'an RFC 3339 Created', JSON.stringify(n.Created));
});

/*
 * Requirement: GET /networks/{network_id}/inspect (the path of every documented example) MUST answer the network, by
 *   Id and by name.
 * Evidence: page: every executed inspect example uses /inspect, by name; the parameter is "the network's id"
 * Faults: inspect-by-name-broken, inspect-path-missing
 * Operations: inspectNetworkByInspectPath
 */
check('NET-CREATE-003', async (t) => {
  if (t.mock) {
    await inspected(t, 'doc_test_network');
    return;
  }
  const net = await t.createNetwork('create-paths');
  for (const key of [net.id, net.name]) {
    const n = await inspected(t, key);
    t.expect(n.Id === net.id && n.Name === net.name, `${net.name} (${net.id}) when inspected by ${key === net.id ? 'Id' : 'name'}`, `${n.Name} (${n.Id})`);
  }
});

/*
 * Requirement: GET /networks/{network_id} (the documented heading) SHOULD answer the same network as /inspect, by Id
 *   and by name.
 * Evidence: page: the heading of "Inspect network" is GET /networks/{network_id} (no example executes it)
 * Faults: inspect-heading-missing
 * Operations: inspectNetwork
 */
check('NET-CREATE-004', async (t) => {
  if (t.mock) {
    await inspected(t, 'doc_test_network', 'inspectNetwork');
    return;
  }
  const net = await t.createNetwork('create-heading');
  for (const key of [net.id, net.name]) {
    const n = await inspected(t, key, 'inspectNetwork');
    t.expect(n.Id === net.id && n.Name === net.name, `${net.name} (${net.id}) from GET /networks/${key}`, `${n.Name} (${n.Id})`);
  }
});

/*
 * Requirement: A create with driver MUST be reflected by inspect (Driver).
 * Evidence: page: driver, "Name of the network driver plugin to use"
 * Faults: create-ignores-driver
 * Operations: createNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-CREATE-005', async (t) => {
  const driver = 'macvlan';
  const name = t.name('create-driver');
  const r = await t.call('createNetwork', { body: { name, check_duplicate: true, driver } });
  if (!r.ok) t.skip(`the target refused driver ${driver} (${r.envelope?.message ?? `HTTP ${r.status}`}); no second driver to test with`);
  t.removeAtEnd({ id: r.body.Id, name, proof: 'create' });
  const n = await inspected(t, r.body.Id);
  t.expect(n.Driver === driver, `Driver ${driver}`, n.Driver);
});

/*
 * Requirement: A network created with internal: true MUST show Internal: true when inspected by Id and by name, and
 *   MUST appear in the list with the Id create answered.
 * Evidence: page: internal, "Restrict external access to the network"; the list shows every network and the examples inspect by name
 * Faults: list-misses-internal, inspect-internal-by-name-broken, create-ignores-internal
 * Operations: createNetwork, inspectNetworkByInspectPath, listNetworks
 * Needs: state
 */
check('NET-CREATE-006', async (t) => {
  const net = await t.createNetwork('create-internal', { internal: true });
  await seenEverywhere(t, net, 'Internal true', (n) => n.Internal === true, (n) => `Internal ${JSON.stringify(n.Internal)}`);
});

/*
 * Requirement: A network created with options MUST show each key and value under Options when inspected by Id and by
 *   name, and MUST appear in the list with the Id create answered.
 * Evidence: page: options, "Network specific options to be used by the drivers"; the list shows every network and the examples inspect by name
 * Faults: list-misses-options, create-ignores-options
 * Operations: createNetwork, inspectNetworkByInspectPath, listNetworks
 * Needs: state
 */
check('NET-CREATE-007', async (t) => {
  // The MTU option is harmless on a bridge and echoed by the engine.
  const options = { 'com.docker.network.driver.mtu': '1400' };
  const net = await t.createNetwork('create-options', { options });
  await seenEverywhere(t, net, 'Options["com.docker.network.driver.mtu"] = "1400"', (n) => n.Options?.['com.docker.network.driver.mtu'] === '1400', (n) => `Options ${JSON.stringify(n.Options)}`);
});

/*
 * Requirement: A network created with ipam {Driver, Config: [{Subnet, Gateway}]} MUST show that Subnet and Gateway in
 *   IPAM.Config when inspected by Id and by name, and MUST appear in the list with the Id create answered.
 * Evidence: page: ipam, "Optional custom IP scheme for the network"; the list shows every network and the examples inspect by name
 * Faults: list-misses-ipam, create-ignores-ipam
 * Operations: createNetwork, inspectNetworkByInspectPath, listNetworks
 * Needs: state
 */
check('NET-CREATE-008', async (t) => {
  // 198.18.0.0/15 is reserved for benchmarking (RFC 2544): no NAS's LAN uses it, so the subnet cannot shadow a route.
  for (let attempt = 0; attempt < 4; attempt++) {
    const third = Math.floor(Math.random() * 256);
    const ipam = { Driver: 'default', Config: [{ Subnet: `198.18.${third}.0/24`, Gateway: `198.18.${third}.1` }] };
    const name = t.name(`create-ipam-${attempt}`);
    const r = await t.call('createNetwork', { body: { name, check_duplicate: true, ipam } });
    if (!r.ok) {
      if (/overlap/i.test(r.envelope?.message ?? '')) continue;
      t.fail(`expected the create with ipam ${JSON.stringify(ipam)} to succeed; got ${r.envelope?.message ?? `HTTP ${r.status}`}`, r.exchange);
    }
    t.removeAtEnd({ id: r.body.Id, name, proof: 'create' });
    const want = ipam.Config[0];
    const holds = (n: Network): boolean => (n.IPAM.Config ?? []).some((c) => c.Subnet === want.Subnet && c.Gateway === want.Gateway);
    await seenEverywhere(t, { id: r.body.Id, name }, `IPAM.Config with Subnet ${want.Subnet} and Gateway ${want.Gateway}`, holds, (n) => `IPAM ${JSON.stringify(n.IPAM)}`);
    return;
  }
  t.skip('every subnet tried in 198.18.0.0/15 overlaps an existing network');
});

/*
 * Requirement: MAY-INFO: what the target does with labels (documented as currently not supported) is recorded.
 * Evidence: page: labels, documented as "currently not supported"
 * Operations: createNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-CREATE-009', async (t) => {
  const labels = { 'org.cs-conformance.probe': 'labels' };
  const name = t.name('create-labels');
  const r = await t.call('createNetwork', { body: { name, check_duplicate: true, labels } });
  if (!r.ok) {
    t.observe(`create with labels was refused: ${r.envelope?.message ?? `HTTP ${r.status}`}`);
    return;
  }
  t.removeAtEnd({ id: r.body.Id, name, proof: 'create' });
  const n = await inspected(t, r.body.Id);
  t.observe(n.Labels?.['org.cs-conformance.probe'] === 'labels' ? 'labels are applied (Labels echoes them)' : `labels are ignored (Labels: ${JSON.stringify(n.Labels)})`);
});

/*
 * Requirement: MAY-INFO: what the target does with enableIPv6 (documented as currently not supported) is recorded.
 * Evidence: page: enableIPv6, documented as "currently not supported"
 * Operations: createNetwork, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-CREATE-010', async (t) => {
  const name = t.name('create-ipv6');
  const r = await t.call('createNetwork', { body: { name, check_duplicate: true, enableIPv6: true } });
  if (!r.ok) {
    t.observe(`create with enableIPv6 true was refused: ${r.envelope?.message ?? `HTTP ${r.status}`}`);
    return;
  }
  t.removeAtEnd({ id: r.body.Id, name, proof: 'create' });
  const n = await inspected(t, r.body.Id);
  t.observe(`create with enableIPv6 true was accepted; inspect shows EnableIPv6 ${JSON.stringify(n.EnableIPv6)}`);
});
