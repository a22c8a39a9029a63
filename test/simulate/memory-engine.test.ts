// The memory engine against docker-engine-network-behavior.md: shapes, resolution, duplicates, containers, removal,
// prune and the engine's wording of each error.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../runner/simulate/engine/engine.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import { measuredRows, probeResolution } from '../reference-target/resolution-probe.ts';

const HEX64 = /^[0-9a-f]{64}$/;
const RFC3339_NANO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/;

function engine(): MemoryEngine {
  return new MemoryEngine({
    containers: [
      { id: 'a'.repeat(64), name: 'probe_running', running: true },
      { name: 'dtest', running: false },
    ],
  });
}

/** The EngineError a call rejects with, as plain data. */
async function failure(p: Promise<unknown>): Promise<{ status: number; message: string; path: string }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof EngineError) return { status: err.status, message: err.message, path: err.path };
    throw err;
  }
  throw new Error('expected an EngineError');
}

describe('predefined networks', () => {
  it('lists bridge, host and none as the engine shows them', async () => {
    const list = await engine().list();
    const byName = Object.fromEntries(list.map((n) => [n.Name, n]));
    expect(Object.keys(byName).sort()).toEqual(['bridge', 'host', 'none']);
    expect(byName.bridge).toMatchObject({
      Driver: 'bridge', Scope: 'local', EnableIPv6: false, Internal: false, Attachable: false, Ingress: false,
      ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: {}, Labels: {},
      IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }] },
    });
    expect(Object.keys(byName.bridge.Options as object)).toEqual([
      'com.docker.network.bridge.default_bridge', 'com.docker.network.bridge.enable_icc',
      'com.docker.network.bridge.enable_ip_masquerade', 'com.docker.network.bridge.host_binding_ipv4',
      'com.docker.network.bridge.name', 'com.docker.network.driver.mtu',
    ]);
    expect(byName.host).toMatchObject({ Driver: 'host', IPAM: { Config: [], Options: null }, Options: {} });
    expect(byName.none).toMatchObject({ Driver: 'null', IPAM: { Config: [], Options: null }, Options: {} });
    for (const n of list) {
      expect(n.Id).toMatch(HEX64);
      expect(n.Created).toMatch(RFC3339_NANO_UTC);
    }
  });

  it('refuses to remove or recreate them', async () => {
    const e = engine();
    expect(await failure(e.remove('bridge'))).toEqual({
      status: 403, message: 'bridge is a pre-defined network and cannot be removed', path: '/v1.41/networks/bridge',
    });
    expect((await failure(e.remove('none'))).message).toBe('none is a pre-defined network and cannot be removed');
    expect(await failure(e.create({ Name: 'host' }))).toMatchObject({ status: 403, message: 'operation is not permitted on predefined host network ' });
  });

  it('reports its version', async () => {
    expect(await engine().version()).toEqual({ Version: '20.10.24-memory', ApiVersion: '1.41' });
  });
});

