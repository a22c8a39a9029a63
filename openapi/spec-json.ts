// Writes the spec, parsed from its YAML, as JSON text into generated/spec.ts: a run (the runner and vitest's worker
// alike) reads it with JSON.parse instead of importing and running a YAML parser. Part of `npm run generate`; a test
// fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { specFromYaml } from '../contract/spec-source.ts';

export const SPEC_MODULE_PATH = fileURLToPath(new URL('../generated/spec.ts', import.meta.url));

export async function renderSpecModule(): Promise<string> {
  const json = JSON.stringify(await specFromYaml());
  return [
    '// This file is generated from openapi/container-station.yaml by `npm run generate` (openapi/spec-json.ts).',
    '// Never edit it by hand.',
    // A string literal (not an object literal): tsc copies it into dist/ as is, and JSON.parse reads it faster than
    // the JavaScript parser reads the same object.
    `export const SPEC_JSON: string = ${JSON.stringify(json)};`,
    '',
  ].join('\n');
}

if (import.meta.main) writeFileSync(SPEC_MODULE_PATH, await renderSpecModule());
