import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { collectExamples, loadSpec, parseDocPage, parseJsonSequence, sourcePagePath } from './spec-helpers.ts';
import type { DocBody } from './spec-helpers.ts';

// The page's sections and the operations that transcribe them.
const SECTION_OPERATIONS: Record<string, string[]> = {
  'List all networks': ['listNetworks'],
  'Create a network': ['createNetwork'],
  'Inspect network': ['inspectNetworkByInspectPath', 'inspectNetwork'],
  'Connect container': ['connectContainer'],
  'Disconnect container': ['disconnectContainer'],
  'Remove a network': ['removeNetwork'],
  'Remove all unused networks': ['pruneNetworks'],
};

// A capture shown inside another section belongs to the operation that produced it.
const LABEL_OPERATIONS: Record<string, string[]> = {
  'Inspect result after container connected': ['inspectNetworkByInspectPath'],
};

const page = readFileSync(sourcePagePath, 'utf8');
const bodies = parseDocPage(page);
const examples = collectExamples(loadSpec());

function isError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function describeBody(body: DocBody): string {
  return `${body.section} / ${body.label} (${body.kind}): ${JSON.stringify(body.value).slice(0, 80)}`;
}

describe('the documentation page (openapi/source)', () => {
  it('is the copy of the shared reference, when that is available', () => {
    const shared = new URL('../../../shared/reference/container-station-networks-api.txt', import.meta.url);
    if (!existsSync(shared)) return;
    expect(page).toBe(readFileSync(shared, 'utf8'));
  });

  it('yields every JSON body it shows', () => {
    // 7 sections: 5 request bodies (create, connect, disconnect) and responses incl. two prune captures in a row.
    expect(bodies.map((b) => `${b.section}|${b.label}|${b.kind}`)).toEqual([
      'List all networks|Example response|response',
      'Create a network|Example request|request',
      'Create a network|Example response|response',
      'Create a network|Example response with duplicated network|response',
      'Inspect network|Example response|response',
      'Connect container|Example request|request',
      'Connect container|Example response|response',
      'Connect container|Inspect result after container connected|response',
      'Disconnect container|Example request|request',
      'Disconnect container|Example response|response',
      'Remove a network|Example response|response',
      'Remove a network|Example response of network not found|response',
      'Remove all unused networks|Example response|response',
      'Remove all unused networks|Example response|response',
    ]);
    expect(bodies.at(-2)?.value).toEqual({ NetworksDeleted: ['doc_test_network_1', 'doc_test_network_2'] });
    expect(bodies.at(-1)?.value).toEqual({ NetworksDeleted: null });
  });

  it.each(bodies.map((b) => [describeBody(b), b] as const))('%s is an example of the spec', (_label, body) => {
    const operations = LABEL_OPERATIONS[body.label] ?? SECTION_OPERATIONS[body.section];
    expect(operations, `unknown section ${body.section}`).toBeDefined();
    for (const operationId of operations) {
      const candidates = examples.filter((e) => {
        if (e.operationId !== operationId || e.kind !== body.kind) return false;
        if (body.kind === 'request') return true;
        // Error captures belong to the error responses, the others to 200.
        return isError(body.value) ? e.status === '4XX' : e.status === '200';
      });
      expect(candidates.some((e) => isDeepStrictEqual(e.value, body.value)), `${operationId} lacks ${describeBody(body)}`).toBe(true);
    }
  });
});

describe('parseJsonSequence', () => {
  it('splits values written one after the other and respects strings', () => {
    expect(parseJsonSequence('{ "a": "}{" } [1, {"b": "\\""}]')).toEqual([{ a: '}{' }, [1, { b: '"' }]]);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseJsonSequence('{"a": 1} trailing')).toThrow();
    expect(() => parseJsonSequence('{"a": 1')).toThrow();
  });
});