describe('create', () => {
  it('allocates /16 pools from 172.18.0.0 upward with a Gateway, and IPAM.Options null', async () => {
    const e = engine();
    const a = await e.create({ Name: 'a', Driver: null, Options: null, IPAM: null });
    const b = await e.create({ Name: 'b' });
    expect(a).toEqual({ Id: expect.stringMatching(HEX64), Warning: '' });
    expect((await e.inspect(a.Id)).IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] });
    expect((await e.inspect(b.Id)).IPAM).toMatchObject({ Config: [{ Subnet: '172.19.0.0/16', Gateway: '172.19.0.1' }] });
    expect(await e.inspect('a')).toMatchObject({ Driver: 'bridge', Options: {}, Labels: {}, Internal: false, Containers: {} });
  });

  it('echoes a user IPAM config verbatim, without null keys, and IPAM.Options only when sent', async () => {
    const e = engine();
    const { Id } = await e.create({
      Name: 'px_ipam',
      IPAM: { Driver: 'default', Config: [{ Subnet: '10.77.0.5/24', IPRange: null, Gateway: '10.77.0.254', AuxiliaryAddresses: null }], Options: { x: 'y' } },
    });
    expect((await e.inspect(Id)).IPAM).toEqual({ Driver: 'default', Options: { x: 'y' }, Config: [{ Subnet: '10.77.0.5/24', Gateway: '10.77.0.254' }] });
    const empty = await e.create({ Name: 'px_empty', IPAM: { Options: {} } });
    expect((await e.inspect(empty.Id)).IPAM).toMatchObject({ Options: {} });
  });

  it('adds an IPv4 pool before user IPv6 subnets and needs one for EnableIPv6', async () => {
    const e = engine();
    const v6 = await e.create({ Name: 'v6', EnableIPv6: true, IPAM: { Config: [{ Subnet: 'fd00:dead:beef::/64' }] } });
    expect((await e.inspect(v6.Id)).IPAM).toMatchObject({ Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }, { Subnet: 'fd00:dead:beef::/64' }] });
    expect(await failure(e.create({ Name: 'nov6', EnableIPv6: true }))).toMatchObject({
      status: 404, message: 'could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network',
    });
  });

  it('echoes driver, internal, options and labels with sorted keys', async () => {
    const e = engine();
    const { Id } = await e.create({ Name: 'x', Driver: 'bridge', Internal: true, Attachable: true, Options: { foo: 'bar', 'com.docker.network.driver.mtu': '1400' }, Labels: { 'com.example.a': '1', b: '' } });
    const n = await e.inspect(Id);
    expect(n).toMatchObject({ Driver: 'bridge', Internal: true, Attachable: true });
    expect(JSON.stringify(n.Options)).toBe('{"com.docker.network.driver.mtu":"1400","foo":"bar"}');
    expect(JSON.stringify(n.Labels)).toBe('{"b":"","com.example.a":"1"}');
  });

  it('creates duplicates with a Warning unless CheckDuplicate is true', async () => {
    const e = engine();
    const first = await e.create({ Name: 'px_min' });
    const second = await e.create({ Name: 'px_min' });
    const third = await e.create({ Name: 'px_min', CheckDuplicate: false });
    expect(second.Id).not.toBe(first.Id);
    expect(second.Warning).toBe(`Network with name px_min (id : ${first.Id}) already exists`);
    expect(third.Warning).toBe(second.Warning);
    expect(await failure(e.create({ Name: 'px_min', CheckDuplicate: true }))).toEqual({
      status: 409, message: 'network with name px_min already exists', path: '/v1.41/networks/create',
    });
  });

  it('answers 500 invalid name for empty or blank names', async () => {
    const e = engine();
    expect(await failure(e.create({ Name: '' }))).toMatchObject({ status: 500, message: 'invalid name: ' });
    expect(await failure(e.create({ Name: '   ' }))).toMatchObject({ status: 500, message: 'invalid name:    ' });
    expect(await failure(e.create({} as never))).toMatchObject({ status: 500, message: 'invalid name: ' });
    // moby looks an empty name up as the default network first (checked on a live 20.10.24).
    expect(await failure(e.create({ Name: '', CheckDuplicate: true }))).toMatchObject({ status: 409, message: 'network with name  already exists' });
  });

  it('accepts names without any character check', async () => {
    const e = engine();
    for (const name of ['bad name', 'bad/name', 'x$y', 'ünïcödé', 'n'.repeat(300)]) {
      const { Id } = await e.create({ Name: name });
      expect((await e.inspect(name)).Id).toBe(Id);
    }
  });

  it('words driver, pool and decode failures as the engine does', async () => {
    const e = engine();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ Name: 'x', Driver: 'nosuchdriver' }, 404, 'plugin "nosuchdriver" not found'],
      [{ Name: 'x', Driver: 'host' }, 403, 'only one instance of "host" network is allowed'],
      [{ Name: 'x', Driver: 'null' }, 403, 'only one instance of "null" network is allowed'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '172.17.0.0/16' }] } }, 403, 'Pool overlaps with other one on this address space'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: 'not-a-subnet' }] } }, 500, 'Invalid subnet not-a-subnet : invalid CIDR address: not-a-subnet'],
      [{ Name: 'x', IPAM: { Config: [{ Gateway: '10.81.0.1' }] } }, 500, 'Invalid subnet  : invalid CIDR address: '],
      [{ Name: 'x', IPAM: { Config: [null] } }, 500, 'Invalid subnet  : invalid CIDR address: '],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '10.79.0.0/24', Gateway: '10.80.0.1' }] } }, 500, 'failed to allocate gateway (10.80.0.1): Requested address is out of range'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '10.79.0.0/24', Gateway: 'xyz' }] } }, 500, 'invalid gateway address xyz in Ipam configuration'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '10.1.0.0/24' }, { Subnet: '10.2.0.0/24' }] } }, 403, "bridge driver doesn't support multiple subnets"],
      [{ Name: 'x', Options: { 'com.docker.network.driver.mtu': 'abc' } }, 500, 'failed to parse com.docker.network.driver.mtu value: abc (strconv.Atoi: parsing "abc": invalid syntax)'],
      [{ Name: 123 }, 400, 'json: cannot unmarshal number into Go struct field NetworkCreateRequest.Name of type string'],
      [{ Name: 'x', Internal: 'yes' }, 400, 'json: cannot unmarshal string into Go struct field NetworkCreateRequest.Internal of type bool'],
      [{ Name: 'x', Labels: ['a'] }, 400, 'json: cannot unmarshal array into Go struct field NetworkCreateRequest.Labels of type map[string]string'],
      [{ Name: 'x', Options: { mtu: 1400 } }, 400, 'json: cannot unmarshal number into Go struct field NetworkCreateRequest.Options of type string'],
    ];
    for (const [body, status, message] of cases) {
      expect(await failure(e.create(body as never)), JSON.stringify(body)).toEqual({ status, message, path: '/v1.41/networks/create' });
    }
    expect((await e.list()).length).toBe(3);
  });

  it('checks gateways, IP ranges and IPv6 entries in the engine\'s order (checked on a live 20.10.24)', async () => {
    const e = engine();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '0.0.0.0/0', Gateway: 'zz' }] } }, 500, 'invalid gateway address zz in Ipam configuration'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '172.17.0.0/16', IPRange: 'x' }] } }, 500, 'failed to parse pool request for address space "LocalDefault" pool "172.17.0.0/16" subpool "x": Invalid Address SubPool'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '0.0.0.0/0', Gateway: 'fd00::1' }] } }, 403, 'Pool overlaps with other one on this address space'],
      [{ Name: 'x', IPAM: { Config: [{ Subnet: '10.66.0.0/24', Gateway: 'fd00::1' }] } }, 500, 'failed to allocate gateway (fd00::1): Requested address is out of range'],
      [{ Name: 'x', Driver: 'host', IPAM: { Config: [{ Subnet: '10.1.0.0/24', Gateway: '10.2.0.1' }] } }, 403, 'only one instance of "host" network is allowed'],
      [{ Name: 'x', Options: { 'com.docker.network.driver.mtu': 'abc' }, IPAM: { Config: [{ Subnet: '10.1.0.0/24' }, { Subnet: '10.2.0.0/24' }] } }, 500, 'failed to parse com.docker.network.driver.mtu value: abc (strconv.Atoi: parsing "abc": invalid syntax)'],
      [{ Name: 'x', EnableIPv6: true, IPAM: { Config: [{ Subnet: 'fd00:9::/64', Gateway: 'zz' }] } }, 500, 'invalid gateway address zz in Ipam configuration'],
      [{ Name: 'x', EnableIPv6: true, IPAM: { Config: [{ Subnet: 'fd00:9::/64', Gateway: '10.0.0.1' }] } }, 500, 'failed to allocate gateway (10.0.0.1): Requested address is out of range'],
    ];
    for (const [body, status, message] of cases) {
      expect(await failure(e.create(body as never)), JSON.stringify(body)).toMatchObject({ status, message });
    }
    // Without EnableIPv6 an IPv6 entry is stored unchecked.
    const loose = await e.create({ Name: 'loose', IPAM: { Config: [{ Subnet: 'fd00:9::/64', Gateway: 'zz', IPRange: 'x' }] } });
    expect((await e.inspect(loose.Id)).IPAM).toMatchObject({ Config: [{ Subnet: '172.18.0.0/16' }, { Subnet: 'fd00:9::/64', IPRange: 'x', Gateway: 'zz' }] });
  });

  it('reads null map values as empty strings', async () => {
    const e = engine();
    const { Id } = await e.create({ Name: 'n', Labels: { a: null } as never, Options: { b: null } as never });
    expect(await e.inspect(Id)).toMatchObject({ Labels: { a: '' }, Options: { b: '' } });
  });

  it('runs out of default pools after 31 networks', async () => {
    const e = engine();
    for (let i = 0; i < 30; i++) await e.create({ Name: `n${i}` });
    expect(await failure(e.create({ Name: 'one-too-many' }))).toMatchObject({
      status: 404, message: 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
    });
  });
});

