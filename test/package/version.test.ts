// `cs-conformance --version` from a checkout (the TypeScript sources); the installed package is in install.test.ts.
import { expect, it } from 'vitest';
import { describeRun, runCli } from '../runner/helpers.ts';
import { PACKAGE_VERSION } from './helpers.ts';

it.each(['--version', '-V'])('%s prints "cs-conformance <version of package.json>" and exits 0', async (flag) => {
  const r = await runCli([flag]);
  expect(r.code, describeRun(r)).toBe(0);
  expect(r.stdout).toBe(`cs-conformance ${PACKAGE_VERSION}\n`);
  expect(r.stderr).toBe('');
});
