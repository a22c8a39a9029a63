// A private, throw-away Docker daemon (Debian's docker.io dockerd) for the reference target and its tests. Everything
// it owns lives under one temp dir, plus one host bridge with a random name and address, so it can run next to a
// host Docker (docker0, 172.17.0.0/16) or another private daemon and leaves nothing behind when stopped.

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { access, mkdtemp, open, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { dockerRequest } from './docker-engine.ts';

const run = promisify(execFile);

// dockerd starts containerd and runc by name, and we drive the host bridge with iproute2; Debian keeps several of
// them in sbin, which a non-login PATH may lack.
const SEARCH_PATH = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].filter(
  (dir, i, all) => dir !== '' && all.indexOf(dir) === i,
);
const CHILD_PATH = SEARCH_PATH.join(delimiter);
const REQUIRED_TOOLS = ['dockerd', 'containerd', 'runc', 'ip', 'umount'];

// CAP_NET_ADMIN (bridges, veths) and CAP_SYS_ADMIN (mounts, namespaces): what dockerd needs beyond being uid 0.
const CAP_NET_ADMIN = 12n;
const CAP_SYS_ADMIN = 21n;

export interface DockerdOptions {
  /** Bound for dockerd to answer /_ping. */
  startTimeoutMs?: number;
  /** Bound for dockerd to exit after SIGTERM before it gets SIGKILL. */
  stopTimeoutMs?: number;
  /** Appended to dockerd's command line, e.g. ['--debug']. */
  extraArgs?: string[];
}

export interface Dockerd {
  socketPath: string;
  /** The host bridge behind the daemon's default `bridge` network. */
  bridge: string;
  /** The default `bridge` network's subnet. */
  subnet: string;
  stop(): Promise<void>;
}

