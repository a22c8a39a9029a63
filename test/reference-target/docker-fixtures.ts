// The containers the conformance scenarios connect to networks, on a Docker engine with no registry access: a tiny
// image holding only Debian's static busybox, imported from a tar built here, one RUNNING container and one CREATED
// (never started) container, like Container Station's doc fixtures `probe_running` and `dtest`.

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DOCKER_API_VERSION, dockerRequest, engineMessage, type DockerResponse } from './docker-engine.ts';

export const BUSYBOX_PATH = '/bin/busybox';
export const FIXTURE_IMAGE_REPO = 'cs-conformance-busybox';

export interface FixtureContainer {
  id: string;
  name: string;
}

export interface DockerFixtures {
  /** repo:tag of the imported image. */
  image: string;
  runningContainer: FixtureContainer;
  createdContainer: FixtureContainer;
  /** Removes exactly what was created: both containers (forced), then the image. */
  cleanup(): Promise<void>;
}

export interface DockerFixturesOptions {
  socketPath: string;
  runningName?: string;
  createdName?: string;
  /** Defaults to a per-run tag, so two fixture sets on one engine never remove each other's image. */
  image?: string;
  busyboxPath?: string;
  timeoutMs?: number;
}

// ---- a minimal ustar writer: directories, regular files and symlinks are all a rootfs needs ----

export interface TarEntry {
  path: string;
  type: 'dir' | 'file' | 'symlink';
  mode?: number;
  data?: Buffer;
  target?: string;
}

