// How Container Station's backend reads the fields of a request before it calls docker-py: Python's truthiness, the
// strings "true" and "false" the page types `internal` and `force` as, and the body docker-py's create_network sends
// to the engine for a create (with the create faults that drop a field on the way).
import type { EngineCreateBody } from '../engine/engine.ts';
import type { FaultName } from '../faults.ts';

/** Python truthiness, which decides whether docker-py adds Internal/EnableIPv6/Force to the engine request. */
export function pyTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** The docs type `internal` and `force` as strings; "true"/"false" are read as the booleans they mean. */
export const flag = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringMap = (v: unknown): boolean => isObject(v) && Object.values(v).every((x) => typeof x === 'string');

/** create-field-type-html: whether a create's fields beside name have the JSON types CreateNetworkRequest allows. */
export function fieldsTyped(b: Record<string, unknown>): boolean {
  const is = (key: string, ok: (v: unknown) => boolean): boolean => !(key in b) || ok(b[key]);
  const ipamOk = (v: unknown): boolean => isObject(v)
    && (!('Driver' in v) || typeof v.Driver === 'string')
    && (!('Options' in v) || stringMap(v.Options))
    && (!('Config' in v) || (Array.isArray(v.Config) && v.Config.every(stringMap)));
  return is('check_duplicate', (v) => typeof v === 'boolean')
    && is('enableIPv6', (v) => typeof v === 'boolean')
    && is('driver', (v) => typeof v === 'string')
    && is('internal', (v) => typeof v === 'boolean' || typeof v === 'string')
    && is('options', stringMap)
    && is('labels', stringMap)
    && is('ipam', ipamOk);
}

/** The body docker-py's create_network sends for Container Station's fields (reference §9.1). */
export function createBody(b: Record<string, unknown>, f: ReadonlySet<FaultName>): EngineCreateBody {
  const out: EngineCreateBody = {
    Name: (b.name ?? '') as string,
    Driver: f.has('create-ignores-driver') ? null : ((b.driver ?? null) as string | null),
    Options: f.has('create-ignores-options') ? null : ((b.options ?? null) as Record<string, string> | null),
    IPAM: f.has('create-ignores-ipam') ? null : (b.ipam ?? null),
  };
  const checkDuplicate = flag(b.check_duplicate);
  if (checkDuplicate !== undefined && checkDuplicate !== null && !f.has('duplicate-allowed')) out.CheckDuplicate = checkDuplicate as boolean;
  if (b.labels !== undefined && b.labels !== null) out.Labels = b.labels as Record<string, string>;
  if (pyTruthy(flag(b.enableIPv6))) out.EnableIPv6 = true;
  if (pyTruthy(flag(b.internal)) && !f.has('create-ignores-internal')) out.Internal = true;
  return out;
}
