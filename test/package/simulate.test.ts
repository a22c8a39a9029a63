// The installed `cs-conformance simulate` (installed.ts: packed, installed into a temporary prefix), as a client
// author meets it: the documentation page's curl session run as printed with the real curl and a cookie jar file,
// each answer held to the page's example; then the installed `cs-conformance run` against it, a separate process,
// passing with every stateful check run (its fault sweep is fault-sweep.test.ts's).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITES } from '../../suites/catalogue/catalogue.ts';
import { readRun } from '../conformance/run-cli.ts';
import { tempDir } from '../runner/helpers.ts';
import { pageSteps, PAGE_LOGIN, type PageStep } from '../simulate/page.ts';
import { startSimulate, type SimulateProcess } from '../simulate/process.ts';
import { describeRan, exec, globalBin, type Ran } from './helpers.ts';
import { installedPackage, type InstalledPackage } from './installed.ts';

const PASSWORD = 'package-simulate-password-7c';
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const ID = /^[0-9a-f]{64}$/;

/** A network object of the page or of the simulator without what differs on every NAS and every run. */
function stable(net: Record<string, unknown>, without: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { ...net };
  for (const key of ['Id', 'Created', ...without]) delete out[key];
  return out;
}

/** Shape and format of what `stable` left out. */
function expectIdAndCreated(net: Record<string, unknown>): void {
  expect(net.Id).toMatch(ID);
  expect(net.Created).toMatch(RFC3339);
}

