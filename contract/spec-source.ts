// The spec's source: the bundled YAML file and its strict parse. A run reads the document from generated/spec.ts
// (JSON.parse, ~1 ms) instead; the parse here is for the generators and tests, and loads `yaml` only when called
// (importing it costs ~45 ms and parsing the spec ~120 ms, in each thread that did). Nothing here imports generated/,
// which `npm run generate` empties before it writes it again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import { PACKAGE_ROOT } from '../core/package.ts';

export const SPEC_PATH = join(PACKAGE_ROOT, 'openapi', 'container-station.yaml');

/** Parses the spec's YAML; errors and warnings (duplicate keys, bad escapes) fail loudly instead of being dropped. */
export async function specFromYaml(): Promise<OpenAPIV3_1.Document> {
  const { parseDocument } = await import('yaml');
  const document = parseDocument(readFileSync(SPEC_PATH, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0) throw new Error(`${SPEC_PATH} does not parse cleanly:\n${problems.map((p) => p.message).join('\n')}`);
  const doc: unknown = document.toJS();
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${SPEC_PATH} is not a YAML mapping`);
  return doc as OpenAPIV3_1.Document;
}
