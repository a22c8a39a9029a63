// Shared by the spec tests: load the OpenAPI document, collect its examples, validate them, read the documentation page.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { followRefs } from '../../contract/json-pointer.ts';
import { loadSpec as runnerSpec } from '../../contract/spec.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sourcePagePath = join(repoRoot, 'openapi', 'source', 'container-station-networks-api.txt');

export type JsonObject = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document a run reads (generated/spec.ts: the YAML parsed strictly, kept fresh by generated.test.ts), as the plain JSON the spec tests walk. */
export function loadSpec(): JsonObject {
  const doc: unknown = runnerSpec().doc;
  if (!isObject(doc)) throw new Error('the spec is not a mapping');
  return doc;
}

/** Follows `$ref` chains (responses, examples, parameters, headers); schemas keep theirs for ajv to resolve. */
export function deref(doc: JsonObject, node: unknown): JsonObject {
  const { node: current, pointer } = followRefs(doc, node);
  if (!isObject(current)) throw new Error(pointer === undefined ? 'expected an object' : `$ref #${pointer} does not resolve to an object (or is a cycle)`);
  return current;
}

export type ExampleKind = 'request' | 'response' | 'header' | 'parameter' | 'schema';

export interface ExampleCase {
  /** Human-readable location, used in failure messages. */
  where: string;
  kind: ExampleKind;
  operationId?: string;
  /** Response status key (`200`, `4XX`) for response and header examples. */
  status?: string;
  name: string;
  schema: unknown;
  value: unknown;
}

function collectFromHolder(
  doc: JsonObject,
  holder: JsonObject,
  base: Omit<ExampleCase, 'name' | 'value' | 'where' | 'schema'>,
  where: string,
  out: ExampleCase[],
): void {
  const schema = holder.schema;
  if (schema === undefined) throw new Error(`${where} has an example holder without a schema`);
  if (holder.example !== undefined) out.push({ ...base, where: `${where} example`, name: 'example', schema, value: holder.example });
  if (isObject(holder.examples)) {
    for (const [name, raw] of Object.entries(holder.examples)) {
      const example = deref(doc, raw);
      if (!('value' in example)) throw new Error(`${where} examples.${name} has no inline value (externalValue is not supported)`);
      out.push({ ...base, where: `${where} examples.${name}`, name, schema, value: example.value });
    }
  }
}

function collectFromSchema(node: unknown, where: string, out: ExampleCase[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => collectFromSchema(item, `${where}/${index}`, out));
    return;
  }
  if (!isObject(node)) return;
  // Schema-level `example` (OpenAPI) and `examples` (JSON Schema array) must satisfy the schema they sit on.
  if (node.example !== undefined && (node.type !== undefined || node.properties !== undefined)) {
    out.push({ kind: 'schema', where: `${where} example`, name: 'example', schema: node, value: node.example });
  }
  if (Array.isArray(node.examples)) {
    node.examples.forEach((value, index) => out.push({ kind: 'schema', where: `${where} examples[${index}]`, name: String(index), schema: node, value }));
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'example' && key !== 'examples' && !key.startsWith('x-')) collectFromSchema(child, `${where}/${key}`, out);
  }
}

/** Every example of the document with the schema it must satisfy: media, parameter, header and schema examples. */
export function collectExamples(doc: JsonObject): ExampleCase[] {
  const out: ExampleCase[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const operationId = typeof op.operationId === 'string' ? op.operationId : undefined;
      const at = `${method.toUpperCase()} ${path}`;
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      for (const rawParam of [...shared, ...own]) {
        const param = deref(doc, rawParam);
        collectFromHolder(doc, param, { kind: 'parameter', operationId }, `${at} parameter ${String(param.name)}`, out);
      }
      if (op.requestBody !== undefined) {
        const body = deref(doc, op.requestBody);
        for (const [mediaType, media] of Object.entries(isObject(body.content) ? body.content : {})) {
          collectFromHolder(doc, deref(doc, media), { kind: 'request', operationId }, `${at} request ${mediaType}`, out);
        }
      }
      for (const [status, rawResponse] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        const response = deref(doc, rawResponse);
        for (const [mediaType, media] of Object.entries(isObject(response.content) ? response.content : {})) {
          collectFromHolder(doc, deref(doc, media), { kind: 'response', operationId, status }, `${at} ${status} ${mediaType}`, out);
        }
        for (const [header, rawHeader] of Object.entries(isObject(response.headers) ? response.headers : {})) {
          collectFromHolder(doc, deref(doc, rawHeader), { kind: 'header', operationId, status }, `${at} ${status} header ${header}`, out);
        }
      }
    }
  }
  const components = isObject(doc.components) ? doc.components : {};
  // Components are also checked where they are defined, so an example stays valid even before anything uses it.
  for (const [name, raw] of Object.entries(isObject(components.parameters) ? components.parameters : {})) {
    collectFromHolder(doc, deref(doc, raw), { kind: 'parameter' }, `components.parameters.${name}`, out);
  }
  for (const [name, raw] of Object.entries(isObject(components.headers) ? components.headers : {})) {
    collectFromHolder(doc, deref(doc, raw), { kind: 'header' }, `components.headers.${name}`, out);
  }
  for (const [name, raw] of Object.entries(isObject(components.responses) ? components.responses : {})) {
    const response = deref(doc, raw);
    for (const [mediaType, media] of Object.entries(isObject(response.content) ? response.content : {})) {
      collectFromHolder(doc, deref(doc, media), { kind: 'response' }, `components.responses.${name} ${mediaType}`, out);
    }
  }
  for (const [name, raw] of Object.entries(isObject(components.requestBodies) ? components.requestBodies : {})) {
    const body = deref(doc, raw);
    for (const [mediaType, media] of Object.entries(isObject(body.content) ? body.content : {})) {
      collectFromHolder(doc, deref(doc, media), { kind: 'request' }, `components.requestBodies.${name} ${mediaType}`, out);
    }
  }
  collectFromSchema(components.schemas, 'components.schemas', out);
  return out;
}

