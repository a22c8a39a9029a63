// Generators of the negative suite. Bodies come from the spec's request schemas (the single source of truth): every
// documented field gets values of the JSON types its schema does not allow. Names and ids are the run's prefix plus
// odd pieces. The guard at the bottom keeps every generated create harmless to a real NAS.
import fc from 'fast-check';
import type { OperationId } from '../../wire/api.ts';
import { followRefs } from '../../contract/json-pointer.ts';
import { loadSpec } from '../../contract/spec.ts';
import { validateAgainst } from '../../contract/validator.ts';

export type RequestSchemaName = 'CreateNetworkRequest' | 'ConnectRequest' | 'DisconnectRequest';
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/** One generated request: JSON of this is the counterexample a failure reports. */
export interface GenRequest<Op extends OperationId = OperationId> {
  op: Op;
  networkId?: string;
  body?: unknown;
  raw?: { text: string; contentType: string };
}

interface Schema {
  $ref?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  required?: string[];
  deprecated?: boolean;
}

const ALL_TYPES: readonly JsonType[] = ['string', 'number', 'boolean', 'array', 'object', 'null'];

/** The longest name or id generated, prefix included (the engine accepts 300 characters and more). */
export const MAX_NAME = 2000;
/** The only range a generated subnet may use: RFC 2544's benchmark range, never a NAS's LAN. */
export const SAFE_V4 = { base: 198 * 2 ** 24 + 18 * 2 ** 16, prefix: 15 } as const;
/** Generated option, label and object keys: never com.docker.network.bridge.* (section 0 of the engine notes). */
export const SAFE_KEY = /^neg\.[a-z0-9]{1,6}$/;
const safeKey = fc.stringMatching(SAFE_KEY);

function deref(schema: Schema): Schema {
  const node = followRefs(loadSpec().doc, schema).node;
  if (node === undefined) throw new Error(`the spec's $ref ${String(schema.$ref)} resolves to nothing`);
  return node as Schema;
}

export function requestSchema(name: RequestSchemaName): Schema {
  const schema = (loadSpec().doc.components?.schemas as Record<string, Schema> | undefined)?.[name];
  if (!schema) throw new Error(`${name} is not in the spec's components.schemas`);
  return deref(schema);
}

function typesOf(schema: Schema): JsonType[] | undefined {
  if (schema.type === undefined) return undefined;
  const types = Array.isArray(schema.type) ? [...schema.type] : [schema.type];
  if (types.includes('number') && !types.includes('integer')) types.push('integer');
  return types;
}

/** Whether `body` breaks the named request schema (what the Prism mock refuses by itself). */
export function breaksSchema(name: RequestSchemaName, body: unknown): boolean {
  return validateAgainst(`/components/schemas/${name}`, body).length > 0;
}

/** A place in a request body and the JSON types its schema allows there. */
export interface Slot {
  path: (string | number)[];
  allowed: JsonType[];
}

/**
 * Every typed place of a request schema: its properties (deprecated ones are never sent), the items of its arrays
 * (index 0) and the values of its maps (under a safe key), recursively through $refs.
 */
export function slotsOf(schema: Schema, path: (string | number)[] = []): Slot[] {
  const slots: Slot[] = [];
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    if (raw.deprecated) continue;
    const sub = deref(raw);
    const allowed = typesOf(sub);
    const here = [...path, key];
    if (allowed) slots.push({ path: here, allowed });
    slots.push(...nested(sub, here));
  }
  return slots;
}

function nested(schema: Schema, path: (string | number)[]): Slot[] {
  const allowed = typesOf(schema) ?? [];
  const out: Slot[] = [];
  if (allowed.includes('object')) {
    out.push(...slotsOf(schema, path));
    if (typeof schema.additionalProperties === 'object') {
      const value = deref(schema.additionalProperties);
      const types = typesOf(value);
      if (types) out.push({ path: [...path, 'neg.k'], allowed: types });
    }
  }
  if (allowed.includes('array') && schema.items) {
    const item = deref(schema.items);
    const types = typesOf(item);
    if (types) out.push({ path: [...path, 0], allowed: types });
    out.push(...nested(item, [...path, 0]));
  }
  return out;
}

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -9, max: 99 }), fc.boolean());
/** Scalars no coercion to text turns into hex: what `idLike` arrays and maps hold. */
const idScalar = fc.oneof(fc.boolean(), fc.integer({ min: -99, max: -1 }), fc.stringMatching(/^neg-[g-z]{1,4}$/));

/**
 * A value of one JSON type. `idLike` places (a container reference) get only negative or fractional numbers, and
 * arrays and maps of such scalars, so that a target coercing the value to text can never turn it into the hex Id
 * prefix of a real container.
 */
export function valueOfType(type: JsonType, idLike = false): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.oneof(fc.constantFrom('true', 'false', 'yes', '1', '0', ''), fc.string({ maxLength: 8 }));
    case 'number':
    case 'integer':
      return idLike
        ? fc.oneof(fc.integer({ min: -100_000, max: -1 }), fc.integer({ min: 0, max: 10_000 }).map((n) => n + 0.5))
        : fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(idLike ? idScalar : scalar, { maxLength: 3 });
    case 'object':
      return fc.dictionary(safeKey, idLike ? idScalar : scalar, { maxKeys: 2 });
    case 'null':
      return fc.constant(null);
  }
}

/** A value of a JSON type the slot's schema does not allow (number covers integer). */
export function wrongValue(slot: Slot, idLike = false): fc.Arbitrary<{ type: JsonType; value: unknown }> {
  const wrong = ALL_TYPES.filter((t) => !slot.allowed.includes(t));
  if (!wrong.length) throw new Error(`the schema allows every JSON type at ${slot.path.join('.')}`);
  return fc.oneof(...wrong.map((type) => valueOfType(type, idLike).map((value) => ({ type, value }))));
}