describe('name resolution', () => {
  it('resolves full Id, then exact name, then unique Id prefix; names never prefix-match', async () => {
    const e = engine();
    const { Id } = await e.create({ Name: 'px_internal' });
    expect((await e.inspect(Id)).Name).toBe('px_internal');
    expect((await e.inspect(Id.slice(0, 12))).Name).toBe('px_internal');
    expect((await e.inspect('px_internal')).Id).toBe(Id);
    expect(await failure(e.inspect('px_inter'))).toEqual({ status: 404, message: 'network px_inter not found', path: '/v1.41/networks/px_inter' });
    expect((await failure(e.inspect('PX_INTERNAL'))).status).toBe(404);
    // A network named with another's full Id loses to the Id match; one named with an Id prefix wins over the prefix.
    await e.create({ Name: Id });
    expect((await e.inspect(Id)).Name).toBe('px_internal');
    const short = Id.slice(0, 12);
    const named = await e.create({ Name: short });
    expect((await e.inspect(short)).Id).toBe(named.Id);
  });

  it('words ambiguity differently for inspect and remove', async () => {
    const e = engine();
    await e.create({ Name: 'dup' });
    await e.create({ Name: 'dup' });
    expect(await failure(e.inspect('dup'))).toMatchObject({ status: 400, message: '2 matches found based on name: network dup is ambiguous' });
    expect(await failure(e.remove('dup'))).toMatchObject({ status: 400, message: 'network dup is ambiguous (2 matches found based on name)' });
    // connect and disconnect go through the daemon's FindNetwork, which words it a third way.
    expect(await failure(e.connect('dup', 'probe_running'))).toMatchObject({ status: 400, message: 'network dup is ambiguous (2 matches found on name)' });
    expect(await failure(e.disconnect('dup', 'probe_running'))).toMatchObject({ status: 400, message: 'network dup is ambiguous (2 matches found on name)' });
    // A created container is not checked against the network at all.
    await e.connect('dup', 'dtest');
    await e.disconnect('dup', 'dtest');
    expect(await failure(e.inspect(''))).toMatchObject({ status: 400, message: expect.stringMatching(/^5 matches found based on ID prefix: network {2}is ambiguous$/) });
    expect(await failure(e.remove(''))).toMatchObject({ status: 400, message: 'network  is ambiguous (5 matches found based on ID prefix)' });
  });

  it('resolves every kind of reference, in every operation, as measured on Docker 20.10.24 (resolution.md)', async () => {
    expect(await probeResolution(engine(), 'px', 'probe_running')).toEqual(measuredRows());
  });

  it('quotes ids in error paths as docker-py does', async () => {
    expect((await failure(engine().inspect('a b/c:d'))).path).toBe('/v1.41/networks/a%20b/c:d');
  });
});

