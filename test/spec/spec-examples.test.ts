import { describe, expect, it } from 'vitest';
import { collectExamples, createSpecValidator, invalidExamples, loadSpec } from './spec-helpers.ts';
import type { JsonObject } from './spec-helpers.ts';

const spec = loadSpec();
const validator = createSpecValidator(spec);
const cases = collectExamples(spec);

const DOCUMENTED_NETWORK = {
  Attachable: false,
  ConfigFrom: { Network: '' },
  ConfigOnly: false,
  Containers: {},
  Created: '2021-08-11T17:06:46.538300506+08:00',
  Driver: 'bridge',
  EnableIPv6: false,
  IPAM: { Config: [{ Gateway: '172.29.0.1', Subnet: '172.29.0.0/22' }], Driver: 'default', Options: null },
  Id: '83941286c6b01cfbfa4c6ca9f2f0b93e92351ccf6ee0931be795b995942b9199',
  Ingress: false,
  Internal: false,
  Labels: {},
  Name: 'doc_test_network',
  Options: {},
  Scope: 'local',
};

describe('examples of the OpenAPI document', () => {
  it('are collected from every place examples live', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['header', 'parameter', 'request', 'response']);
    // Every operation shows at least one success body.
    const withSuccess = new Set(cases.filter((c) => c.kind === 'response' && c.status === '200').map((c) => c.operationId));
    expect(withSuccess.size).toBe(12);
    // And at least one error body, of its own operation (not the duplicate-create message everywhere).
    const withError = new Set(cases.filter((c) => c.kind === 'response' && c.status === '4XX').map((c) => c.operationId));
    expect(withError.size).toBe(12);
  });

  it('show engine errors as code 400 plus a docker-py message, in either docker-py format', () => {
    // The parsing regex of the engine reference; the suite uses the same to read the embedded engine status.
    const dockerPy = /^(\d{3}) (Client|Server) Error(?: for (\S+))?: (.+?)(?: \("([\s\S]*)"\))?$/;
    // Engine errors are those of the networks operations; no-session answers come from Container Station itself.
    const networks = new Set(['listNetworks', 'createNetwork', 'pruneNetworks', 'inspectNetwork', 'inspectNetworkByInspectPath', 'removeNetwork', 'connectContainer', 'disconnectContainer']);
    const engineErrors = (c: (typeof cases)[number]) => networks.has(String(c.operationId)) && !c.where.includes('noSession');
    const errors = cases.filter((c) => typeof c.value === 'object' && c.value !== null && 'error' in c.value && engineErrors(c));
    expect(errors.length).toBeGreaterThan(0);
    const formats = new Set<string>();
    for (const c of errors) {
      const { code, message } = (c.value as { error: { code: number; message: string } }).error;
      expect(code, c.where).toBe(400);
      const match = dockerPy.exec(message);
      expect(match, `${c.where}: ${message}`).not.toBeNull();
      formats.add(match?.[3] === undefined ? '<= 4.3.1' : '>= 4.4.0');
    }
    expect([...formats].sort()).toEqual(['<= 4.3.1', '>= 4.4.0']);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema', (_where, c) => {
    const result = validator.validate(c.schema, c.value);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('the validation helper rejects broken examples', () => {
  it.each([
    ['a create response whose Id is not 64 hex digits', 'CreateNetworkResponse', { Id: '83941286c6b0', Warning: '' }],
    ['a create response without Warning', 'CreateNetworkResponse', { Id: DOCUMENTED_NETWORK.Id }],
    ['a prune response with NetworksDeleted as a string', 'PruneResponse', { NetworksDeleted: 'doc_test_network_1' }],
    ['a prune response listing numbers', 'PruneResponse', { NetworksDeleted: [1, 2] }],
    ['a network whose Created is not a date-time', 'Network', { ...DOCUMENTED_NETWORK, Created: 'yesterday' }],
    ['a network whose IPAM.Options is a string', 'Network', { ...DOCUMENTED_NETWORK, IPAM: { ...DOCUMENTED_NETWORK.IPAM, Options: 'none' } }],
    ['a network whose Containers entry is not an object', 'Network', { ...DOCUMENTED_NETWORK, Containers: { abc: 'dtest' } }],
    ['an envelope whose code is a string', 'ErrorEnvelope', { error: { code: '400', message: 'x' } }],
    ['an error envelope passed off as {}', 'EmptyObject', { error: { code: 400, message: 'x' } }],
    ['a create request without a name', 'CreateNetworkRequest', { check_duplicate: true }],
    ['a create request with numeric options', 'CreateNetworkRequest', { name: 'x', options: { mtu: 1400 } }],
    ['a login request with neither password nor sid', 'LoginRequest', { username: 'admin' }],
    ['a form login with the username only', 'LoginFormRequest', { username: 'admin' }],
    ['an answer of connect, disconnect or remove with any key', 'EmptyObject', { result: true }],
    ['an error envelope passed off as the system information', 'SystemInfo', { error: { code: 400, message: 'x' } }],
    ['a network whose IPAM is {}', 'Network', { ...DOCUMENTED_NETWORK, IPAM: {} }],
  ])('%s', (_label, schema, value) => {
    const result = validator.validateComponent(schema, value);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('refuses an empty network_id (DELETE /networks/{network_id} would become the prune) and takes its examples', () => {
    const schema = (((spec.components as JsonObject).parameters as Record<string, JsonObject>).NetworkId.schema) as { examples: string[] };
    expect(validator.validate(schema, '').valid).toBe(false);
    expect(schema.examples.length).toBe(3);
    for (const value of schema.examples) expect(validator.validate(schema, value).errors).toEqual([]);
  });

  it('accepts the tolerated variants (fraction digits, Z zone, [] for nothing pruned, extra fields)', () => {
    expect(validator.validateComponent('Network', { ...DOCUMENTED_NETWORK, Created: '2026-11-27T05:31:13.6472631Z', Peers: [] }).errors).toEqual([]);
    expect(validator.validateComponent('PruneResponse', { NetworksDeleted: [] }).errors).toEqual([]);
    expect(validator.validateComponent('DisconnectRequest', { container: 'dtest', force: 'false' }).errors).toEqual([]);
  });

  it('finds a broken example inside a copy of the document', () => {
    const broken = structuredClone(spec);
    const paths = broken.paths as Record<string, Record<string, JsonObject>>;
    const created = (paths['/networks'].post.responses as Record<string, JsonObject>)['200'];
    const media = (created.content as Record<string, JsonObject>)['application/json'];
    ((media.examples as Record<string, JsonObject>).documented.value as JsonObject).Id = 'not-an-id';
    const componentExamples = (broken.components as JsonObject).examples as Record<string, JsonObject>;
    componentExamples.NetworkList.value = [{ ...DOCUMENTED_NETWORK, Id: 42 }];

    expect(invalidExamples(spec)).toEqual([]);
    const problems = invalidExamples(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^POST \/networks 200 application\/json examples\.documented: \/Id /),
        expect.stringMatching(/^GET \/networks 200 application\/json examples\.documented: \/0\/Id /),
      ]),
    );
  });
});
