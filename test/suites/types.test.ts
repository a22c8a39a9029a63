// Types flow from the spec: operation ids and response bodies come from the generated client, never a hand-kept
// union, a re-declared response type or a cast through `unknown` (issue 13).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as sdk from '../../generated/sdk.gen.ts';
import type { ConnectRequest, CreateNetworkRequest, CreateNetworkResponse, LoginRequest, Network, PruneResponse, SystemInfo } from '../../generated/types.gen.ts';
import type { OperationId, RequestBody, SuccessBody } from '../../wire/api.ts';
import { loadSpec } from '../../contract/spec.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The TypeScript sources under a folder of the project (relative path → text). */
function sources(folder: string): Map<string, string> {
  const files = readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return new Map(files.map((f) => [relative(ROOT, join(ROOT, folder, f)), readFileSync(join(ROOT, folder, f), 'utf8')]));
}

const code = new Map([...sources('runner'), ...sources('suites')]);
const suites = sources('suites');

/** Every `export type X` of the generated types: the names a suite must import, not declare. */
const generatedTypes = new Set([...readFileSync(join(ROOT, 'generated/types.gen.ts'), 'utf8').matchAll(/^export type (\w+)/gm)].map((m) => m[1]));

/** The response types suites used to re-declare by hand (Listed = Network[], Inspected/Net = Network, Pruned = PruneResponse). */
const FORMER_REDECLARATIONS = ['Listed', 'Inspected', 'Net', 'Pruned'];

describe('types from the spec', () => {
  it('no `as unknown as` in runner/ or suites/', () => {
    const found = [...code].flatMap(([file, text]) => text.split('\n').flatMap((line, i) => (line.includes('as unknown as') ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });

  it('no suite declares a type or interface named like a generated type, or re-declares a response type', () => {
    expect(generatedTypes.has('Network') && generatedTypes.has('PruneResponse')).toBe(true);
    const found: string[] = [];
    for (const [file, text] of suites) {
      for (const m of text.matchAll(/^\s*(?:export\s+)?(?:type|interface)\s+(\w+)/gm)) {
        if (generatedTypes.has(m[1]) || FORMER_REDECLARATIONS.includes(m[1])) found.push(`${file}: ${m[0].trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no call names its response type by hand: Api.call and CheckScope.call type the body from the operation id', () => {
    const found = [...code].flatMap(([file, text]) => [...text.matchAll(/\.call<[^>(]*>\(/g)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('the operation ids are the generated SDK functions, one per operation of the spec; bodies are the generated types', () => {
    const functions = Object.entries(sdk).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(functions.sort()).toEqual([...loadSpec().operations.keys()].sort());
    // Checked by `npm run typecheck`: the union is the SDK's, and bodies are the generated response types.
    expectTypeOf<OperationId>().toEqualTypeOf<keyof typeof sdk>();
    expectTypeOf<SuccessBody<'listNetworks'>>().toEqualTypeOf<Network[]>();
    expectTypeOf<SuccessBody<'inspectNetworkByInspectPath'>>().toEqualTypeOf<Network>();
    expectTypeOf<SuccessBody<'createNetwork'>>().toEqualTypeOf<CreateNetworkResponse>();
    expectTypeOf<SuccessBody<'pruneNetworks'>>().toEqualTypeOf<PruneResponse>();
    expectTypeOf<SuccessBody<'getSystem'>>().toEqualTypeOf<SystemInfo>();
    // Request bodies too: a body the spec does not allow goes in `bodyOutsideSpec`, by name.
    expectTypeOf<RequestBody<'createNetwork'>>().toEqualTypeOf<CreateNetworkRequest>();
    expectTypeOf<RequestBody<'connectContainer'>>().toEqualTypeOf<ConnectRequest>();
    expectTypeOf<RequestBody<'login'>>().toEqualTypeOf<LoginRequest>();
  });
});
