// Compiles the spec's schemas ahead of time into generated/validators.ts (ajv's standalone mode), so that a
// run does not spend ~150 ms per process compiling them. Part of `npm run generate`; a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { pointerOf } from '../contract/json-pointer.ts';
import { indexSpec, type SpecIndex } from '../contract/spec.ts';
import { specFromYaml } from '../contract/spec-source.ts';

export const VALIDATORS_PATH = fileURLToPath(new URL('../generated/validators.ts', import.meta.url));

/** Every schema a run validates against: each response's, and each component schema (request bodies), sorted. */
export function schemaPointers({ doc, operations }: SpecIndex): string[] {
  const pointers = new Set<string>(Object.keys(doc.components?.schemas ?? {}).map((name) => pointerOf('components', 'schemas', name)));
  for (const op of operations.values()) for (const p of Object.values(op.schemaPointers)) pointers.add(p);
  return [...pointers].sort();
}

function specAjv(doc: SpecIndex['doc']): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, code: { source: true, esm: true, lines: true, formats: _`fullFormats` } });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat('password', true);
  ajv.addSchema(doc as object, 'spec');
  return ajv;
}

/** From the YAML, not from generated/spec.ts: the validators are never built from a stale JSON copy of the spec. */
export async function renderValidators(): Promise<string> {
  const spec = indexSpec(await specFromYaml());
  const ajv = specAjv(spec.doc);
  const pointers = schemaPointers(spec);
  const refs: Record<string, string> = {};
  pointers.forEach((pointer, i) => {
    ajv.addSchema({ $ref: `spec#${pointer}` }, `v${i}`);
    refs[`v${i}`] = `v${i}`;
  });
  const standaloneCode = (standaloneModule as unknown as { default: (a: Ajv2020, r: Record<string, string>) => string }).default;
  const code = standaloneCode(ajv, refs);
  if (/require\(/.test(code)) throw new Error('the standalone validators need a runtime module this generator does not import');
  return [
    '// @ts-nocheck',
    '// This file is generated from openapi/container-station.yaml by `npm run generate` (openapi/validators.ts).',
    '// Never edit it by hand.',
    "import { fullFormats } from 'ajv-formats/dist/formats.js';",
    code.replace(/^"use strict";/, ''),
    `export const byPointer = {\n${pointers.map((p, i) => `  ${JSON.stringify(p)}: v${i},`).join('\n')}\n};`,
    '',
  ].join('\n');
}

if (import.meta.main) writeFileSync(VALIDATORS_PATH, await renderValidators());