describe('connect and disconnect', () => {
  it('shows running containers in inspect only, never in the list, and never created ones', async () => {
    const e = engine();
    const { Id } = await e.create({ Name: 'px_conn' });
    await e.connect('px_conn', 'probe_running');
    await e.connect('px_conn', 'dtest');
    await e.connect(Id.slice(0, 6), 'dtest');
    const n = await e.inspect(Id);
    expect(n.Containers).toEqual({
      ['a'.repeat(64)]: { Name: 'probe_running', EndpointID: expect.stringMatching(HEX64), MacAddress: '02:42:ac:12:00:02', IPv4Address: '172.18.0.2/16', IPv6Address: '' },
    });
    expect((await e.list()).every((x) => JSON.stringify(x.Containers) === '{}')).toBe(true);
    expect((await e.inspect('bridge')).Containers).toHaveProperty('a'.repeat(64));
  });

  it('refuses a running container twice, an unknown container, and host/none', async () => {
    const e = engine();
    await e.create({ Name: 'px_conn' });
    await e.connect('px_conn', 'probe_running');
    expect(await failure(e.connect('px_conn', 'probe_running'))).toEqual({
      status: 403, message: 'endpoint with name probe_running already exists in network px_conn', path: '/v1.41/networks/px_conn/connect',
    });
    expect(await failure(e.connect('bridge', 'probe_running'))).toMatchObject({ status: 403, message: 'endpoint with name probe_running already exists in network bridge' });
    expect(await failure(e.connect('px_conn', 'nosuchcontainer'))).toMatchObject({ status: 404, message: 'No such container: nosuchcontainer' });
    expect(await failure(e.connect('nosuchnet', 'nosuchcontainer'))).toMatchObject({ status: 404, message: 'No such container: nosuchcontainer' });
    expect(await failure(e.connect('nosuchnet', 'probe_running'))).toMatchObject({ status: 404, message: 'network nosuchnet not found' });
    expect(await failure(e.connect('px_conn', ''))).toMatchObject({ status: 400, message: 'invalid name or ID supplied: ""' });
    for (const c of ['probe_running', 'dtest']) {
      expect(await failure(e.connect('host', c))).toMatchObject({ status: 400, message: 'container cannot be disconnected from host network or connected to host network' });
      expect(await failure(e.connect('none', c))).toMatchObject({ status: 400, message: 'container cannot be connected to multiple networks with one of the networks in private (none) mode' });
    }
  });

  it('lets a created container connect to a missing network (a phantom entry it can disconnect)', async () => {
    const e = engine();
    await e.connect('nosuchnet', 'dtest');
    await e.disconnect('nosuchnet', 'dtest');
    expect(await failure(e.disconnect('nosuchnet2', 'dtest'))).toMatchObject({ status: 500, message: expect.stringMatching(/^container [0-9a-f]{64} is not connected to the network nosuchnet2$/) });
  });

  it('words "not connected" by container state', async () => {
    const e = engine();
    await e.create({ Name: 'px_conn' });
    expect(await failure(e.disconnect('px_conn', 'probe_running'))).toEqual({
      status: 500, message: `container ${'a'.repeat(64)} is not connected to network px_conn`, path: '/v1.41/networks/px_conn/disconnect',
    });
    expect(await failure(e.disconnect('px_conn', 'probe_running', true))).toMatchObject({ status: 500, message: expect.stringContaining('is not connected to network px_conn') });
    expect(await failure(e.disconnect('px_conn', 'dtest'))).toMatchObject({ status: 500, message: expect.stringMatching(/^container [0-9a-f]{64} is not connected to the network px_conn$/) });
    expect(await failure(e.disconnect('nosuchnet', 'probe_running'))).toMatchObject({ status: 404, message: 'network nosuchnet not found' });
    expect(await failure(e.disconnect('nosuchnet', 'probe_running', true))).toMatchObject({ status: 500, message: expect.stringContaining('is not connected to the network nosuchnet') });
    expect(await failure(e.disconnect('px_conn', 'nosuchcontainer'))).toMatchObject({ status: 404, message: 'No such container: nosuchcontainer' });
    expect(await failure(e.disconnect('px_conn', 'nosuchcontainer', true))).toMatchObject({ status: 404, message: 'endpoint nosuchcontainer not found' });
    expect(await failure(e.disconnect('nosuchnet', 'nosuchcontainer', true))).toMatchObject({ status: 404, message: 'network nosuchnet not found' });
    expect(await failure(e.disconnect('px_conn', ''))).toMatchObject({ status: 400, message: 'invalid name or ID supplied: ""' });
    expect(await failure(e.disconnect('px_conn', '', true))).toMatchObject({ status: 500, message: 'invalid name: ' });
    expect(await failure(e.disconnect('px_conn', 'dtest', 'yes' as never))).toMatchObject({ status: 400, message: 'json: cannot unmarshal string into Go struct field NetworkDisconnect.Force of type bool' });
  });

  it('hands out addresses after the gateway, from the IPRange when one lies inside the subnet', async () => {
    const e = engine();
    const addressIn = async (name: string, config: Record<string, string>): Promise<unknown> => {
      await e.create({ Name: name, IPAM: { Config: [config] } });
      await e.connect(name, 'probe_running');
      return Object.values((await e.inspect(name)).Containers as Record<string, { IPv4Address: string; MacAddress: string }>)
        .map((c) => [c.IPv4Address, c.MacAddress])[0];
    };
    expect(await addressIn('solo', { Subnet: '10.50.0.0/24', IPRange: '10.50.0.128/25', Gateway: '10.50.0.1' })).toEqual(['10.50.0.128/24', '02:42:0a:32:00:80']);
    expect(await addressIn('r0', { Subnet: '10.7.0.0/24', IPRange: '10.7.0.0/25' })).toEqual(['10.7.0.2/24', '02:42:0a:07:00:02']);
    expect(await addressIn('g2', { Subnet: '10.8.0.0/24', Gateway: '10.8.0.2' })).toEqual(['10.8.0.1/24', '02:42:0a:08:00:01']);
    expect(await addressIn('outside', { Subnet: '10.5.0.0/24', IPRange: '10.6.0.0/25' })).toEqual(['10.5.0.2/24', '02:42:0a:05:00:02']);
  });

  it('lets a running container with no other network join none, without an address', async () => {
    const e = engine();
    await e.disconnect('bridge', 'probe_running');
    await e.connect('none', 'probe_running');
    expect(Object.values((await e.inspect('none')).Containers as object)).toEqual([expect.objectContaining({ Name: 'probe_running', IPv4Address: '', MacAddress: '' })]);
    expect(await failure(e.connect('bridge', 'probe_running'))).toMatchObject({ status: 400, message: expect.stringContaining('private (none) mode') });
    await e.disconnect('none', 'probe_running');
    await e.connect('bridge', 'probe_running');
  });

  it('disconnects and reconnects, freeing the endpoint', async () => {
    const e = engine();
    await e.create({ Name: 'px_conn' });
    await e.connect('px_conn', 'probe_running');
    await e.disconnect('px_conn', 'probe_running');
    expect((await e.inspect('px_conn')).Containers).toEqual({});
    await e.connect('px_conn', 'probe_running');
    expect(Object.values((await e.inspect('px_conn')).Containers as object)[0]).toMatchObject({ IPv4Address: '172.18.0.2/16' });
    await e.connect('px_conn', 'dtest');
    await e.disconnect('px_conn', 'dtest');
  });
});

