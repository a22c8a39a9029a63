// An in-memory model of Docker Engine 20.10's network endpoints (API 1.41), faithful to
// /work/shared/reference/docker-engine-network-behavior.md on what a conformance suite observes through Container
// Station: shapes, name resolution, duplicates, running vs created containers, removal and prune rules, and the
// engine's status and wording of every error. Where the document is silent, moby v20.10's code decides.
import { EngineError, type Engine, type EngineContainer, type EngineCreateBody } from './engine.ts';
import { connectDecodeError, createDecodeError, disconnectDecodeError } from './memory-decode.ts';
import { checkSubnets, goMap, ipamDriver, parseIPv4, planIpam } from './memory-ipam.ts';
import {
  API, DOCKER_BRIDGE, endpointOn, goTimestamp, hex, HOST_CONFLICT, KNOWN_DRIVERS, NONE_CONFLICT, predefinedNetworks, PREDEFINED_NAMES, pyQuote, render,
  type BridgeSpec, type Container, type Net,
} from './memory-model.ts';
import { containerOrFail, findContainer, resolveNetwork } from './memory-resolve.ts';

export { DOCKER_BRIDGE, type BridgeSpec } from './memory-model.ts';

export interface MemoryContainerSpec {
  id?: string;
  name: string;
  running: boolean;
}

export interface MemoryEngineOptions {
  containers?: MemoryContainerSpec[];
  /** The predefined bridge (default DOCKER_BRIDGE). */
  bridge?: BridgeSpec;
}

export class MemoryEngine implements Engine {
  readonly #networks: Net[] = [];
  readonly #containers: Container[] = [];

  constructor(opts: MemoryEngineOptions = {}) {
    this.#networks.push(...predefinedNetworks(opts.bridge ?? DOCKER_BRIDGE, () => this.#newNetworkId()));
    const bridge = this.#networks[0];
    for (const container of opts.containers ?? []) {
      const c: Container = { id: container.id ?? hex(32), name: container.name, running: container.running, networks: new Set(['bridge']) };
      this.#containers.push(c);
      if (c.running) bridge.endpoints.set(c.id, endpointOn(bridge, c));
    }
  }

  /** The fixture containers, for a target that has to name them. */
  containers(): EngineContainer[] {
    return this.#containers.map(({ id, name, running }) => ({ id, name, running }));
  }

  async version(): Promise<{ Version: string; ApiVersion: string }> {
    return { Version: '20.10.24-memory', ApiVersion: '1.41' };
  }

  async list(): Promise<Record<string, unknown>[]> {
    // The list never fills Containers, even with running containers attached (§2.1).
    return this.#networks.map((n) => render(n, false));
  }

