// An in-memory model of Docker Engine 20.10's network endpoints (API 1.41), faithful to
// /work/shared/reference/docker-engine-network-behavior.md on what a conformance suite observes through Container
// Station: shapes, name resolution, duplicates, running vs created containers, removal and prune rules, and the
// engine's status and wording of every error. Where the document is silent, moby v20.10's code decides.
import { randomBytes } from 'node:crypto';
import { EngineError, type Engine, type EngineContainer, type EngineCreateBody } from './engine.ts';
import { connectDecodeError, createDecodeError, disconnectDecodeError } from './memory-decode.ts';
import { checkSubnets, contains, formatIPv4, goMap, ipamDriver, parseIPv4, planIpam, type V4Plan } from './memory-ipam.ts';

export interface MemoryContainerSpec {
  id?: string;
  name: string;
  running: boolean;
}

export interface MemoryEngineOptions {
  containers?: MemoryContainerSpec[];
}

interface Endpoint {
  Name: string;
  EndpointID: string;
  MacAddress: string;
  IPv4Address: string;
  IPv6Address: string;
}

interface Net {
  id: string;
  name: string;
  created: string;
  driver: string;
  enableIPv6: boolean;
  ipam: { Driver: string; Options: Record<string, string> | null; Config: Record<string, unknown>[] };
  internal: boolean;
  attachable: boolean;
  options: Record<string, string>;
  labels: Record<string, string>;
  predefined: boolean;
  v4?: V4Plan;
  /** Addresses handed out to endpoints, gateway included. */
  used: Set<number>;
  /** Running containers only, by container id: created containers never get an endpoint. */
  endpoints: Map<string, Endpoint>;
}

interface Container {
  id: string;
  name: string;
  running: boolean;
  /** The keys of NetworkSettings.Networks: network names, or the raw term for a created container's phantom entry. */
  networks: Set<string>;
}

const API = '/v1.41';
const PREDEFINED_NAMES = new Set(['bridge', 'host', 'none', 'default']);
const KNOWN_DRIVERS = new Set(['bridge', 'host', 'null', 'macvlan', 'ipvlan', 'overlay']);
const HOST_CONFLICT = 'container cannot be disconnected from host network or connected to host network';
const NONE_CONFLICT = 'container cannot be connected to multiple networks with one of the networks in private (none) mode';

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Python's urllib.parse.quote(safe='/:'), which docker-py applies to ids in URLs. */
function pyQuote(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':');
}

