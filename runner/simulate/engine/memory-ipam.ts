// Address handling for the memory engine: libnetwork 20.10's default IPv4 pools, subnet and gateway validation with
// the engine's error texts, and the verbatim echo of a user's IPAM config (docker-engine-network-behavior.md §3).
import { isIPv6 } from 'node:net';
import { EngineError } from './engine.ts';

const CREATE_PATH = '/v1.41/networks/create';

export interface V4Subnet {
  /** Network address (host bits cleared), as an unsigned 32-bit number. */
  base: number;
  prefix: number;
}

export interface V4Plan extends V4Subnet {
  gateway: number;
  /** Where endpoint addresses come from: the IPRange when it lies inside the subnet, else the subnet. */
  range: V4Subnet;
}

export interface IpamPlan {
  /** What inspect shows as IPAM. */
  shown: { Driver: string; Options: Record<string, string> | null; Config: Record<string, unknown>[] };
  /** The network's IPv4 subnet, where endpoints get their addresses. */
  v4: V4Plan;
}

const fail = (status: number, message: string): never => {
  throw new EngineError(status, message, CREATE_PATH);
};

export function parseIPv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let n = 0;
  for (const part of m.slice(1)) {
    // Go 1.17+ refuses leading zeros (they were octal to some parsers).
    if ((part.length > 1 && part.startsWith('0')) || Number(part) > 255) return undefined;
    n = n * 256 + Number(part);
  }
  return n;
}

export function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const size = (prefix: number): number => 2 ** (32 - prefix);
const maskOf = (n: number, prefix: number): number => n - (n % size(prefix));

type Cidr = ({ family: 4 } & V4Subnet) | { family: 6 };

function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return undefined;
  const prefix = Number(bits);
  const v4 = parseIPv4(addr);
  if (v4 !== undefined) return prefix <= 32 ? { family: 4, base: maskOf(v4, prefix), prefix } : undefined;
  return !addr.includes('%') && isIPv6(addr) && prefix <= 128 ? { family: 6 } : undefined;
}

export function overlaps(a: V4Subnet, b: V4Subnet): boolean {
  return a.base < b.base + size(b.prefix) && b.base < a.base + size(a.prefix);
}

export function contains(net: V4Subnet, addr: number): boolean {
  return addr >= net.base && addr < net.base + size(net.prefix);
}

/** libnetwork's local default pools, in allocation order: 172.17–31/16, then 192.168.0.0/20 … 192.168.240.0/20. */
export const DEFAULT_POOLS: readonly V4Subnet[] = [
  ...Array.from({ length: 15 }, (_, i) => ({ base: parseIPv4(`172.${17 + i}.0.0`)!, prefix: 16 })),
  ...Array.from({ length: 16 }, (_, i) => ({ base: parseIPv4(`192.168.${i * 16}.0`)!, prefix: 20 })),
];

// Go decodes a null map value as "" and encodes maps with sorted keys; every option and label map shows that.
const sortedMap = (m: Record<string, string | null>): Record<string, string> =>
  Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k] ?? '']));

export function goMap(m: unknown): Record<string, string> {
  return m && typeof m === 'object' ? sortedMap(m as Record<string, string | null>) : {};
}

const present = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** One IPAM.Config item as inspect shows it: Go field order, empty keys omitted, values exactly as sent. */
function echoConfig(c: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (present(c.Subnet)) out.Subnet = c.Subnet;
  if (present(c.IPRange)) out.IPRange = c.IPRange;
  if (present(c.Gateway)) out.Gateway = c.Gateway;
  const aux = c.AuxiliaryAddresses;
  if (aux && typeof aux === 'object' && Object.keys(aux).length > 0) out.AuxiliaryAddresses = goMap(aux);
  return out;
}

/** Parses every user subnet first, as the daemon does before it even validates the name. */
export function checkSubnets(ipam: unknown): void {
  for (const c of configItems(ipam)) {
    const subnet = typeof c.Subnet === 'string' ? c.Subnet : '';
    if (!parseCidr(subnet)) fail(500, `Invalid subnet ${subnet} : invalid CIDR address: ${subnet}`);
  }
}

