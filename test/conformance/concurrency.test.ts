// Checks side by side (--concurrency): the results must not depend on it. The same checks, the same verdicts, in
// catalogue order, each check's transcript holding only its own requests, the same generated cases for a seed; and
// no false alarm at --concurrency 8 over 20 seeds, on the memory engine behind a latency that makes checks overlap,
// and on a real Docker engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../reporters/model.ts';
import { startDockerTarget, type DockerTarget } from '../reference-target/docker-target.ts';
import { DockerEngine } from '../reference-target/docker-engine.ts';
import { dockerAvailable, startDockerd, type Dockerd } from '../reference-target/dockerd.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { runCli, type CliRun } from './run-cli.ts';

const PASSWORD = 'concurrency-test-password';
const env = { CS_PASSWORD: PASSWORD };
const SEEDS = Array.from({ length: 20 }, (_, i) => 5000 + i * 7919);

const args = (t: { url: string; username: string; runningContainer: string }) => ['--target', t.url, '--username', t.username, '--container', t.runningContainer, '--allow-destructive', '--timeout', '5000'];

/** What a run did, with what differs between any two runs (run id, engine ids, random values) elided. */
function requestsOf(results: RunResult): Map<string, string[]> {
  const normal = (text: string) =>
    text
      // The reference suite sends names and Ids in upper case too, and 4-character Id prefixes.
      .replace(/cs-conformance-[0-9a-f]{8}-/gi, 'cs-conformance-RUN-')
      .replace(/\b[0-9a-f]{64}\b/gi, 'ID')
      .replace(/\b[0-9a-f]{12}\b/gi, 'ID12')
      .replace(/\/networks\/[0-9a-f]{4}(?=\/|$)/g, '/networks/ID4')
      .replace(/wrong-[0-9a-f-]{36}/g, 'wrong-PASSWORD')
      // NET-CREATE-008 draws its subnet at random from the benchmarking range.
      .replace(/198\.18\.\d+\./g, '198.18.N.')
      .replace(/^http:\/\/[^/]+/, '');
  const out = new Map<string, string[]>();
  for (const c of results.suites.flatMap((s) => s.checks)) {
    out.set(c.id, c.transcript.map((e) => `${e.request.method} ${normal(e.request.url)} ${normal(e.request.body ?? '')}`));
  }
  return out;
}

function verdicts(r: CliRun): string[] {
  return r.results!.suites.flatMap((s) => s.checks.map((c) => `${c.id} ${c.status}`));
}

const describeRun = (r: CliRun) => `exit ${r.code}, failed ${r.failed.join(', ') || 'none'}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`;

describe('checks run side by side on the memory target (10 ms per answer)', () => {
  let target: Simulator;
  beforeAll(async () => {
    target = await startSimulator({ password: PASSWORD, latencyMs: 10 });
  });
  afterAll(async () => {
    await target?.close();
  });

  it('give the same checks, verdicts, order and per-check requests at --concurrency 1 and 8', { timeout: 180_000 }, async () => {
    const one = await runCli([...args(target), '--concurrency', '1'], env);
    const eight = await runCli([...args(target), '--concurrency', '8'], env);
    expect(one.code, describeRun(one)).toBe(0);
    expect(eight.code, describeRun(eight)).toBe(0);
    expect(verdicts(eight)).toEqual(verdicts(one));
    // The progress lines too: printed in catalogue order whatever order the checks finished in.
    const lines = (r: CliRun) => r.stdout.split('\n').filter((l) => /^(PASS|FAIL|SKIP|ERROR|KNOWN)\s/.test(l)).map((l) => l.split(/\s+/).slice(0, 2).join(' '));
    expect(lines(eight)).toEqual(lines(one));
    // A check's transcript is its own requests, the same ones whatever ran beside it (the negative suite's included;
    // compared as sets: above --concurrency 1 a check's independent steps, such as its removals, go side by side).
    const a = requestsOf(one.results!);
    const b = requestsOf(eight.results!);
    for (const [id, requests] of a) expect([...(b.get(id) ?? [])].sort(), id).toEqual([...requests].sort());
    // The checks did overlap: at 10 ms per answer, concurrency 8 is well under concurrency 1.
    expect(eight.results!.durationMs).toBeLessThan(one.results!.durationMs * 0.8);
  });

  it('keeps to --rate-limit whatever the concurrency: the requests of all checks together are spaced 1/R s apart', { timeout: 120_000 }, async () => {
    const r = await runCli([...args(target), '--suite', 'list', '--suite', 'create', '--concurrency', '8', '--rate-limit', '20'], env);
    expect(r.code, describeRun(r)).toBe(0);
    const starts = r.results!.suites.flatMap((s) => s.checks.flatMap((c) => c.transcript.map((e) => Date.parse(e.startedAt ?? '')))).sort((a, b) => a - b);
    expect(starts.length).toBeGreaterThan(20);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    // 50 ms apart; a timer may fire a millisecond or two early against the wall clock.
    expect(Math.min(...gaps), `gaps: ${gaps.join(', ')}`).toBeGreaterThanOrEqual(45);
  });

  it(`passes at --concurrency 8 over ${SEEDS.length} seeds`, { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const r = await runCli([...args(target), '--concurrency', '8', '--seed', String(seed)], env);
      if (r.code !== 0) failures.push(`seed ${seed}: ${describeRun(r)}`);
    }
    expect(failures).toEqual([]);
  });
});

const availability = await dockerAvailable();
const title = (t: string) => (availability.ok ? t : `${t} [skipped: ${availability.reason}]`);

describe.skipIf(!availability.ok)(title('checks run side by side on the Docker-backed reference target'), () => {
  let dockerd: Dockerd;
  let target: DockerTarget;
  let networksBefore: string[];
  beforeAll(async () => {
    dockerd = await startDockerd();
    networksBefore = (await new DockerEngine({ socketPath: dockerd.socketPath }).list()).map((n) => String(n.Name)).sort();
    target = await startDockerTarget({ password: PASSWORD, dockerSocket: dockerd.socketPath });
  }, 120_000);
  afterAll(async () => {
    await target?.close();
    await dockerd?.stop();
  }, 120_000);

  it(`passes at --concurrency 8 over ${SEEDS.length} seeds, leaving the engine as it was`, { timeout: 900_000 }, async () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const r = await runCli([...args(target), '--concurrency', '8', '--seed', String(seed)], env);
      if (r.code !== 0) failures.push(`seed ${seed}: ${describeRun(r)}`);
    }
    expect(failures).toEqual([]);
    const after = (await new DockerEngine({ socketPath: dockerd.socketPath }).list()).map((n) => String(n.Name)).sort();
    expect(after).toEqual(networksBefore);
  });
});