const SPEC_SCHEMA_ID = 'urn:cs-conformance:openapi';

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      if (!value.startsWith('#/components/schemas/')) throw new Error(`unsupported schema $ref ${value}`);
      copy[key] = `${SPEC_SCHEMA_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else {
      copy[key] = rewriteRefs(value);
    }
  }
  return copy;
}

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

export interface SpecValidator {
  validate(schema: unknown, value: unknown): ValidationResult;
  /** Validates against `#/components/schemas/<name>`. */
  validateComponent(name: string, value: unknown): ValidationResult;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`);
}

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) validation with the document's component schemas reachable by $ref.
 * OpenAPI-only keywords (`example`, `discriminator`, `x-*`, …) are annotations, not constraints.
 */
export function createSpecValidator(doc: JsonObject): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormatsModule.default(ajv);
  // OpenAPI's `password` format only hides input in UIs.
  ajv.addFormat('password', true);
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  const components = isObject(doc.components) ? doc.components : {};
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, $defs: rewriteRefs(components.schemas ?? {}) });
  const cache = new Map<string, ValidateFunction>();
  const validate = (schema: unknown, value: unknown): ValidationResult => {
    const key = JSON.stringify(schema);
    let fn = cache.get(key);
    if (!fn) {
      const rewritten = rewriteRefs(schema);
      if (typeof rewritten !== 'boolean' && !isObject(rewritten)) throw new Error(`not a schema: ${key}`);
      fn = ajv.compile(rewritten);
      cache.set(key, fn);
    }
    const valid = fn(value);
    return { valid, errors: valid ? [] : describe(fn.errors) };
  };
  return {
    validate,
    validateComponent: (name, value) => validate({ $ref: `#/components/schemas/${name}` }, value),
  };
}

/** The problems of every example of `doc` (empty when all examples validate). */
export function invalidExamples(doc: JsonObject): string[] {
  const validator = createSpecValidator(doc);
  return collectExamples(doc).flatMap((c) => validator.validate(c.schema, c.value).errors.map((e) => `${c.where}: ${e}`));
}

/** One JSON body shown on the documentation page. */
export interface DocBody {
  section: string;
  label: string;
  kind: 'request' | 'response';
  value: unknown;
}

/** Splits text holding one or more JSON values written one after the other (the prune section shows two). */
export function parseJsonSequence(text: string): unknown[] {
  const values: unknown[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    const open = text[i];
    if (open !== '{' && open !== '[') throw new Error(`unexpected ${JSON.stringify(text.slice(i, i + 20))} in JSON sequence`);
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let j = i; j < text.length; j++) {
      const ch = text[j];
      if (inString) {
        if (ch === '\\') j++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) {
          end = j;
          break;
        }
      }
    }
    if (end < 0) throw new Error(`unterminated JSON value at ${JSON.stringify(text.slice(i, i + 40))}`);
    values.push(JSON.parse(text.slice(i, end + 1)));
    i = end + 1;
  }
  return values;
}

const SECTION_HEADING = /^([A-Z][A-Za-z ]+)¶$/;
const RESPONSE_LABEL = /^(Example response.*|Inspect result after container connected)$/;
const REQUEST_LABEL = /^Example request$/;
// The page flattens `curl -d \ '<json>' \ <url>` onto one line.
const CURL_BODY = /\s-d\s+(?:\\\s+)?'([^']*)'/;

/** Every JSON body the documentation page shows: curl `-d` request bodies and the captured responses. */
export function parseDocPage(text: string): DocBody[] {
  const lines = text.split(/\r?\n/);
  const bodies: DocBody[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    // Labels may follow a route's trailing `¶` on the same line.
    const label = line.replace(/^.*¶\s*/, '').trim();
    const next = (lines[i + 1] ?? '').trim();
    if (REQUEST_LABEL.test(label)) {
      const body = CURL_BODY.exec(next);
      if (body) bodies.push({ section, label, kind: 'request', value: JSON.parse(body[1]) });
    } else if (RESPONSE_LABEL.test(label)) {
      const values = parseJsonSequence(next);
      if (values.length === 0) throw new Error(`no JSON after "${label}" in section ${section}`);
      for (const value of values) bodies.push({ section, label, kind: 'response', value });
    }
  }
  return bodies;
}
