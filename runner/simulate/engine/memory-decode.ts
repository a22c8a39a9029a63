// The engine decodes request bodies with Go's encoding/json: a value of the wrong JSON type is a 400 whose text names
// the Go struct field (docker-engine-network-behavior.md §3 #18, #20, #53, #54; §5; §6). null leaves the zero value.

type GoType = 'string' | 'bool' | 'map[string]string';

const jsonKind = (v: unknown): string =>
  typeof v === 'string' ? 'string'
    : typeof v === 'number' ? 'number'
      : typeof v === 'boolean' ? 'bool'
        : Array.isArray(v) ? 'array'
          : 'object';

const mismatch = (v: unknown, field: string, goType: string): string =>
  `json: cannot unmarshal ${jsonKind(v)} into Go struct field ${field} of type ${goType}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(v: unknown, field: string, type: GoType): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (type === 'string') return typeof v === 'string' ? undefined : mismatch(v, field, 'string');
  if (type === 'bool') return typeof v === 'boolean' ? undefined : mismatch(v, field, 'bool');
  if (!isObject(v)) return mismatch(v, field, type);
  const bad = Object.values(v).find((x) => x !== null && typeof x !== 'string');
  return bad === undefined ? undefined : mismatch(bad, field, 'string');
}

const CREATE_FIELDS: Record<string, GoType> = {
  Name: 'string', CheckDuplicate: 'bool', Driver: 'string', Scope: 'string', EnableIPv6: 'bool', Internal: 'bool',
  Attachable: 'bool', Ingress: 'bool', ConfigOnly: 'bool', Options: 'map[string]string', Labels: 'map[string]string',
};

function checkIpam(ipam: unknown): string | undefined {
  if (ipam === null || ipam === undefined) return undefined;
  if (!isObject(ipam)) return mismatch(ipam, 'NetworkCreateRequest.IPAM', 'network.IPAM');
  const top = check(ipam.Driver, 'IPAM.IPAM.Driver', 'string') ?? check(ipam.Options, 'IPAM.IPAM.Options', 'map[string]string');
  if (top) return top;
  const config = ipam.Config;
  if (config === null || config === undefined) return undefined;
  if (!Array.isArray(config)) return mismatch(config, 'IPAM.IPAM.Config', '[]network.IPAMConfig');
  for (const item of config) {
    if (item === null) continue;
    if (!isObject(item)) return mismatch(item, 'IPAM.IPAM.Config', 'network.IPAMConfig');
    for (const key of ['Subnet', 'IPRange', 'Gateway'] as const) {
      const err = check(item[key], `IPAMConfig.IPAM.Config.${key}`, 'string');
      if (err) return err;
    }
    const err = check(item.AuxiliaryAddresses, 'IPAMConfig.IPAM.Config.AuxiliaryAddresses', 'map[string]string');
    if (err) return err;
  }
  return undefined;
}

/** The 400 text for a create body the engine could not decode, in the body's key order, or undefined. */
export function createDecodeError(body: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(body)) {
    const err = key === 'IPAM' ? checkIpam(value) : CREATE_FIELDS[key] ? check(value, `NetworkCreateRequest.${key}`, CREATE_FIELDS[key]) : undefined;
    if (err) return err;
  }
  return undefined;
}

export function connectDecodeError(container: unknown): string | undefined {
  return check(container, 'NetworkConnect.Container', 'string');
}

export function disconnectDecodeError(container: unknown, force: unknown): string | undefined {
  return check(container, 'NetworkDisconnect.Container', 'string') ?? check(force, 'NetworkDisconnect.Force', 'bool');
}
