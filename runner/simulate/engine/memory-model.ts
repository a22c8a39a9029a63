// The memory engine's model of the engine's state: a network, an endpoint and a container as moby 20.10 keeps them,
// the three predefined networks, an endpoint's address on a network, and a network rendered as the engine's JSON
// (list and inspect). memory-engine.ts changes this state as the engine's API would; memory-resolve.ts finds things.
import { randomBytes } from 'node:crypto';
import { EngineError } from './engine.ts';
import { contains, formatIPv4, parseIPv4, type V4Plan } from './memory-ipam.ts';

/** The predefined bridge network: its Linux bridge, its subnet (a /8 to /30) and its gateway. */
export interface BridgeSpec {
  interface: string;
  subnet: string;
  gateway: string;
}

/** A Docker daemon's own: docker0 on 172.17.0.0/16 (as our private dockerd has it). */
export const DOCKER_BRIDGE: BridgeSpec = { interface: 'docker0', subnet: '172.17.0.0/16', gateway: '172.17.0.1' };

export interface Endpoint {
  Name: string;
  EndpointID: string;
  MacAddress: string;
  IPv4Address: string;
  IPv6Address: string;
}

export interface Net {
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

export interface Container {
  id: string;
  name: string;
  running: boolean;
  /** The keys of NetworkSettings.Networks: network names, or the raw term for a created container's phantom entry. */
  networks: Set<string>;
}

export const API = '/v1.41';
export const PREDEFINED_NAMES = new Set(['bridge', 'host', 'none', 'default']);
export const KNOWN_DRIVERS = new Set(['bridge', 'host', 'null', 'macvlan', 'ipvlan', 'overlay']);
export const HOST_CONFLICT = 'container cannot be disconnected from host network or connected to host network';
export const NONE_CONFLICT = 'container cannot be connected to multiple networks with one of the networks in private (none) mode';

export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Python's urllib.parse.quote(safe='/:'), which docker-py applies to ids in URLs. */
export function pyQuote(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':');
}

let lastNs = 0n;
/** Go's RFC3339Nano in UTC: nanoseconds with trailing zeros dropped, so the digit count varies. */
export function goTimestamp(offsetMs = 0): string {
  let ns = BigInt(Date.now() + offsetMs) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
  if (offsetMs === 0 && ns <= lastNs) ns = lastNs + 1n;
  if (offsetMs === 0) lastNs = ns;
  const seconds = new Date(Number(ns / 1_000_000n)).toISOString().slice(0, 19);
  const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${seconds}${fraction ? `.${fraction}` : ''}Z`;
}

/** The engine's three predefined networks, the bridge as `bridge` says; `newId` gives each its Id. */
export function predefinedNetworks(bridge: BridgeSpec, newId: () => string): Net[] {
  const boot = goTimestamp(-60_000);
  const predefined = (name: string, driver: string, options: Record<string, string>): Net => ({
    id: newId(),
    name,
    created: boot,
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
  });
  const [net, ...others] = [
    predefined('bridge', 'bridge', {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': bridge.interface,
      'com.docker.network.driver.mtu': '1500',
    }),
    predefined('host', 'host', {}),
    predefined('none', 'null', {}),
  ];
  // A daemon started with --bip (as on a NAS, and our private dockerd) shows the Gateway; one that adopted an
  // existing docker0 omits it (§2.1). Clients must accept both; this model shows the configured form.
  net.ipam.Config = [{ Subnet: bridge.subnet, Gateway: bridge.gateway }];
  const [base, prefix] = bridge.subnet.split('/');
  const subnet = { base: parseIPv4(base)!, prefix: Number(prefix) };
  net.v4 = { ...subnet, gateway: parseIPv4(bridge.gateway)!, range: subnet };
  net.used.add(net.v4.gateway);
  return [net, ...others];
}

/** A running container's endpoint on `net`: the first free address of its range, and the MAC Docker derives from it. */
export function endpointOn(net: Net, c: Container): Endpoint {
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

/** A copy of a network's IPAM as shown (its Config entries hold strings, and AuxiliaryAddresses a map of them). */
function copyIpam(ipam: Net['ipam']): Net['ipam'] {
  const config = ipam.Config.map((c) => (isMap(c.AuxiliaryAddresses) ? { ...c, AuxiliaryAddresses: { ...c.AuxiliaryAddresses } } : { ...c }));
  return { Driver: ipam.Driver, Options: ipam.Options && { ...ipam.Options }, Config: config };
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A network as the engine's JSON shows it (the list passes withContainers false: it never fills Containers). */
export function render(n: Net, withContainers: boolean): Record<string, unknown> {
  const containers: Record<string, Endpoint> = {};
  if (withContainers) for (const [cid, ep] of n.endpoints) containers[cid] = { ...ep };
  return {
    Name: n.name,
    Id: n.id,
    Created: n.created,
    Scope: 'local',
    Driver: n.driver,
    EnableIPv6: n.enableIPv6,
    IPAM: copyIpam(n.ipam),
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
