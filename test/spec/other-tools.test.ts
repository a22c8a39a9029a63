// The spec as a documentation source other tools accept, each run as a new user would run it: swagger-parser,
// Redocly's recommended ruleset, and Dredd 14 running the spec's examples against the embedded Prism mock.
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../runner/mock/mock.ts';
import { SPEC_PATH } from '../../contract/spec-source.ts';
import { runScript, type CliResult } from '../runner/helpers.ts';
import { isObject, loadSpec, repoRoot } from './spec-helpers.ts';
import type { JsonObject } from './spec-helpers.ts';

const REDOCLY = join(repoRoot, 'node_modules', '@redocly', 'cli', 'lib', 'index.js');
const REDOCLY_CONFIG = join(repoRoot, 'openapi', 'redocly.yaml');
const DREDD = join(repoRoot, 'node_modules', 'dredd', 'bin', 'dredd');
const DREDD_HOOKS = join(repoRoot, 'test', 'spec', 'dredd-hooks.cjs');

// eslint-disable-next-line no-control-regex
const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

interface RedoclyProblem {
  ruleId: string;
  severity: string;
  message: string;
}

async function redoclyLint(args: string[]): Promise<{ run: CliResult; problems: RedoclyProblem[] }> {
  const run = await runScript(REDOCLY, ['lint', '--format=json', ...args, SPEC_PATH], { killAfterMs: 60_000 });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return { run, problems: (JSON.parse(json) as { problems: RedoclyProblem[] }).problems };
}

describe('swagger-parser', () => {
  it('validates the spec (OpenAPI 3.1 schema and $refs)', async () => {
    const api = await SwaggerParser.validate(SPEC_PATH);
    expect(api.info.title).toBe((loadSpec().info as JsonObject).title);
  });
});

describe("Redocly's recommended ruleset", () => {
  it('reports only the documented trailing-slash rule without the project config', async () => {
    const { problems } = await redoclyLint([]);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.ruleId)).toEqual(['no-path-trailing-slash']);
    expect(problems.filter((p) => p.severity !== 'error')).toEqual([]);
  });

  it('reports nothing with openapi/redocly.yaml, which turns that rule off and says why', async () => {
    const { run, problems } = await redoclyLint(['--config', REDOCLY_CONFIG]);
    expect(problems, run.stderr).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('Dredd 14', () => {
  let mock: RunningMock;
  let run: CliResult;
  let output: string;

  beforeAll(async () => {
    mock = await startMock();
    // Prism checks only that the session cookie is there; its name is the one the spec's security scheme gives.
    const scheme = ((loadSpec().components as JsonObject).securitySchemes as Record<string, JsonObject>).sessionCookie;
    run = await runScript(DREDD, [SPEC_PATH, mock.origin, '--hookfiles', DREDD_HOOKS, '--header', `Cookie: ${String(scheme.name)}=dredd`, '--color', 'false'], { killAfterMs: 90_000 });
    output = plain(run.stdout + run.stderr);
  });

  afterAll(async () => {
    await mock?.stop();
  });

  it('parses the spec without an "API description" error', () => {
    expect(output).not.toMatch(/error: API description/);
    expect(output).not.toMatch(/no example or default value/);
  });

  it("runs one transaction per operation and login media type, each passing against the mock", () => {
    const operations = Object.values(loadSpec().paths as Record<string, JsonObject>).flatMap((item) => Object.values(item).filter(isObject));
    // POST /login declares two media types (JSON and form); Dredd makes one transaction of each.
    const expected = operations.length + 1;
    expect(output, output.slice(-3000)).toContain(`complete: ${expected} passing, 0 failing, 0 errors, 0 skipped, ${expected} total`);
    expect(run.code).toBe(0);
  });
});