/** A copy of `body` with `value` at `path`, building the objects and arrays on the way. */
export function setAt(body: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const root = structuredClone(body);
  let node: Record<string | number, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1];
    const existing = node[key];
    if (typeof existing !== 'object' || existing === null) node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return root;
}

export const slotName = (path: (string | number)[]): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replaceAll('.[', '[');

// Malformed IPAM, inside 198.18.0.0/15 whenever an address is valid at all.

const octet = fc.integer({ min: 0, max: 255 });
const BAD_CIDRS = ['not-a-subnet', '198.18.0.0', '198.18.0.0/', '/24', '198.18.0.0/24/24', '198.18.0.0 /24', ' 198.18.0.0/24', '198.18.0.0/24 ', '198.18.0.0/-1', 'fd00::zz/64', 'fd00::/129', ''];

export const badCidr: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...BAD_CIDRS),
  fc.tuple(octet, fc.integer({ min: 33, max: 99 })).map(([x, p]) => `198.18.${x}.0/${p}`),
  fc.tuple(fc.integer({ min: 256, max: 999 }), fc.integer({ min: 16, max: 30 })).map(([x, p]) => `198.18.${x}.0/${p}`),
);

/** A subnet 198.18.x.0/24 with a gateway outside it (in 198.19.0.0/16) or no address at all. */
export const gatewayOutside = fc
  .tuple(octet, fc.oneof(fc.tuple(octet, fc.integer({ min: 1, max: 254 })).map(([y, z]) => `198.19.${y}.${z}`), fc.constantFrom('xyz', '198.18.0.256', '198.18.0', '::1')))
  .map(([x, gateway]) => ({ Subnet: `198.18.${x}.0/24`, Gateway: gateway }));

export const malformedIpam: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  badCidr.map((Subnet) => ({ Config: [{ Subnet }] })),
  gatewayOutside.map((c) => ({ Config: [c] })),
  fc.tuple(octet, octet).map(([x, y]) => ({ Config: [{ Subnet: `198.18.${x}.0/24` }, { Subnet: `198.19.${y}.0/24` }] })),
  fc.oneof(fc.constant({}), octet.map((x) => ({ Subnet: `198.18.${x}.0/24` })), octet.map((x) => `198.18.${x}.0/24`)).map((Config) => ({ Config })),
  octet.map((x) => ({ Config: [`198.18.${x}.0/24`] })),
);

/** Driver names no engine has (a known one such as macvlan could really create a network). */
export const unknownDriver = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `cs-conformance-nodriver-${s}`);

// Bodies that are not JSON objects.

const NOT_JSON = ['not json', 'name=x', '{name: "x"}', "{'name': 'x'}", '<network name="x"/>', 'undefined', '{', '}', '{"name":}', '{"name" "x"}'];
const NOT_AN_OBJECT = ['[]', 'null', '""', '"x"', '0', '123', 'true', '[{}]'];

/** Text that is not a JSON object: truncated creates (down to empty), garbage, JSON of another type. */
export function notJsonObject(validText: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 0, max: validText.length - 1 }).map((n) => validText.slice(0, n)),
    fc.constantFrom(...NOT_JSON),
    fc.constantFrom(...NOT_AN_OBJECT, `[${validText}]`, JSON.stringify(validText), `{"name":"${JSON.parse(validText).name}",}`),
  );
}

// The guard.

function v4Base(text: string): { base: number; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const parts = m.slice(1, 5).map(Number);
  if (parts.some((p) => p > 255) || Number(m[5]) > 32) return undefined;
  return { base: parts[0] * 2 ** 24 + parts[1] * 2 ** 16 + parts[2] * 2 ** 8 + parts[3], prefix: Number(m[5]) };
}

function insideSafe(text: string): boolean {
  const net = v4Base(text);
  if (!net) return true; // not a usable subnet: the engine refuses it
  return net.prefix >= SAFE_V4.prefix && net.base >= SAFE_V4.base && net.base < SAFE_V4.base + 2 ** (32 - SAFE_V4.prefix);
}

/**
 * Throws (a bug in cs-conformance, never a target failure) unless a create is harmless: no com.docker.network.bridge.*
 * key anywhere, and every parseable IPv4 subnet inside 198.18.0.0/15.
 */
export function assertHarmless(body: unknown): void {
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (/^com\.docker\.network\.bridge\./i.test(key)) throw new Error(`generator bug: ${path}.${key} must never be sent`);
      if (/^(subnet|iprange)$/i.test(key) && typeof value === 'string' && !insideSafe(value)) {
        throw new Error(`generator bug: ${path}.${key} ${value} is outside 198.18.0.0/15`);
      }
      visit(value, `${path}.${key}`);
    }
  };
  visit(body, 'body');
}

/** The guard for a raw body: the JSON inside it when it parses, else nothing to fear. */
export function assertHarmlessText(text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  assertHarmless(parsed);
}

/** JSON text with what JSON.stringify leaves raw but a reader cannot see (DEL, C1, odd spaces, zero-width, bidi, BOM) escaped. */
export function visibleJson(value: unknown): string {
  const invisible = /[\u007f-\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;
  return (JSON.stringify(value) ?? 'undefined').replace(invisible, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Bodies with a field left out, and the body the generated client sends as none.

/** The generated client sends an empty body as no body at all, without a Content-Type: the counterexample says so. */
export const noBody = (text: string, contentType: string): string => (text === '' ? '' : contentType);

export const ABSENT = Symbol('absent');
/** An object without the keys whose value is ABSENT (JSON.stringify drops symbols, so counterexamples agree). */
export const withoutAbsent = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ABSENT));
