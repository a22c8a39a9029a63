// Walking a response schema of the spec along a place in a body: which schema describes `/0/Options/foo`, and where
// the place is once array indexes and map keys (a schema's additionalProperties: Options, Containers, Labels) are
// folded to `*`, so that `/0/Created` and `/7/Created` are one place. Also the evidence a schema node states for its
// constraints (`x-cs-evidence`, e.g. `inferred: <quirk-id> …`): a violation under an inferred node only warns.
import type { Evidence } from '../reporters/model.ts';
import { parseEvidence } from '../reporters/findings/evidence.ts';
import { escapeToken, followRefs, nodeAt, parsePointer } from './json-pointer.ts';
import { loadSpec } from './spec.ts';

export type Schema = Record<string, unknown>;

/** The schema a node is, its `$ref`s followed; undefined where it does not resolve to an object. */
export function resolveSchema(schema: unknown, doc: unknown): Schema | undefined {
  const { node } = followRefs(doc, schema);
  return node && typeof node === 'object' ? (node as Schema) : undefined;
}

/** The schema and the branches it combines (allOf, oneOf, anyOf), resolved: what any of them declares is documented. */
export function schemaBranches(schema: Schema, doc: unknown, depth = 0): Schema[] {
  const out = [schema];
  if (depth > 8) return out;
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const b of list) {
      const r = resolveSchema(b, doc);
      if (r) out.push(...schemaBranches(r, doc, depth + 1));
    }
  }
  return out;
}

/** The schema of one child of `schema`: an array's items (`*`), a declared property, or a map's values (`*`). */
function child(schema: Schema | undefined, token: string, doc: unknown): { token: string; schema?: Schema } {
  const parts = schema ? schemaBranches(schema, doc) : [];
  const items = /^\d+$/.test(token) ? parts.map((p) => resolveSchema(p.items, doc)).find(Boolean) : undefined;
  if (items || (!parts.length && /^\d+$/.test(token))) return { token: '*', schema: items };
  for (const p of parts) {
    const props = p.properties as Record<string, unknown> | undefined;
    if (props && Object.hasOwn(props, token)) return { token, schema: resolveSchema(props[token], doc) };
  }
  for (const p of parts) {
    if (p.additionalProperties === true) return { token: '*' };
    if (p.additionalProperties && typeof p.additionalProperties === 'object') return { token: '*', schema: resolveSchema(p.additionalProperties, doc) };
  }
  return { token };
}

export interface PlaceInSchema {
  /** The body pointer with array indexes and map keys as `*`. */
  folded: string;
  /** The evidence the innermost schema node on the way states (x-cs-evidence), if any. */
  evidence?: Evidence;
}

/**
 * Follows `pointer` (into a body) through the schema at `schemaPointer` (into the document). Without a schema where
 * the walk leads, only numeric tokens (array indexes) are folded.
 */
export function placeInSchema(schemaPointer: string | undefined, pointer: string, doc: unknown = loadSpec().doc): PlaceInSchema {
  let schema = schemaPointer ? resolveSchema(nodeAt(doc, schemaPointer), doc) : undefined;
  let evidence = evidenceOf(schema, doc);
  const tokens: string[] = [];
  for (const raw of pointer === '/' ? [] : parsePointer(pointer)) {
    const next = child(schema, raw, doc);
    tokens.push(next.token === '*' ? '*' : escapeToken(next.token));
    schema = next.schema;
    evidence = evidenceOf(schema, doc) ?? evidence;
  }
  return { folded: tokens.map((t) => `/${t}`).join(''), ...(evidence ? { evidence } : {}) };
}

function evidenceOf(schema: Schema | undefined, doc: unknown): Evidence | undefined {
  for (const part of schema ? schemaBranches(schema, doc) : []) {
    const text = part['x-cs-evidence'];
    if (typeof text !== 'string') continue;
    const evidence = parseEvidence(text);
    if (typeof evidence !== 'string') return evidence;
  }
  return undefined;
}
