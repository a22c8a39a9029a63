// The bundled OpenAPI document, loaded once: the single source of the operations, their paths and their schemas.
// It is read from generated/spec.ts: the YAML, parsed strictly by `npm run generate` (contract/spec-source.ts), as JSON.
import type { OpenAPIV3_1 } from 'openapi-types';
import { SPEC_JSON } from '../generated/spec.ts';
import { followRefs, pointerOf, refPointer } from './json-pointer.ts';

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** Response keys as written in the spec: '2XX', '4XX', 'default', or exact codes. */
  responses: Record<string, OpenAPIV3_1.ResponseObject>;
  /** JSON pointer (inside the document) of each response's JSON schema, by response key. */
  schemaPointers: Record<string, string>;
}

/**
 * The document's `x-cs-error-envelope`: which body is an error whatever the status (some firmware answers errors with
 * HTTP 200, which OpenAPI itself cannot say), on which statuses it is recognised, and the schema it must match.
 */
export interface ErrorEnvelopeRule {
  /** JSON pointer (inside the document) of the envelope's schema. */
  schemaPointer: string;
  /** Response keys as in `responses`: exact codes or ranges such as '4XX'. */
  statuses: string[];
}

export interface SpecIndex {
  doc: OpenAPIV3_1.Document;
  operations: Map<string, SpecOperation>;
  errorEnvelope: ErrorEnvelopeRule;
}

let cached: SpecIndex | undefined;

function readErrorEnvelope(doc: OpenAPIV3_1.Document): ErrorEnvelopeRule {
  const raw = (doc as { 'x-cs-error-envelope'?: { schema?: unknown; statuses?: unknown } })['x-cs-error-envelope'];
  const schema = raw?.schema;
  const statuses = raw?.statuses;
  if (typeof schema !== 'string' || !schema.startsWith('#/') || !Array.isArray(statuses) || !statuses.every((s) => typeof s === 'string')) {
    throw new Error('the spec has no valid x-cs-error-envelope ({schema: "#/…", statuses: [...]})');
  }
  return { schemaPointer: refPointer(schema), statuses };
}

/** The spec, parsed once per process; callers that change the document work on a `structuredClone` of it. */
export function loadSpec(): SpecIndex {
  cached ??= indexSpec(JSON.parse(SPEC_JSON) as OpenAPIV3_1.Document);
  return cached;
}

/** The operations of a document by operationId, with their responses and schema pointers, and its error envelope. */
export function indexSpec(doc: OpenAPIV3_1.Document): SpecIndex {
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
      const op = item?.[method];
      if (!op?.operationId) continue;
      const responses: Record<string, OpenAPIV3_1.ResponseObject> = {};
      const schemaPointers: Record<string, string> = {};
      for (const [key, raw] of Object.entries(op.responses ?? {})) {
        const { node, pointer } = followRefs(doc, raw);
        const value = node as OpenAPIV3_1.ResponseObject;
        responses[key] = value;
        const base = pointer ?? pointerOf('paths', path, method, 'responses', key);
        if (value.content?.['application/json']?.schema) schemaPointers[key] = base + pointerOf('content', 'application/json', 'schema');
      }
      operations.set(op.operationId, { operationId: op.operationId, method: method.toUpperCase(), path, responses, schemaPointers });
    }
  }
  return { doc, operations, errorEnvelope: readErrorEnvelope(doc) };
}

export function specOperation(operationId: string): SpecOperation {
  const op = loadSpec().operations.get(operationId);
  if (!op) throw new Error(`operation ${operationId} is not in the spec`);
  return op;
}

/** Whether response key `key` ('200', '4XX', 'default') covers `status`. */
function keyCovers(key: string, status: number): boolean {
  return key === String(status) || key.toUpperCase() === `${String(status)[0]}XX`;
}

/** The error envelope rule, when it applies to an answer with `status` (undefined: a body there is never an error). */
export function errorEnvelopeFor(status: number): ErrorEnvelopeRule | undefined {
  const rule = loadSpec().errorEnvelope;
  return rule.statuses.some((key) => keyCovers(key, status)) ? rule : undefined;
}

/** The response key of the spec that documents `status`: exact code, then its range (2XX), then default. */
export function responseKeyFor(op: SpecOperation, status: number): string | undefined {
  const keys = Object.keys(op.responses);
  const exact = keys.find((k) => k === String(status));
  if (exact) return exact;
  const range = keys.find((k) => k.toUpperCase() === `${String(status)[0]}XX`);
  if (range) return range;
  return keys.includes('default') ? 'default' : undefined;
}