function configItems(ipam: unknown): Record<string, unknown>[] {
  if (!ipam || typeof ipam !== 'object') return [];
  const config = (ipam as Record<string, unknown>).Config;
  // Go decodes a null item as an empty IPAMConfig, i.e. an empty (invalid) subnet.
  return Array.isArray(config) ? config.map((c: unknown) => (c ?? {}) as Record<string, unknown>) : [];
}

/** The IPAM driver named in the request, or undefined for the built-in one. */
export function ipamDriver(ipam: unknown): string | undefined {
  const d = ipam && typeof ipam === 'object' ? (ipam as Record<string, unknown>).Driver : undefined;
  return typeof d === 'string' && d !== '' && d !== 'default' ? d : undefined;
}

/**
 * Allocates the network's pools: user IPv4 subnets are checked against `taken` (every other network's IPv4 subnet)
 * and echoed verbatim; without one, the first free default pool is used and shown with its Gateway, before any user
 * IPv6 entries. `v4Count` lets the caller refuse several IPv4 subnets on a bridge afterwards.
 */
export function planIpam(ipam: unknown, enableIPv6: boolean, taken: readonly V4Subnet[]): IpamPlan & { v4Count: number } {
  const items = configItems(ipam);
  const rawOptions = ipam && typeof ipam === 'object' ? (ipam as Record<string, unknown>).Options : undefined;
  const options = rawOptions && typeof rawOptions === 'object' ? goMap(rawOptions) : null;
  const shown: Record<string, unknown>[] = [];
  const v4s: V4Plan[] = [];
  let hasV6 = false;

  // libnetwork allocates IPv4 entries, then IPv6 ones only when IPv6 is enabled: without it an IPv6 entry is stored
  // unchecked (observed: a Gateway of "zz" is accepted). Per entry: gateway syntax, IPRange, overlap, gateway range.
  for (const c of items) {
    const cidr = parseCidr(String(c.Subnet))!;
    const v6 = cidr.family === 6;
    hasV6 ||= v6;
    shown.push(echoConfig(c));
    if (v6 && !enableIPv6) continue;
    const gateway = typeof c.Gateway === 'string' ? c.Gateway : '';
    const gatewayV4 = parseIPv4(gateway);
    if (gateway !== '' && gatewayV4 === undefined && (gateway.includes('%') || !isIPv6(gateway))) {
      fail(500, `invalid gateway address ${gateway} in Ipam configuration`);
    }
    const rangeText = typeof c.IPRange === 'string' ? c.IPRange : '';
    const range = rangeText === '' ? undefined : parseCidr(rangeText);
    if (rangeText !== '' && !range) {
      fail(500, `failed to parse pool request for address space "LocalDefault" pool "${String(c.Subnet)}" subpool "${rangeText}": Invalid Address SubPool`);
    }
    const outOfRange = (): never => fail(500, `failed to allocate gateway (${gateway}): Requested address is out of range`);
    // IPv6 pools are not tracked, so only an IPv4 gateway is known to lie outside one.
    if (cidr.family === 6) {
      if (gatewayV4 !== undefined) outOfRange();
      continue;
    }
    if ([...taken, ...v4s].some((t) => overlaps(t, cidr))) fail(403, 'Pool overlaps with other one on this address space');
    if (gateway !== '' && (gatewayV4 === undefined || !contains(cidr, gatewayV4))) outOfRange();
    // An IPRange outside the subnet is accepted (§3 #32); addresses then come from the whole subnet.
    const inside = range?.family === 4 && contains(cidr, range.base) && range.prefix >= cidr.prefix;
    v4s.push({ base: cidr.base, prefix: cidr.prefix, gateway: gatewayV4 ?? cidr.base + 1, range: inside ? { base: range.base, prefix: range.prefix } : cidr });
  }

  if (v4s.length === 0) {
    const pool = DEFAULT_POOLS.find((p) => !taken.some((t) => overlaps(t, p)));
    if (!pool) fail(404, 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
    v4s.push({ ...pool!, gateway: pool!.base + 1, range: pool! });
    shown.unshift({ Subnet: `${formatIPv4(pool!.base)}/${pool!.prefix}`, Gateway: formatIPv4(pool!.base + 1) });
  }
  if (enableIPv6 && !hasV6) {
    fail(404, 'could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network');
  }
  return { shown: { Driver: 'default', Options: options, Config: shown }, v4: v4s[0], v4Count: v4s.length };
}
