// Measures how network references resolve (resolution-probe.ts) on a private dockerd, directly and through the
// reference front (both inspect routes), and on the memory model, then prints the table and whether every layer answered as recorded in
// resolution-probe.ts (MEASURED_RESOLUTION, resolution.md). Needs root and docker.io, like the Docker tests:
//   node test/reference-target/measure-resolution.ts
import { randomBytes } from 'node:crypto';
import { DockerEngine } from './docker-engine.ts';
import { createDockerFixtures } from './docker-fixtures.ts';
import { startDockerTarget } from './docker-target.ts';
import { startDockerd } from './dockerd.ts';
import type { Engine } from '../../runner/simulate/engine/engine.ts';
import { FrontAsEngine } from './front-as-engine.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';
import { startSimulator } from '../../runner/simulate/simulator.ts';
import { measuredRows, probeResolution, resolutionTable, type ProbeRow } from './resolution-probe.ts';

const PASSWORD = randomBytes(12).toString('base64url');

async function main(): Promise<void> {
  const dockerd = await startDockerd();
  const layers: { name: string; rows: ProbeRow[] }[] = [];
  try {
    const engine = new DockerEngine({ socketPath: dockerd.socketPath });
    const fixtures = await createDockerFixtures({ socketPath: dockerd.socketPath });
    try {
      const running = fixtures.runningContainer.name;
      const version = await engine.version();
      process.stdout.write(`engine: Docker ${version.Version} (API ${version.ApiVersion})\n`);
      layers.push({ name: 'engine', rows: await probeResolution(engine, `csm-${randomBytes(3).toString('hex')}`, running) });
      const target = await startDockerTarget({ password: PASSWORD, dockerSocket: dockerd.socketPath });
      try {
        for (const inspectPath of ['heading', 'inspect'] as const) {
          const front: Engine = new FrontAsEngine({ url: target.url, username: target.username, password: PASSWORD, inspectPath });
          layers.push({ name: `front over Docker, inspect by ${inspectPath === 'inspect' ? 'GET /networks/{id}/inspect' : 'GET /networks/{id}'}`, rows: await probeResolution(front, `csm-${randomBytes(3).toString('hex')}`, target.runningContainer) });
        }
      } finally {
        await target.close();
      }
    } finally {
      await fixtures.cleanup();
    }
  } finally {
    await dockerd.stop();
  }
  const memory = new MemoryEngine({ containers: [{ name: 'probe_running', running: true }] });
  layers.push({ name: 'memory engine', rows: await probeResolution(memory, 'csm-memory', 'probe_running') });
  const target = await startSimulator({ password: PASSWORD });
  try {
    const front = new FrontAsEngine({ url: target.url, username: target.username, password: PASSWORD, inspectPath: 'inspect' });
    layers.push({ name: 'front over the memory engine', rows: await probeResolution(front, 'csm-front', target.runningContainer) });
  } finally {
    await target.close();
  }

  process.stdout.write(`\n${resolutionTable(layers[0].rows)}\n\n`);
  // Each layer against the table recorded in resolution-probe.ts (MEASURED_RESOLUTION), which the tests hold to.
  const measured = measuredRows();
  for (const layer of layers) {
    const differing = layer.rows.filter((r, i) => JSON.stringify(r) !== JSON.stringify(measured[i]));
    process.stdout.write(`${layer.name}: ${differing.length === 0 ? 'as recorded' : `differs from the record in ${differing.length} probes`}\n`);
    for (const r of differing) process.stdout.write(`  ${r.op} ${r.kind}: ${r.outcome}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`measure-resolution: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