describe('the installed cs-conformance simulate', () => {
  let pkg: InstalledPackage;
  let sim: SimulateProcess;
  beforeAll(async () => {
    pkg = await installedPackage();
    sim = await startSimulate(['--port', '0'], { command: [join(globalBin(pkg.prefix), 'cs-conformance'), 'simulate'], env: pkg.env({ CS_PASSWORD: PASSWORD }) });
  }, 480_000);
  afterAll(async () => {
    const stopped = await sim?.stop();
    expect(stopped?.code).toBe(0);
    expect(stopped?.stdout).not.toContain(PASSWORD);
  });

  it("runs the page's curl session as printed, with /usr/bin/curl and a cookie jar; each answer is the page's example", async () => {
    const jar = tempDir('csp-curl-');
    const env = { PATH: '/usr/bin:/bin', QIP: '127.0.0.1', QPORT: String(new URL(sim.url).port), CS_PASSWORD: PASSWORD };
    const shell = async (command: string): Promise<unknown> => {
      const r: Ran = await exec('bash', ['-c', command], { cwd: jar, env, timeoutMs: 15_000 });
      expect(r.code, describeRan(command, r)).toBe(0);
      return JSON.parse(r.stdout);
    };
    expect((await exec('bash', ['-c', 'command -v curl'], { cwd: jar, env, timeoutMs: 5000 })).stdout.trim()).toBe('/usr/bin/curl');
    const [list, create, inspect, connect, disconnect, remove, prune] = pageSteps();
    const example = (step: PageStep, label: string, i = 0) => step.examples.find((e) => e.label === label)!.bodies[i] as Record<string, unknown>;

    // The System page's login writes the jar every later command reads (-b cookies.txt).
    expect(await shell(PAGE_LOGIN)).toEqual({ anonymous: false, isAdmin: true, logintime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), username: 'admin' });
    expect(readFileSync(join(jar, 'cookies.txt'), 'utf8')).toMatch(/\tCS_SESS_ID\t[0-9a-f]{32}$/m);

    // bridge (lxcbr0, 10.0.3.0/24 and the page's Options), host and none, every field but the Id and the date as shown.
    const listed = (await shell(list.command)) as Record<string, unknown>[];
    const shown = example(list, 'Example response') as unknown as Record<string, unknown>[];
    expect(listed.map((n) => stable(n))).toEqual(shown.map((n) => stable(n)));
    listed.forEach(expectIdAndCreated);

    const created = (await shell(create.command)) as Record<string, unknown>;
    expect(Object.keys(created).sort()).toEqual(Object.keys(example(create, 'Example response')).sort());
    expect(created).toEqual({ Id: expect.stringMatching(ID), Warning: example(create, 'Example response').Warning });
    expect(await shell(create.command)).toEqual(example(create, 'Example response with duplicated network'));

    // The subnet a new network gets is the NAS's pool's (the page's NAS gave 172.29.0.0/22): its shape, not its value.
    const inspected = (await shell(inspect.command)) as Record<string, unknown>;
    expect(stable(inspected, ['IPAM'])).toEqual(stable(example(inspect, 'Example response'), ['IPAM']));
    expect(inspected.Id).toBe(created.Id);
    expect(inspected.IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: expect.any(String), Gateway: expect.any(String) }] });

    expect(await shell(connect.command)).toEqual(example(connect, 'Example response'));
    // The page's capture after the connect shows "Containers": {} — its dtest was not running, and the engine gives
    // a created container no endpoint. Ours runs, as the page's connect intends: its endpoint is there, the rest is as
    // shown. (The created-only container, dtest-created, answers as the page's did: test/simulate/front.test.ts.)
    const afterConnect = (await shell(inspect.command)) as Record<string, unknown>;
    expect(stable(afterConnect, ['IPAM', 'Containers'])).toEqual(stable(example(connect, 'Inspect result after container connected'), ['IPAM', 'Containers']));
    expect(Object.values(afterConnect.Containers as Record<string, { Name: string }>).map((c) => c.Name)).toEqual(['dtest']);

    // The page's disconnect body says "forct" (sic): an unknown field, ignored.
    expect(await shell(disconnect.command)).toEqual(example(disconnect, 'Example response'));
    expect(await shell(remove.command)).toEqual(example(remove, 'Example response'));
    expect(await shell(remove.command)).toEqual(example(remove, 'Example response of network not found'));

    // The page's prune removed two unused networks, then none: made here with the page's create, renamed.
    for (const name of ['doc_test_network_1', 'doc_test_network_2']) await shell(create.command.replace('"doc_test_network"', `"${name}"`));
    expect(await shell(prune.command)).toEqual(example(prune, 'Example response', 0));
    expect(await shell(prune.command)).toEqual(example(prune, 'Example response', 1));

    // One line per exchange (written in batches, up to 20 ms after the answer); the password and the cookie never printed.
    await sim.waitForLine(/^DELETE \/container-station\/api\/v1\/networks\/ → 200 \d+ ms$/);
    const printed = sim.lines().join('\n');
    expect(printed).not.toContain(PASSWORD);
    expect(printed).not.toContain(readFileSync(join(jar, 'cookies.txt'), 'utf8').trim().split('\t').pop());
  });

  /** The installed `cs-conformance run` against the simulator, its reports read back. */
  async function installedRun(args: string[]) {
    const reportDir = join(tempDir('csp-run-'), 'reports');
    const r = await exec('cs-conformance', ['run', '--target', sim.url, '--username', sim.username, '--allow-destructive', '--report-dir', reportDir, ...args], { cwd: pkg.dir, env: pkg.env({ CS_PASSWORD: PASSWORD }), timeoutMs: 180_000 });
    const junit = existsSync(join(reportDir, 'junit.xml')) ? readFileSync(join(reportDir, 'junit.xml'), 'utf8') : '';
    const reports = ['report.html', 'summary.md', 'results.json'].filter((f) => existsSync(join(reportDir, f)));
    return { r, junit, reports, ...readRun(reportDir) };
  }

  it('the installed run against it: exit 0, every report written, every stateful check run', async () => {
    const { r, junit, reports, failed, skipped } = await installedRun(['--container', sim.runningContainer]);
    expect(r.code, describeRan('run', r)).toBe(0);
    expect(failed).toEqual([]);
    expect(r.stdout).toMatch(/^CONFORMANT: /m);
    expect(reports).toEqual(['report.html', 'summary.md', 'results.json']);
    for (const s of SUITES) expect(junit).toContain(`<testsuite name="${s.name}"`);
    expect(junit).not.toContain(PASSWORD);
    // The memory engine has no second driver: the only capability skip allowed.
    expect(skipped).toEqual(['NET-CREATE-005']);
  });

  it('with the created-only container: skips only what needs a running one', async () => {
    const { r, failed, skipped } = await installedRun(['--container', sim.createdContainer, '--suite', 'reference', '--suite', 'connect', '--suite', 'remove', '--suite', 'prune']);
    expect(r.code, describeRan('run', r)).toBe(0);
    expect(failed).toEqual([]);
    expect(skipped.sort()).toEqual(['NET-CONN-006', 'NET-CONN-007', 'NET-RM-005']);
  });
});
