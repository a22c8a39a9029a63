// The npm package as a user gets it: `npm pack` (which builds dist/ at prepack), `npm install --global` of the tarball
// into a fresh prefix, and the installed `cs-conformance` on PATH — run from inside node_modules, where Node refuses to
// strip types, so only the built JavaScript can work.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITES } from '../../suites/catalogue.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { ROOT, tempDir } from '../runner/helpers.ts';
import { describeRan, exec, globalBin, PACKAGE_VERSION, userEnv, type Ran } from './helpers.ts';

const PASSWORD = 'package-test-password';

describe('the npm package, packed and installed globally', () => {
  let work: string;
  let packed: string[];
  let env: NodeJS.ProcessEnv;
  let target: Simulator;

  beforeAll(async () => {
    work = tempDir('cs-package-');
    target = await startSimulator({ password: PASSWORD });
    const pack = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, timeoutMs: 180_000 });
    expect(pack.code, describeRan('npm pack', pack)).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    packed = info.files.map((f) => f.path);
    // A space in the install path, as under many home folders (and the mock's child must still find itself).
    const prefix = join(work, 'global prefix');
    // --ignore-scripts: the package needs none (Prism's analytics dependency has one).
    const install = await exec('npm', ['install', '--global', '--prefix', prefix, '--ignore-scripts', join(work, info.filename)], {
      cwd: work,
      timeoutMs: 240_000,
    });
    expect(install.code, describeRan('npm install --global', install)).toBe(0);
    env = userEnv({ CS_PASSWORD: PASSWORD }, [globalBin(prefix)]);
  }, 480_000);
  afterAll(() => target?.close());

  /** `cs-conformance <args>` as typed in a shell, from the work directory. */
  const installed = (args: string[], timeoutMs = 20_000): Promise<Ran> => exec('cs-conformance', args, { cwd: work, env, timeoutMs });

  it('holds the built command, the spec, the generated client and the suites, and neither test/ nor TypeScript', () => {
    const expected = ['package.json', 'README.md', 'openapi/container-station.yaml', 'dist/runner/cli.js', 'dist/runner/mock-server.js', 'dist/generated/sdk.gen.js'];
    expected.push(...SUITES.map((s) => `dist/suites/${s.name}.suite.js`));
    expect(packed).toEqual(expect.arrayContaining(expected));
    expect(packed.filter((p) => p.startsWith('test/') || p.startsWith('dist/test/') || /\.[cm]?ts$/.test(p))).toEqual([]);
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
    const reports = join(work, 'mock-reports');
    const r = await installed(['run', '--suite', 'system', '--suite', 'list', '--report-dir', reports], 90_000);
    expect(r.code, describeRan('run against the mock', r)).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^cs-conformance ${PACKAGE_VERSION.replaceAll('.', '\\.')} · run \\w+ · target mock`, 'm'));
    expect(existsSync(join(reports, 'junit.xml'))).toBe(true);
  });

  it('runs every suite against the memory reference target: exit 0, every report written', async () => {
    const reports = join(work, 'target-reports');
    const args = ['run', '--target', target.url, '--username', target.username, '--container', target.runningContainer, '--allow-destructive', '--report-dir', reports];
    const r = await installed(args, 180_000);
    expect(r.code, describeRan('run against the memory target', r)).toBe(0);
    expect(r.stdout).toMatch(/^CONFORMANT: /m);
    for (const file of ['report.html', 'summary.md', 'results.json']) expect(existsSync(join(reports, file)), file).toBe(true);
    const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
    for (const s of SUITES) expect(junit).toContain(`<testsuite name="${s.name}"`);
    expect(junit).not.toContain(PASSWORD);
  });
});