describe('remove and prune', () => {
  it('refuses a network with a running container but removes one with only created containers', async () => {
    const e = engine();
    const used = await e.create({ Name: 'used' });
    await e.create({ Name: 'created-only' });
    await e.connect('used', 'probe_running');
    await e.connect('created-only', 'dtest');
    expect(await failure(e.remove('used'))).toEqual({
      status: 403, message: `error while removing network: network used id ${used.Id} has active endpoints`, path: '/v1.41/networks/used',
    });
    await e.remove('created-only');
    expect(await failure(e.remove('created-only'))).toMatchObject({ status: 404, message: 'network created-only not found' });
  });

  it('prunes every unused non-predefined network by name, or answers null', async () => {
    const e = engine();
    expect(await e.prune()).toEqual({ NetworksDeleted: null });
    await e.create({ Name: 'same' });
    await e.create({ Name: 'same' });
    await e.create({ Name: 'created-only' });
    await e.create({ Name: 'used' });
    await e.connect('created-only', 'dtest');
    await e.connect('used', 'probe_running');
    expect((await e.prune()).NetworksDeleted?.sort()).toEqual(['created-only', 'same', 'same']);
    expect((await e.list()).map((n) => n.Name).sort()).toEqual(['bridge', 'host', 'none', 'used']);
    expect(await e.prune()).toEqual({ NetworksDeleted: null });
  });

  it('hands out copies, not its state', async () => {
    const e = engine();
    const [first] = await e.list();
    (first.IPAM as { Config: unknown[] }).Config.push({ Subnet: '1.2.3.0/24' });
    first.Name = 'changed';
    expect((await e.list())[0]).toMatchObject({ Name: 'bridge', IPAM: { Config: [{ Subnet: '172.17.0.0/16' }] } });
  });
});
