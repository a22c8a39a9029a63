// Spec drift in a body that conforms: the fields an answer carries that its schema does not declare. A schema that
// names its properties documents those; one with additionalProperties (a map, like Containers or Options) documents
// any key. Everything else a target sends is what the documentation never shows — candidates for the spec.
import { escapeToken, nodeAt } from './json-pointer.ts';
import { resolveSchema as resolve, schemaBranches as branches, type Schema } from './schema-walk.ts';
import { loadSpec } from './spec.ts';

export interface UndocumentedField {
  /** The field's JSON pointer in this body, e.g. `/0/EnableIPv4`. */
  pointer: string;
  /** The same with every array index and map key as `*` (`/*\/EnableIPv4`): one entry however many items carry it. */
  field: string;
  value: unknown;
}

function walk(schema: Schema | undefined, value: unknown, pointer: string, field: string, doc: unknown, found: UndocumentedField[]): void {
  if (!schema || value === null || typeof value !== 'object') return;
  const parts = branches(schema, doc);
  if (Array.isArray(value)) {
    const items = parts.map((p) => resolve(p.items, doc)).find(Boolean);
    if (!items) return;
    value.forEach((v, i) => walk(items, v, `${pointer}/${i}`, `${field}/*`, doc, found));
    return;
  }
  const properties = new Map<string, Schema>();
  let additional: Schema | true | undefined;
  let describesObject = false;
  for (const p of parts) {
    const props = p.properties;
    if (props && typeof props === 'object') {
      describesObject = true;
      for (const [k, v] of Object.entries(props)) {
        const r = resolve(v, doc);
        if (r && !properties.has(k)) properties.set(k, r);
      }
    }
    if (p.additionalProperties === true) additional = true;
    else if (p.additionalProperties && typeof p.additionalProperties === 'object') additional ??= resolve(p.additionalProperties, doc) ?? true;
    const type = p.type;
    if (type === 'object' || (Array.isArray(type) && type.includes('object'))) describesObject = true;
  }
  // A schema that says nothing about objects (`{}`, `items: {}`) documents any value: nothing to report inside it.
  if (!describesObject) return;
  for (const [key, v] of Object.entries(value)) {
    const p = `${pointer}/${escapeToken(key)}`;
    const declared = properties.get(key);
    if (declared) walk(declared, v, p, `${field}/${escapeToken(key)}`, doc, found);
    else if (additional) walk(additional === true ? undefined : additional, v, p, `${field}/*`, doc, found);
    else found.push({ pointer: p, field: `${field}/${escapeToken(key)}`, value: v });
  }
}

/** The fields of `body` that the schema at `schemaPointer` (a pointer into the spec document) does not declare. */
export function undocumentedFields(schemaPointer: string, body: unknown): UndocumentedField[] {
  const { doc } = loadSpec();
  const found: UndocumentedField[] = [];
  walk(resolve(nodeAt(doc, schemaPointer), doc), body, '', '', doc, found);
  return found;
}
