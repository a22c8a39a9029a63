import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@hey-api/openapi-ts';
import type { UserConfig } from '@hey-api/openapi-ts';
import { afterAll, describe, expect, it } from 'vitest';
import projectConfig from '../../openapi/openapi-ts.config.ts';
import { repoRoot } from './spec-helpers.ts';
import { SPEC_MODULE_PATH, renderSpecModule } from '../../openapi/spec-json.ts';
import { VALIDATORS_PATH, renderValidators } from '../../openapi/validators.ts';
import { loadSpec } from '../../contract/spec.ts';
import { SPEC_PATH, specFromYaml } from '../../contract/spec-source.ts';

const run = promisify(execFile);
const generatedDir = join(repoRoot, 'generated');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('generated/ (the client from npm run generate)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cs-spec-generate-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is fresh: regenerating with the same config gives the same files', async () => {
    const config = await projectConfig;
    if (Array.isArray(config) || typeof config.output !== 'object' || Array.isArray(config.output)) {
      throw new Error('openapi-ts.config.ts is expected to hold one config with an output object');
    }
    expect(config.output).toMatchObject({ path: 'generated', importFileExtension: '.ts' });
    const fresh: UserConfig = {
      ...config,
      // Absolute paths so the result does not depend on the working directory.
      input: SPEC_PATH,
      output: { ...config.output, path: scratch },
      logs: { level: 'silent', file: false },
    };
    await createClient(fresh);

    // validators.ts and spec.ts come from openapi/validators.ts and openapi/spec-json.ts, checked below.
    const files = listFiles(generatedDir).filter((file) => file !== 'validators.ts' && file !== 'spec.ts');
    expect(listFiles(scratch)).toEqual(files);
    const stale = files.filter((file) => readFileSync(join(scratch, file), 'utf8') !== readFileSync(join(generatedDir, file), 'utf8'));
    expect(stale, 'run `npm run generate`').toEqual([]);
  });

  it('holds fresh precompiled validators (generated/validators.ts)', async () => {
    expect(readFileSync(VALIDATORS_PATH, 'utf8') === (await renderValidators()), 'run `npm run generate`').toBe(true);
  });

  it('holds the spec as fresh JSON (generated/spec.ts), which a run reads as the YAML parsed strictly', async () => {
    expect(readFileSync(SPEC_MODULE_PATH, 'utf8') === (await renderSpecModule()), 'run `npm run generate`').toBe(true);
    // Nothing is lost on the way through JSON (no dates, no infinities, no undefined).
    expect(loadSpec().doc).toStrictEqual(await specFromYaml());
  });

  it('type-checks with the project compiler options', async () => {
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const project = join(repoRoot, 'test', 'spec', 'tsconfig.generated.json');
    const result = await run(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: repoRoot }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? '' }),
    );
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });
});