function octal(value: number, width: number): string {
  // width - 1 digits and a NUL, as ustar numeric fields are written
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function tarHeader(entry: TarEntry, size: number): Buffer {
  const header = Buffer.alloc(512);
  const name = entry.type === 'dir' && !entry.path.endsWith('/') ? `${entry.path}/` : entry.path;
  if (Buffer.byteLength(name) > 100) throw new Error(`tar path longer than 100 bytes: ${name}`);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(entry.mode ?? (entry.type === 'file' ? 0o644 : 0o755), 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii'); // uid
  header.write(octal(0, 8), 116, 'ascii'); // gid
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(Math.floor(Date.now() / 1000), 12), 136, 'ascii');
  header.write('        ', 148, 'ascii'); // checksum counts as spaces while summing
  header.write(entry.type === 'dir' ? '5' : entry.type === 'symlink' ? '2' : '0', 156, 'ascii');
  if (entry.target !== undefined) header.write(entry.target, 157, 100, 'utf8');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  header.write('root', 265, 32, 'ascii');
  header.write('root', 297, 32, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

export function buildTar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.type === 'file' ? (entry.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
    parts.push(tarHeader(entry, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024)); // end of archive: two zero blocks
  return Buffer.concat(parts);
}

/** Whether an ELF executable has no program interpreter, i.e. runs in a rootfs without a libc. */
export function isStaticElf(bin: Buffer): boolean {
  if (bin.length < 64 || bin.readUInt32BE(0) !== 0x7f454c46) return false;
  const is64 = bin[4] === 2;
  const le = bin[5] === 1;
  const u16 = (at: number) => (le ? bin.readUInt16LE(at) : bin.readUInt16BE(at));
  const u32 = (at: number) => (le ? bin.readUInt32LE(at) : bin.readUInt32BE(at));
  const phoff = is64 ? Number(le ? bin.readBigUInt64LE(32) : bin.readBigUInt64BE(32)) : u32(28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + 4 > bin.length) return false;
    if (u32(at) === 3) return false; // PT_INTERP
  }
  return true;
}

export function busyboxRootfs(busybox: Buffer): Buffer {
  return buildTar([
    { path: 'bin', type: 'dir' },
    { path: 'bin/busybox', type: 'file', mode: 0o755, data: busybox },
    { path: 'bin/sh', type: 'symlink', target: 'busybox' },
    { path: 'bin/sleep', type: 'symlink', target: 'busybox' },
    { path: 'tmp', type: 'dir', mode: 0o1777 },
  ]);
}

// ---- fixtures ----

function rand(): string {
  return randomBytes(4).toString('hex');
}

export async function createDockerFixtures(opts: DockerFixturesOptions): Promise<DockerFixtures> {
  const { socketPath } = opts;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const suffix = rand();
  const image = opts.image ?? `${FIXTURE_IMAGE_REPO}:local-${suffix}`;
  const runningName = opts.runningName ?? `cs-ref-running-${suffix}`;
  const createdName = opts.createdName ?? `cs-ref-created-${suffix}`;
  const v = `/${DOCKER_API_VERSION}`;
  const created: { containers: string[]; image?: string } = { containers: [] };

  async function call(method: string, path: string, body?: unknown, expect: number[] = [200, 201, 204]): Promise<DockerResponse> {
    const res = await dockerRequest(socketPath, method, `${v}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs,
    });
    if (!expect.includes(res.status)) throw new Error(`${method} ${v}${path}: ${res.status} ${engineMessage(res)}`);
    return res;
  }

  async function cleanup(): Promise<void> {
    const failures: string[] = [];
    for (const id of created.containers.splice(0)) {
      await call('DELETE', `/containers/${id}?force=true&v=true`, undefined, [204, 404]).catch((err: Error) => failures.push(err.message));
    }
    const tag = created.image;
    created.image = undefined;
    if (tag !== undefined) {
      // By tag: if someone else tagged the same image meanwhile, only our tag goes.
      await call('DELETE', `/images/${encodeURIComponent(tag)}`, undefined, [200, 404]).catch((err: Error) => failures.push(err.message));
    }
    if (failures.length > 0) throw new Error(`fixture cleanup incomplete: ${failures.join('; ')}`);
  }

  async function createContainer(name: string): Promise<string> {
    const res = await call('POST', `/containers/create?name=${encodeURIComponent(name)}`, {
      Image: image,
      Cmd: ['sleep', '3600'],
      // sleep as PID 1 ignores SIGTERM; SIGKILL makes stop and daemon shutdown immediate.
      StopSignal: 'SIGKILL',
      Labels: { 'cs-conformance.fixture': 'reference-target' },
    });
    const id = (res.json as { Id: string }).Id;
    created.containers.push(id);
    return id;
  }

  try {
    const busyboxPath = opts.busyboxPath ?? BUSYBOX_PATH;
    const busybox = await readFile(busyboxPath).catch((err: Error) => {
      throw new Error(`cannot read ${busyboxPath} (Debian: apt-get install busybox-static): ${err.message}`);
    });
    if (!isStaticElf(busybox)) throw new Error(`${busyboxPath} is not a static executable (Debian: apt-get install busybox-static)`);

    const [repo, tag] = splitImage(image);
    const res = await dockerRequest(
      socketPath,
      'POST',
      `${v}/images/create?fromSrc=-&repo=${encodeURIComponent(repo)}&tag=${encodeURIComponent(tag)}`,
      { body: busyboxRootfs(busybox), contentType: 'application/x-tar', timeoutMs },
    );
    // The import answers 200 with a JSON progress stream; a failure arrives as an {"error": ...} line in it.
    const streamError = /"error"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(res.text)?.[1];
    if (res.status !== 200 || streamError !== undefined) {
      throw new Error(`image import failed: ${res.status} ${streamError ?? engineMessage(res)}`);
    }
    created.image = image;

    const runningId = await createContainer(runningName);
    await call('POST', `/containers/${runningId}/start`);
    const createdId = await createContainer(createdName);
    return {
      image,
      runningContainer: { id: runningId, name: runningName },
      createdContainer: { id: createdId, name: createdName },
      cleanup,
    };
  } catch (err) {
    await cleanup().catch(() => undefined);
    throw err;
  }
}

function splitImage(image: string): [string, string] {
  const colon = image.lastIndexOf(':');
  if (colon <= image.lastIndexOf('/')) return [image, 'latest'];
  return [image.slice(0, colon), image.slice(colon + 1)];
}