let lastNs = 0n;
/** Go's RFC3339Nano in UTC: nanoseconds with trailing zeros dropped, so the digit count varies. */
function goTimestamp(offsetMs = 0): string {
  let ns = BigInt(Date.now() + offsetMs) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
  if (offsetMs === 0 && ns <= lastNs) ns = lastNs + 1n;
  if (offsetMs === 0) lastNs = ns;
  const seconds = new Date(Number(ns / 1_000_000n)).toISOString().slice(0, 19);
  const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${seconds}${fraction ? `.${fraction}` : ''}Z`;
}

type Resolution = { net: Net } | { status: 400 | 404; message: string };

export class MemoryEngine implements Engine {
  readonly #networks: Net[] = [];
  readonly #containers: Container[] = [];

  constructor(opts: MemoryEngineOptions = {}) {
    const boot = goTimestamp(-60_000);
    this.#networks.push(
      this.#predefined('bridge', 'bridge', boot, {
        'com.docker.network.bridge.default_bridge': 'true',
        'com.docker.network.bridge.enable_icc': 'true',
        'com.docker.network.bridge.enable_ip_masquerade': 'true',
        'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
        'com.docker.network.bridge.name': 'docker0',
        'com.docker.network.driver.mtu': '1500',
      }),
      this.#predefined('host', 'host', boot, {}),
      this.#predefined('none', 'null', boot, {}),
    );
    const bridge = this.#networks[0];
    // A daemon started with --bip (as on a NAS, and our private dockerd) shows the Gateway; one that adopted an
    // existing docker0 omits it (§2.1). Clients must accept both; this model shows the configured form.
    bridge.ipam.Config = [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }];
    const bridgeNet = { base: parseIPv4('172.17.0.0')!, prefix: 16 };
    bridge.v4 = { ...bridgeNet, gateway: parseIPv4('172.17.0.1')!, range: bridgeNet };
    bridge.used.add(bridge.v4.gateway);

    for (const spec of opts.containers ?? []) {
      const c: Container = { id: spec.id ?? hex(32), name: spec.name, running: spec.running, networks: new Set(['bridge']) };
      this.#containers.push(c);
      if (c.running) bridge.endpoints.set(c.id, this.#endpoint(bridge, c));
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
    return this.#networks.map((n) => this.#render(n, false));
  }

  async inspect(id: string): Promise<Record<string, unknown>> {
    const r = this.#resolve(id, 'inspect');
    if ('status' in r) throw new EngineError(r.status, r.message, `${API}/networks/${pyQuote(id)}`);
    return this.#render(r.net, true);
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
    const c = this.#container(container ?? '', path);
    const r = this.#resolve(id, 'find');
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
      const other = this.#resolve(key, 'find');
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
    net.endpoints.set(c.id, this.#endpoint(net, c));
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
    const r = this.#resolve(id, 'find');
    const c = this.#findContainer(term);
    if (!c) {
      if (!force) this.#container(term, path);
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
    const r = this.#resolve(id, 'remove');
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

  #predefined(name: string, driver: string, created: string, options: Record<string, string>): Net {
    return {
      id: this.#newNetworkId(),
      name,
      created,
      driver,
      enableIPv6: false,
      ipam: { Driver: 'default', Options: null, Config: [] },
      internal: false,
      attachable: false,
      options,
      labels: {},
      predefined: true,
      used: new Set(),
      endpoints: new Map(),
    };
  }

  #newNetworkId(): string {
    let id: string;
    do id = hex(32);
    while (this.#networks.some((n) => n.id === id));
    return id;
  }

  #endpoint(net: Net, c: Container): Endpoint {
    let ipv4 = '';
    let mac = '';
    if (net.v4) {
      const { base, prefix, range } = net.v4;
      // Never the subnet's own address or its broadcast (the last one); an IPRange is used from its first address.
      let addr = Math.max(range.base, base + 1);
      const free = (a: number): boolean => contains(range, a) && contains(net.v4!, a + 1) && !net.used.has(a);
      while (!free(addr) && contains(range, addr + 1)) addr++;
      if (!free(addr)) {
        throw new EngineError(500, `no available IPv4 addresses on this network's address pools: ${net.name} (${net.id})`, `${API}/networks/${pyQuote(net.name)}/connect`);
      }
      net.used.add(addr);
      ipv4 = `${formatIPv4(addr)}/${prefix}`;
      // Docker derives the MAC from the address: 02:42 followed by its four bytes.
      mac = ['02', '42', ...formatIPv4(addr).split('.').map((b) => Number(b).toString(16).padStart(2, '0'))].join(':');
    }
    return { Name: c.name, EndpointID: hex(32), MacAddress: mac, IPv4Address: ipv4, IPv6Address: '' };
  }

  /**
   * Full Id, then exact name, then unique Id prefix (§4). Ambiguity has three wordings: the GET handler's, the DELETE
   * handler's (§7, §10 #8) and the daemon's FindNetwork behind connect and disconnect.
   */
  #resolve(term: string, op: 'inspect' | 'remove' | 'find'): Resolution {
    const byId = this.#networks.find((n) => n.id === term);
    if (byId) return { net: byId };
    const ambiguous = (count: number, basis: string): Resolution => ({
      status: 400,
      message: op === 'inspect'
        ? `${count} matches found ${basis}: network ${term} is ambiguous`
        : `network ${term} is ambiguous (${count} matches found ${basis})`,
    });
    const byName = this.#networks.filter((n) => n.name === term);
    if (byName.length === 1) return { net: byName[0] };
    // FindNetwork (connect, disconnect) says "found on name"; the GET and DELETE handlers say "based on name".
    if (byName.length > 1) return ambiguous(byName.length, op === 'find' ? 'on name' : 'based on name');
    const byPrefix = this.#networks.filter((n) => n.id.startsWith(term));
    if (byPrefix.length === 1) return { net: byPrefix[0] };
    if (byPrefix.length > 1) return ambiguous(byPrefix.length, 'based on ID prefix');
    return { status: 404, message: `network ${term} not found` };
  }

  #findContainer(term: string): Container | undefined {
    if (term === '') return undefined;
    const name = term.startsWith('/') ? term.slice(1) : term;
    return (
      this.#containers.find((c) => c.id === term)
      ?? this.#containers.find((c) => c.name === name)
      ?? this.#uniquePrefix(term)
    );
  }

  #uniquePrefix(term: string): Container | undefined {
    const matches = this.#containers.filter((c) => c.id.startsWith(term));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** daemon.GetContainer: the container, or the engine's 400/404. */
  #container(term: string, path: string): Container {
    if (term === '') throw new EngineError(400, 'invalid name or ID supplied: ""', path);
    const c = this.#findContainer(term);
    if (!c) throw new EngineError(404, `No such container: ${term}`, path);
    return c;
  }

  #render(n: Net, withContainers: boolean): Record<string, unknown> {
    const containers: Record<string, Endpoint> = {};
    if (withContainers) for (const [cid, ep] of n.endpoints) containers[cid] = { ...ep };
    return {
      Name: n.name,
      Id: n.id,
      Created: n.created,
      Scope: 'local',
      Driver: n.driver,
      EnableIPv6: n.enableIPv6,
      IPAM: structuredClone(n.ipam),
      Internal: n.internal,
      Attachable: n.attachable,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Containers: containers,
      Options: { ...n.options },
      Labels: { ...n.labels },
    };
  }
}
