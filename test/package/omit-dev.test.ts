// The README's first command without the development tools: `npm ci --omit=dev` in a fresh copy of the checkout, then
// `npm start` (the full run against the embedded mock) — every package the runner imports is a dependency.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../runner/helpers.ts';
import { copyCheckout, describeRan, exec } from './helpers.ts';

it('npm ci --omit=dev in a fresh copy, then npm start: exit 0, reports written, no devDependency installed', { timeout: 420_000 }, async () => {
  const copy = tempDir('cs-omit-dev-');
  copyCheckout(copy);
  const ci = await exec('npm', ['ci', '--omit=dev'], { cwd: copy, timeoutMs: 240_000 });
  expect(ci.code, describeRan('npm ci --omit=dev', ci)).toBe(0);
  for (const dev of ['typescript', '@hey-api/openapi-ts', 'node']) expect(existsSync(join(copy, 'node_modules', dev)), `devDependency ${dev} installed`).toBe(false);
  const start = await exec('npm', ['start'], { cwd: copy, timeoutMs: 150_000 });
  expect(start.code, describeRan('npm start', start)).toBe(0);
  expect(start.stdout).toMatch(/^CONFORMANT: /m);
  expect(existsSync(join(copy, 'reports', 'junit.xml'))).toBe(true);
});
