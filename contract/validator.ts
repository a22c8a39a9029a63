// Validates bodies against the spec's schemas with ajv (2020-12), compiled ahead of time into generated/validators.ts
// by `npm run generate` (a test fails when that file is stale against the spec).
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { byPointer } from '../generated/validators.ts';
import { escapeToken, nodeAt } from './json-pointer.ts';

export interface Violation {
  /** JSON pointer into the response body. */
  pointer: string;
  expected: string;
  actual: string;
}

/** A standalone validator as this module uses it: ajv's call and its `errors`. */
type Validate = ((data: unknown) => boolean) & Pick<ValidateFunction, 'errors'>;

const compiled = new Map<string, Validate>(Object.entries(byPointer));

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return 'nothing';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function toViolation(error: ErrorObject, body: unknown): Violation {
  const params = error.params as Record<string, unknown>;
  const pointer = params.missingProperty ? `${error.instancePath}/${escapeToken(String(params.missingProperty))}` : error.instancePath || '/';
  return { pointer, expected: error.message ?? error.keyword, actual: params.missingProperty ? 'absent' : describe(nodeAt(body, error.instancePath)) };
}

/** Violations of the schema at `schemaPointer` (a pointer into the spec document); [] when the body conforms. */
export function validateAgainst(schemaPointer: string, body: unknown): Violation[] {
  const validate = compiled.get(schemaPointer);
  if (!validate) throw new Error(`no validator for ${schemaPointer}: run \`npm run generate\``);
  if (validate(body)) return [];
  // oneOf/anyOf produce one error per branch; the first few say enough.
  return (validate.errors ?? []).slice(0, 8).map((e) => toViolation(e, body));
}