  async inspect(id: string): Promise<Record<string, unknown>> {
    const r = resolveNetwork(this.#networks, id, 'inspect');
    if ('status' in r) throw new EngineError(r.status, r.message, `${API}/networks/${pyQuote(id)}`);
    return render(r.net, true);
  }

  async create(body: EngineCreateBody): Promise<{ Id: string; Warning: string }> {
    const fail = (status: number, message: string): never => {
      throw new EngineError(status, message, `${API}/networks/create`);
    };
    // A copy, in the body's key order (the engine reports the first field it cannot decode).
    const raw: Record<string, unknown> = { ...body };
    const decodeError = createDecodeError(raw);
    if (decodeError) fail(400, decodeError);

    const name = body.Name ?? '';
    if (PREDEFINED_NAMES.has(name)) fail(403, `operation is not permitted on predefined ${name} network `);
    // moby looks an empty name up as the default network, so {"CheckDuplicate":true} without a name is a 409.
    const existing = this.#networks.find((n) => n.name === (name === '' ? 'bridge' : name));
    if (existing && body.CheckDuplicate === true) fail(409, `network with name ${name} already exists`);
    const warning = existing ? `Network with name ${existing.name} (id : ${existing.id}) already exists` : '';

    checkSubnets(body.IPAM);
    if (name.trim() === '') fail(500, `invalid name: ${name}`);
    const driver = body.Driver || 'bridge';
    if (!KNOWN_DRIVERS.has(driver)) fail(404, `plugin "${driver}" not found`);
    const customIpam = ipamDriver(body.IPAM);
    if (customIpam !== undefined) fail(404, `plugin "${customIpam}" not found`);

    // Order checked against a live 20.10.24: host/null refuse before any pool work, the mtu is parsed before the
    // bridge counts its subnets.
    if (driver === 'host' || driver === 'null') fail(403, `only one instance of "${driver}" network is allowed`);
    const taken = this.#networks.flatMap((n) => (n.v4 ? [n.v4] : []));
    const plan = planIpam(body.IPAM, body.EnableIPv6 === true, taken);
    if (driver === 'macvlan' || driver === 'ipvlan') fail(500, 'operation not supported');
    if (driver === 'overlay') {
      fail(500, 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
    }
    const options = goMap(body.Options);
    const mtu = options['com.docker.network.driver.mtu'];
    if (mtu !== undefined && !/^[+-]?\d+$/.test(mtu)) {
      fail(500, `failed to parse com.docker.network.driver.mtu value: ${mtu} (strconv.Atoi: parsing "${mtu}": invalid syntax)`);
    }
    if (plan.v4Count > 1) fail(403, "bridge driver doesn't support multiple subnets");

    const net: Net = {
      id: this.#newNetworkId(),
      name,
      created: goTimestamp(),
      driver,
      enableIPv6: body.EnableIPv6 === true,
      ipam: plan.shown,
      internal: body.Internal === true,
      attachable: body.Attachable === true,
      options,
      labels: goMap(body.Labels),
      predefined: false,
      v4: plan.v4,
      used: new Set([plan.v4.gateway]),
      endpoints: new Map(),
    };
    this.#networks.push(net);
    return { Id: net.id, Warning: warning };
  }

  async connect(id: string, container: string): Promise<void> {
    const path = `${API}/networks/${pyQuote(id)}/connect`;
    const fail = (status: number, message: string): never => {
      throw new EngineError(status, message, path);
    };
    const decodeError = connectDecodeError(container);
    if (decodeError) fail(400, decodeError);
    // The container is looked up first: an unknown one is "No such container" whether the network exists or not.
    const c = containerOrFail(this.#containers, container ?? '', path);
    const r = resolveNetwork(this.#networks, id, 'find');
    if ('status' in r) {
      // A created container accepts any term, even a missing network: it only records a (phantom) entry.
      if (c.running) fail(r.status, r.message);
      c.networks.add(id);
      return;
    }
    const net = r.net;
    if (net.driver === 'host') fail(400, HOST_CONFLICT);
    let alreadyOn = false;
    for (const key of c.networks) {
      const other = resolveNetwork(this.#networks, key, 'find');
      if ('status' in other) continue;
      if (other.net === net) {
        alreadyOn = true;
        continue;
      }
      if (other.net.driver === 'null' || net.driver === 'null') fail(400, NONE_CONFLICT);
    }
    if (!c.running) {
      c.networks.add(net.name);
      return;
    }
    if (alreadyOn && net.endpoints.has(c.id)) fail(403, `endpoint with name ${c.name} already exists in network ${net.name}`);
    net.endpoints.set(c.id, endpointOn(net, c));
    c.networks.add(net.name);
  }

  async disconnect(id: string, container: string, force?: boolean): Promise<void> {
    const path = `${API}/networks/${pyQuote(id)}/disconnect`;
    const fail = (status: number, message: string): never => {
      throw new EngineError(status, message, path);
    };
    const decodeError = disconnectDecodeError(container, force);
    if (decodeError) fail(400, decodeError);
    const term = container ?? '';
    const r = resolveNetwork(this.#networks, id, 'find');
    const c = findContainer(this.#containers, term);
    if (!c) {
      if (!force) containerOrFail(this.#containers, term, path);
      // Force with an unknown container deletes an endpoint by that name (§6); libnetwork refuses an empty one.
      if ('status' in r) fail(r.status, r.message);
      if (term === '') fail(500, 'invalid name: ');
      fail(404, `endpoint ${term} not found`);
    }
    const ctr = c!;
    if (!ctr.running || ('status' in r && force)) {
      const key = 'net' in r ? r.net.name : id;
      if (!ctr.networks.has(key)) fail(500, `container ${ctr.id} is not connected to the network ${key}`);
      ctr.networks.delete(key);
      return;
    }
    if ('status' in r) fail(r.status, r.message);
    const net = (r as { net: Net }).net;
    const ep = net.endpoints.get(ctr.id);
    if (!ep) fail(500, `container ${ctr.id} is not connected to network ${net.name}`);
    net.endpoints.delete(ctr.id);
    net.used.delete(parseIPv4(ep!.IPv4Address.split('/')[0]) ?? -1);
    ctr.networks.delete(net.name);
  }

  async remove(id: string): Promise<void> {
    const path = `${API}/networks/${pyQuote(id)}`;
    const r = resolveNetwork(this.#networks, id, 'remove');
    if ('status' in r) throw new EngineError(r.status, r.message, path);
    const net = r.net;
    if (net.predefined) throw new EngineError(403, `${net.name} is a pre-defined network and cannot be removed`, path);
    // Only running containers hold endpoints; created containers keep a dangling entry and do not block (§7).
    if (net.endpoints.size > 0) {
      throw new EngineError(403, `error while removing network: network ${net.name} id ${net.id} has active endpoints`, path);
    }
    this.#networks.splice(this.#networks.indexOf(net), 1);
  }

  async prune(): Promise<{ NetworksDeleted: string[] | null }> {
    const doomed = this.#networks.filter((n) => !n.predefined && n.endpoints.size === 0);
    for (const n of doomed) this.#networks.splice(this.#networks.indexOf(n), 1);
    // Names, not ids; null rather than [] when nothing went (§8).
    return { NetworksDeleted: doomed.length > 0 ? doomed.map((n) => n.name) : null };
  }

  #newNetworkId(): string {
    let id: string;
    do id = hex(32);
    while (this.#networks.some((n) => n.id === id));
    return id;
  }
}