async function findTool(name: string): Promise<string | undefined> {
  for (const dir of SEARCH_PATH) {
    const candidate = join(dir, name);
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Whether this machine can run a private dockerd; the reason is meant for a test's skip message. */
export async function dockerAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (process.platform !== 'linux') return { ok: false, reason: `a private dockerd needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'a private dockerd needs root (run as uid 0)' };
  const missing: string[] = [];
  for (const tool of REQUIRED_TOOLS) if ((await findTool(tool)) === undefined) missing.push(tool);
  if (missing.length > 0) return { ok: false, reason: `not installed: ${missing.join(', ')} (Debian: apt-get install docker.io iproute2)` };
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const capEff = /^CapEff:\s*([0-9a-f]+)$/m.exec(status)?.[1];
  if (capEff !== undefined) {
    const caps = BigInt(`0x${capEff}`);
    if (((caps >> CAP_NET_ADMIN) & 1n) === 0n || ((caps >> CAP_SYS_ADMIN) & 1n) === 0n) {
      return { ok: false, reason: 'root lacks CAP_NET_ADMIN or CAP_SYS_ADMIN (unprivileged container?)' };
    }
  }
  return { ok: true };
}

/** IPv4 destinations routed on this host, as [network, mask] pairs of unsigned 32-bit numbers. */
async function hostRoutes(): Promise<[number, number][]> {
  const table = await readFile('/proc/net/route', 'utf8').catch(() => '');
  const routes: [number, number][] = [];
  for (const line of table.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 8) continue;
    // /proc/net/route prints addresses as host-order (little-endian) hex.
    const dest = Buffer.from(cols[1], 'hex').readUInt32LE(0);
    const mask = Buffer.from(cols[7], 'hex').readUInt32LE(0);
    routes.push([dest, mask]);
  }
  return routes;
}

/**
 * A /24 for the default bridge inside 172.16.0.0/16: RFC 1918, outside Docker's default pools (172.17-31/16,
 * 192.168/16) so the daemon never hands it out again, and outside the 10/8 subnets the conformance scenarios pick.
 */
async function pickSubnet(): Promise<string> {
  const routes = (await hostRoutes()).filter(([, mask]) => mask !== 0);
  const base = (172 << 24) | (16 << 16);
  const start = randomBytes(1)[0];
  for (let i = 0; i < 256; i++) {
    const third = (start + i) % 256;
    const net = (base | (third << 8)) >>> 0;
    const netMask = 0xffffff00;
    const overlaps = routes.some(([dest, mask]) => {
      const common = (mask & netMask) >>> 0;
      return ((dest & common) >>> 0) === ((net & common) >>> 0);
    });
    if (!overlaps) return `172.16.${third}`;
  }
  throw new Error('no free /24 in 172.16.0.0/16 for the private dockerd bridge');
}

async function ip(...args: string[]): Promise<void> {
  await run('ip', args, { timeout: 10_000, env: { ...process.env, PATH: CHILD_PATH } });
}

async function linkExists(name: string): Promise<boolean> {
  return access(`/sys/class/net/${name}`).then(
    () => true,
    () => false,
  );
}

/** The end of dockerd's log, info and debug chatter left out when anything else is there. */
async function tail(file: string, lines = 8): Promise<string> {
  const all = (await readFile(file, 'utf8').catch(() => '')).trimEnd().split('\n').filter((line) => line !== '');
  const telling = all.filter((line) => !/\blevel=(info|debug)\b/.test(line));
  return (telling.length > 0 ? telling : all).slice(-lines).join('\n');
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    function onExit(): void {
      clearTimeout(timer);
      resolve(true);
    }
    child.once('exit', onExit);
  });
}

/** Mount points under dir, deepest first (dockerd bind-mounts its data root; netns files and overlays may remain). */
async function mountsUnder(dir: string): Promise<string[]> {
  const info = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  const points = info
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point): point is string => point !== undefined)
    .map((point) => point.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8))))
    .filter((point) => point === dir || point.startsWith(`${dir}/`));
  return [...new Set(points)].sort((a, b) => b.length - a.length);
}

/**
 * Processes the daemon left behind (containerd, shims) after a SIGKILL: they name our temp dir on their command line
 * or run from it. They descend from the dockerd we started, so ending them by pid is ending our own processes.
 */
async function leftoverPids(dir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cmdline.includes(`${dir}/`) || cwd === dir || cwd.startsWith(`${dir}/`)) pids.push(Number(entry));
  }
  return pids;
}

export async function startDockerd(opts: DockerdOptions = {}): Promise<Dockerd> {
  const startTimeoutMs = opts.startTimeoutMs ?? 60_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 20_000;
  const available = await dockerAvailable();
  if (!available.ok) throw new Error(`cannot start dockerd: ${available.reason}`);

  const linksBefore = new Set(await readdir('/sys/class/net').catch(() => [] as string[]));
  let bridge = '';
  do bridge = `csref${randomBytes(3).toString('hex')}`;
  while (linksBefore.has(bridge));
  const prefix = await pickSubnet();
  const subnet = `${prefix}.0/24`;
  // Unix socket paths are limited to 107 bytes, and containerd's socket sits three levels below the temp dir.
  const dir = await mkdtemp(join(tmpdir().length > 40 ? '/tmp' : tmpdir(), 'cs-dockerd-'));
  const socketPath = join(dir, 'docker.sock');
  const logPath = join(dir, 'dockerd.log');
  let child: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;
  let bridgeCreated = false;

  async function cleanup(): Promise<void> {
    const bridges = new Set<string>(bridgeCreated ? [bridge] : []);
    if (child !== undefined && !exited(child)) {
      for (const name of await networkBridges(socketPath)) bridges.add(name);
      await killContainers(socketPath);
      child.kill('SIGTERM');
      if (!(await waitExit(child, stopTimeoutMs))) {
        child.kill('SIGKILL');
        await waitExit(child, 5_000);
      }
    }
    for (const pid of await leftoverPids(dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const point of await mountsUnder(dir)) {
      await run('umount', [point], { timeout: 10_000, env: { ...process.env, PATH: CHILD_PATH } }).catch(() =>
        run('umount', ['-l', point], { timeout: 10_000, env: { ...process.env, PATH: CHILD_PATH } }).catch(() => undefined),
      );
    }
    for (const name of bridges) {
      // A network may name an existing host interface as its bridge; only links that appeared after we started go.
      if (!linksBefore.has(name) && (await linkExists(name))) await ip('link', 'del', name).catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }

  try {
    // Keeps the daemon's identity key out of the host's /etc/docker (it has no command-line flag).
    await writeFile(join(dir, 'daemon.json'), `${JSON.stringify({ 'deprecated-key-path': join(dir, 'key.json') })}\n`);
    // dockerd only creates a default bridge named docker0 and refuses --bip together with --bridge, so the private
    // bridge is made here and dockerd adopts its address as the default network's subnet.
    await ip('link', 'add', 'name', bridge, 'type', 'bridge');
    bridgeCreated = true;
    await ip('addr', 'add', `${prefix}.1/24`, 'dev', bridge);
    await ip('link', 'set', bridge, 'up');

    const log = await open(logPath, 'a');
    const args = [
      '--host', `unix://${socketPath}`,
      '--data-root', join(dir, 'data'),
      '--exec-root', join(dir, 'exec'),
      '--pidfile', join(dir, 'docker.pid'),
      // Not the host's /etc/docker/daemon.json.
      '--config-file', join(dir, 'daemon.json'),
      '--bridge', bridge,
      // No host-wide side effects: no iptables rules, no masquerading, no ip_forward sysctl flip.
      '--iptables=false', '--ip6tables=false', '--ip-masq=false', '--ip-forward=false',
      '--userland-proxy=false',
      ...(opts.extraArgs ?? []),
    ];
    const dockerdPath = (await findTool('dockerd')) as string;
    const spawned = spawn(dockerdPath, args, { stdio: ['ignore', log.fd, log.fd], env: { ...process.env, PATH: CHILD_PATH } });
    child = spawned;
    let spawnError: Error | undefined;
    spawned.once('error', (err) => (spawnError = err));
    await log.close();

    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
      if (spawnError !== undefined) throw new Error(`dockerd could not be started: ${spawnError.message}`);
      if (exited(spawned)) throw new Error(`dockerd exited (${spawned.exitCode ?? spawned.signalCode}) before it was ready`);
      const ping = await dockerRequest(socketPath, 'GET', '/_ping', { timeoutMs: 2_000 }).catch(() => undefined);
      if (ping?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`dockerd did not answer /_ping within ${startTimeoutMs} ms`);
      await sleep(50);
    }
  } catch (err) {
    const logTail = await tail(logPath);
    await cleanup().catch(() => undefined);
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(logTail === '' ? message : `${message}; dockerd log tail:\n${logTail}`);
  }

  return {
    socketPath,
    bridge,
    subnet,
    stop() {
      stopping ??= cleanup();
      return stopping;
    },
  };
}

