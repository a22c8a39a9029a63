import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { HTTP_METHODS, isObject, loadSpec, repoRoot } from './spec-helpers.ts';
import type { JsonObject } from './spec-helpers.ts';
import { specFromYaml } from '../../contract/spec-source.ts';

const run = promisify(execFile);
const spectralCli = join(repoRoot, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

interface LintRun {
  code: number;
  output: string;
}

/** Runs exactly the arguments of `npm run lint`, optionally on another document. */
async function lint(document?: string): Promise<LintRun> {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [bin, ...args] = pkg.scripts.lint.split(/\s+/);
  if (bin !== 'spectral') throw new Error(`the lint script no longer starts with spectral: ${pkg.scripts.lint}`);
  if (!args.includes('--fail-severity=error')) throw new Error(`the lint script must fail on errors: ${pkg.scripts.lint}`);
  if (document) args[args.length - 1] = document;
  try {
    const { stdout, stderr } = await run(process.execPath, [spectralCli, ...args], { cwd: repoRoot });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** A copy of the spec with one fault per project rule, to prove each rule can fail. */
function brokenSpec(): JsonObject {
  const spec = structuredClone(loadSpec());
  const paths = spec.paths as Record<string, Record<string, JsonObject>>;
  delete paths['/logout'].put.summary;
  paths['/system'].get.tags = [];
  delete paths['/login_refresh'].get.description;
  const logoutOk = (paths['/logout'].put.responses as Record<string, JsonObject>)['200'];
  delete (logoutOk.content as Record<string, JsonObject>)['application/json'].examples;
  ((spec.components as JsonObject).schemas as JsonObject).NeverUsed = { type: 'string' };
  paths['/logout'].put['x-cs-quirks'] = [{ id: 'Not Kebab', note: 'no summary' }];
  return spec;
}

describe('the OpenAPI document', () => {
  it('parses as YAML without errors or warnings and is OpenAPI 3.1', async () => {
    const spec = await specFromYaml();
    expect(spec.openapi).toBe('3.1.0');
    expect(isObject(spec.paths)).toBe(true);
  });

  it('keeps the operationIds, schema names and example names other code depends on', () => {
    const spec = loadSpec();
    const operations = new Map<string, { path: string; method: string; op: JsonObject }>();
    for (const [path, item] of Object.entries(spec.paths as Record<string, JsonObject>)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (isObject(op)) operations.set(String(op.operationId), { path, method, op });
      }
    }
    expect(Object.fromEntries([...operations].map(([id, o]) => [id, `${o.method.toUpperCase()} ${o.path}`]))).toEqual({
      login: 'POST /login',
      loginRefresh: 'GET /login_refresh',
      logout: 'PUT /logout',
      getSystem: 'GET /system',
      listNetworks: 'GET /networks',
      createNetwork: 'POST /networks',
      pruneNetworks: 'DELETE /networks/',
      inspectNetwork: 'GET /networks/{network_id}',
      inspectNetworkByInspectPath: 'GET /networks/{network_id}/inspect',
      removeNetwork: 'DELETE /networks/{network_id}',
      connectContainer: 'POST /networks/{network_id}/connect',
      disconnectContainer: 'POST /networks/{network_id}/disconnect',
    });
    const schemas = Object.keys((spec.components as JsonObject).schemas as JsonObject);
    expect(schemas).toEqual(
      expect.arrayContaining([
        'Network', 'CreateNetworkRequest', 'CreateNetworkResponse', 'ConnectRequest', 'DisconnectRequest', 'PruneResponse',
        'ErrorEnvelope', 'EmptyObject', 'LoginRequest', 'LoginFormRequest', 'LoginResponse', 'LogoutResponse', 'SystemInfo',
        'IPAM', 'IPAMRequest', 'IPAMConfig', 'EndpointResource',
      ]),
    );
    for (const { op } of operations.values()) {
      // Success is 200 (inferred, see success-status-inferred) and errors are 4XX: no 4XX/default pair, no 5XX.
      expect(Object.keys(op.responses as JsonObject).sort(), String(op.operationId)).toEqual(['200', '4XX']);
    }
  });

  it('sets a usable session cookie in the mock (the Set-Cookie example of login)', () => {
    const spec = loadSpec();
    const login = ((spec.paths as Record<string, Record<string, JsonObject>>)['/login'].post.responses as Record<string, JsonObject>)['200'];
    const header = (login.headers as Record<string, JsonObject>)['Set-Cookie'];
    expect(header.example).toBe('CS_SESS_ID=mock-session; Path=/; HttpOnly');
  });

  it('records the quirks the suite relies on, machine-readably', () => {
    const ids = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'x-cs-quirks') {
            expect(Array.isArray(value)).toBe(true);
            for (const quirk of value as unknown[]) {
              expect(quirk).toEqual({ id: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), summary: expect.any(String) });
              ids.add((quirk as { id: string }).id);
            }
          } else walk(value);
        }
      }
    };
    walk(loadSpec());
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'inspect-path-mismatch', 'disconnect-forct-typo', 'internal-documented-as-string', 'force-documented-as-string',
        'labels-not-supported', 'enable-ipv6-not-supported', 'error-envelope-wraps-engine-status',
        'status-codes-undocumented', 'http-200-with-error-envelope', 'prune-trailing-slash', 'prune-null-when-empty',
        'bridge-name-hazard', 'created-fraction-digits', 'ipam-options-null', 'containers-only-running',
        'containers-empty-in-list', 'session-cookie-name-undocumented', 'success-status-inferred',
        'login-curl-sends-json-as-form', 'container-required-inferred', 'dtest-not-running-inferred',
        'empty-network-id-is-prune',
      ]),
    );
  });
});

describe('npm run lint (spectral)', () => {
  let clean: LintRun;
  let broken: LintRun;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'cs-spec-lint-'));
    const brokenPath = join(scratch, 'broken.yaml');
    writeFileSync(brokenPath, stringify(brokenSpec()));
    // Both runs at once: each spectral start costs a couple of seconds.
    [clean, broken] = await Promise.all([lint(), lint(brokenPath)]);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes on the spec', () => {
    expect(clean.code, clean.output).toBe(0);
  });

  it('reports nothing at all, not even a warning (rules that cannot be met are off in the ruleset, with the reason)', () => {
    // Spectral lists every result, whatever --fail-severity says, and ends the list with "✖ N problems".
    expect(clean.output).not.toMatch(/problems? \(/);
    expect(clean.output).toContain('No results');
  });

  it('fails on a spec that breaks each project rule', () => {
    expect(broken.code, broken.output).not.toBe(0);
    for (const rule of ['cs-operation-summary', 'operation-tags', 'operation-description', 'cs-response-example', 'oas3-unused-component', 'cs-quirks-shape']) {
      expect(broken.output, rule).toContain(rule);
    }
  });
});
