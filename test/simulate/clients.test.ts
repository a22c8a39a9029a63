// A client author's session against `cs-conformance simulate` (a process of its own), with clients written the way
// the public ones are (clients.ts): the TypeScript MCP server's JSON login through tough-cookie and fetch, and the Go
// client's form-field login under the old base path. Each completes login, list, create, inspect, connect,
// disconnect, remove and logout, directly and through `cs-conformance proxy` in front of the simulator, which finds
// nothing that breaks the spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from '../proxy/helpers.ts';
import { FormClient, JsonClient, networkSession } from './clients.ts';
import { startSimulate, type SimulateProcess } from './process.ts';

const PASSWORD = 'clients-test-password-9a';
const OLD_BASE = '/containerstation/api/v1';

describe('clients written like the public ones, against cs-conformance simulate', () => {
  let sim: SimulateProcess;
  let oldSim: SimulateProcess;
  beforeAll(async () => {
    [sim, oldSim] = await Promise.all([
      startSimulate(['--port', '0'], { env: { CS_PASSWORD: PASSWORD } }),
      startSimulate(['--port', '0', '--base-path', OLD_BASE], { env: { CS_PASSWORD: PASSWORD } }),
    ]);
  });
  afterAll(async () => {
    for (const s of [sim, oldSim]) {
      const stopped = await s?.stop();
      expect(stopped?.code).toBe(0);
      expect(stopped?.stdout).not.toContain(PASSWORD);
    }
  });

  /** S6's session: its login on first use, the network operations, its logout; the ended session is refused. */
  async function jsonSession(origin: string, name: string): Promise<string[]> {
    const c = new JsonClient(origin, 'admin', PASSWORD);
    await networkSession(c, name, sim.runningContainer);
    await c.logout();
    return c.log.steps;
  }

  /** S3's session: a form-field login, a refresh, the network operations, its logout; after it, an envelope. */
  async function formSession(base: string, name: string): Promise<string[]> {
    const c = new FormClient(base);
    expect(await c.login('admin', PASSWORD)).toMatchObject({ username: 'admin', isAdmin: true });
    expect(await c.loginRefresh()).toMatchObject({ username: 'admin', anonymous: false });
    await networkSession(c, name, oldSim.runningContainer);
    expect(await c.logout()).toEqual({ username: 'admin' });
    await expect(c.call('GET', '/networks')).rejects.toThrow(/containerstation: \{"code":401/);
    return c.log.steps;
  }

  const OPERATIONS = ['GET /networks 200', 'POST /networks 200', 'GET /networks/%s/inspect 200', 'connect 200', 'disconnect 200', 'DELETE'];

  it('JSON login through tough-cookie and fetch (S6): the whole session', async () => {
    const steps = await jsonSession(sim.origin, 'mcp-client-net');
    expect(steps[0]).toBe('POST /login 200');
    expect(steps.at(-1)).toBe('PUT /logout 200');
    for (const op of OPERATIONS) expect(steps.some((s) => s.includes(op.replace('%s', 'mcp-client-net')))).toBe(true);
    expect(steps.filter((s) => / [45]\d\d$/.test(s))).toEqual([]);
    // What the simulator printed: a line per exchange, the same count.
    await sim.waitForLine(/^PUT \/container-station\/api\/v1\/logout → 200/);
  });

  it('form-field login under the old base path (S3): the whole session; an error key is a failure on any status', async () => {
    const steps = await formSession(oldSim.url, 'go-client-net');
    expect(steps.slice(0, 2)).toEqual(['POST /login 200', 'GET /login_refresh 200']);
    expect(steps.filter((s) => / [45]\d\d$/.test(s))).toEqual(['GET /networks 401']);
  });

  it('both, through cs-conformance proxy in front of the simulator: no violation, nothing secret written', async () => {
    for (const [target, run] of [
      [sim, (origin: string) => jsonSession(origin, 'mcp-client-proxied')],
      [oldSim, (origin: string) => formSession(`${origin}${OLD_BASE}`, 'go-client-proxied')],
    ] as const) {
      const proxy = await startProxy(['--target', target.origin, ...(target === oldSim ? ['--base-path', OLD_BASE] : [])]);
      const steps = await run(proxy.origin);
      const out = await proxy.stop();
      expect(out.cli.code, out.why).toBe(0);
      expect(out.report.verdict, out.markdown).toBe('conformant');
      expect(out.report.totals).toMatchObject({ violations: 0, transportErrors: 0, undocumented: 0 });
      expect(out.report.totals.documented).toBe(steps.length);
      expect(out.everything).not.toContain(PASSWORD);
    }
  });
});
