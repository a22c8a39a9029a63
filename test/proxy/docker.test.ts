// The validating proxy in front of the Docker-backed reference target: real clients, a real engine behind. Skipped,
// with the reason, where no engine can start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerTarget } from '../reference-target/docker-target.ts';
import { dockerAvailable, startDockerd, type Dockerd } from '../reference-target/dockerd.ts';
import { BASE, call, cookieOf, curl, fullSession, startProxy } from './helpers.ts';

const PASSWORD = 'proxy-docker-Pa55word';
const availability = await dockerAvailable();
const title = (t: string) => (availability.ok ? t : `${t} [skipped: ${availability.reason}]`);
if (!availability.ok) console.warn(`[proxy docker.test] skipped: ${availability.reason}`);

describe.skipIf(!availability.ok)(title('the proxy in front of the Docker-backed reference target'), () => {
  let dockerd: Dockerd;
  beforeAll(async () => {
    dockerd = await startDockerd();
  }, 120_000);
  afterAll(async () => {
    await dockerd?.stop();
  }, 120_000);

  it('a clean session of an undici script and curl: every operation covered, exit 0, no secret written', { timeout: 120_000 }, async () => {
    const target = await startDockerTarget({ password: PASSWORD, dockerSocket: dockerd.socketPath });
    try {
      const proxy = await startProxy(['--target', target.origin]);
      const { cookie } = await fullSession(proxy.origin, target.username, PASSWORD, target.runningContainer, 'cs-proxy-docker-clean');
      const curlCookie = cookieOf(await call(proxy.origin, 'POST', `${BASE}/login`, { body: { username: target.username, password: PASSWORD } }));
      const system = JSON.parse(await curl(['-H', `Cookie: ${curlCookie}`, `${proxy.origin}${BASE}/system`])) as { version: { dockerVersion: string } };
      expect(system.version.dockerVersion).toMatch(/^\d+\./);
      const out = await proxy.stop();
      expect(out.cli.code, out.why).toBe(0);
      expect(out.report.totals).toMatchObject({ violations: 0, transportErrors: 0, operationsExercised: 12, operations: 12 });
      for (const secret of [PASSWORD, cookie.split('=')[1], curlCookie.split('=')[1]]) expect(out.everything).not.toContain(secret);
    } finally {
      await target.close();
    }
  });

  it('a seeded fault (a non-date Created) gives exit 1 naming the operation and the pointer', { timeout: 120_000 }, async () => {
    const target = await startDockerTarget({ password: PASSWORD, dockerSocket: dockerd.socketPath, faults: ['schema-created-not-rfc3339'] });
    try {
      const proxy = await startProxy(['--target', target.origin]);
      const cookie = cookieOf(await call(proxy.origin, 'POST', `${BASE}/login`, { body: { username: target.username, password: PASSWORD } }));
      await curl(['-H', `Cookie: ${cookie}`, `${proxy.origin}${BASE}/networks`]);
      const out = await proxy.stop();
      expect(out.cli.code, out.why).toBe(1);
      expect(out.report.violations).toContainEqual(expect.objectContaining({ operationId: 'listNetworks', details: expect.arrayContaining([expect.objectContaining({ pointer: expect.stringMatching(/^\/\d+\/Created$/) })]) }));
      expect(out.everything).not.toContain(cookie.split('=')[1]);
    } finally {
      await target.close();
    }
  });
});