/** Host bridges of the daemon's bridge networks, which outlive dockerd unless removed. */
async function networkBridges(socketPath: string): Promise<string[]> {
  const res = await dockerRequest(socketPath, 'GET', '/v1.41/networks', { timeoutMs: 5_000 }).catch(() => undefined);
  if (res?.status !== 200 || !Array.isArray(res.json)) return [];
  return (res.json as { Id: string; Driver: string; Options?: Record<string, string> | null }[])
    .filter((net) => net.Driver === 'bridge')
    .map((net) => net.Options?.['com.docker.network.bridge.name'] ?? `br-${net.Id.slice(0, 12)}`);
}

/**
 * Everything in a private daemon is ours; killing running containers first keeps shutdown short (a `sleep` as PID 1
 * ignores SIGTERM, and dockerd would wait out each container's stop timeout).
 */
async function killContainers(socketPath: string): Promise<void> {
  const res = await dockerRequest(socketPath, 'GET', '/v1.41/containers/json', { timeoutMs: 5_000 }).catch(() => undefined);
  if (res?.status !== 200 || !Array.isArray(res.json)) return;
  await Promise.all(
    (res.json as { Id: string }[]).map((c) =>
      dockerRequest(socketPath, 'POST', `/v1.41/containers/${c.Id}/kill`, { timeoutMs: 5_000 }).catch(() => undefined),
    ),
  );
}
