// The npm package as a user gets it: `npm pack` (which builds dist/ at prepack), `npm install --global` of the tarball
// into a fresh prefix (installed.ts, shared by the package tests), and the installed `cs-conformance` on PATH — run
// from inside node_modules, where Node refuses to strip types, so only the built JavaScript can work. The installed
// `simulate`, and `run` against it, are simulate.test.ts's and fault-sweep.test.ts's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUITES } from '../../suites/catalogue/catalogue.ts';
import { tempDir } from '../runner/helpers.ts';
import { describeRan, exec, PACKAGE_VERSION, type Ran } from './helpers.ts';
import { installedPackage, type InstalledPackage } from './installed.ts';

describe('the npm package, packed and installed globally', () => {
  let pkg: InstalledPackage;
  beforeAll(async () => {
    pkg = await installedPackage();
  }, 480_000);

  /** `cs-conformance <args>` as typed in a shell, from the install's directory. */
  const installed = (args: string[], timeoutMs = 20_000): Promise<Ran> => exec('cs-conformance', args, { cwd: pkg.dir, env: pkg.env(), timeoutMs });

  it('holds the built command, the spec, the generated client, the suites and the simulator, and neither test/ nor TypeScript', () => {
    const expected = ['package.json', 'README.md', 'openapi/container-station.yaml', 'dist/runner/cli/cli.js', 'dist/runner/mock/mock-server.js', 'dist/generated/sdk.gen.js'];
    expected.push('dist/runner/simulate/command.js', 'dist/runner/simulate/simulator.js', 'dist/runner/simulate/engine/memory-engine.js');
    expected.push(...SUITES.map((s) => `dist/suites/${s.name}.suite.js`));
    expect(pkg.packed).toEqual(expect.arrayContaining(expected));
    expect(pkg.packed.filter((p) => p.startsWith('test/') || p.startsWith('dist/test/') || /\.[cm]?ts$/.test(p))).toEqual([]);
  });

  it('answers --version and -V with the version of package.json', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await installed([flag]);
      expect(r.code, describeRan(flag, r)).toBe(0);
      expect(r.stdout).toBe(`cs-conformance ${PACKAGE_VERSION}\n`);
    }
  });

  it('lists every suite of the catalogue', async () => {
    const r = await installed(['list']);
    expect(r.code, describeRan('list', r)).toBe(0);
    for (const s of SUITES) expect(r.stdout).toMatch(new RegExp(`^${s.name} — `, 'm'));
  });

  it('runs against its embedded mock (Prism, started from the package)', async () => {
    const reports = join(tempDir('csp-mock-reports-'), 'reports');
    const r = await installed(['run', '--suite', 'system', '--suite', 'list', '--report-dir', reports], 90_000);
    expect(r.code, describeRan('run against the mock', r)).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^cs-conformance ${PACKAGE_VERSION.replaceAll('.', '\\.')} · run \\w+ · target mock`, 'm'));
    expect(existsSync(join(reports, 'junit.xml'))).toBe(true);
  });
});
