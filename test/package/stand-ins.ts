// Stand-ins for the GitHub actions our workflows use, each doing on this machine what the action does on a runner,
// for the inputs we pass: actions/checkout copies the checkout, actions/setup-node checks the Node major, the artifact
// actions move folders through an ArtifactStore (one folder per artifact name, as the run's artifact storage). An input
// a stand-in does not implement is refused, so the workflow cannot rely on one this harness ignores.
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, matchesGlob, resolve } from 'node:path';
import { checkSetupNode } from './action.ts';
import { copyCheckout } from './helpers.ts';
import type { UsesResult } from './steps.ts';

/** What upload-artifact refuses in a name (@actions/artifact's validation). */
const INVALID_NAME = /[":<>|*?\r\n\\/]/;

function refuseUnknown(action: string, given: Record<string, string>, known: string[]): void {
  const unknown = Object.keys(given).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`${action}: this stand-in does not implement ${unknown.join(', ')}`);
}

/** A failed step, with the line the action would print. */
function failed(message: string): UsesResult {
  return { code: 1, ran: { code: 1, stdout: `::error::${message}\n`, stderr: '', killed: false, ms: 0 } };
}

/** The artifacts of one workflow run: name → a folder holding what was uploaded. */
export class ArtifactStore {
  readonly #dir: string;
  /** Every upload, in order (a name twice means an overwrite). */
  readonly uploads: string[] = [];

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** The folder holding every artifact. */
  get root(): string {
    return this.#dir;
  }

  names(): string[] {
    return [...new Set(this.uploads)].sort();
  }

  /** The folder of an uploaded artifact's contents. */
  path(name: string): string {
    return join(this.#dir, name);
  }

  /** actions/upload-artifact@v4: a folder's contents, or one file, under `name`; refused twice without overwrite. */
  upload(given: Record<string, string>, workspace: string): UsesResult {
    refuseUnknown('upload-artifact', given, ['name', 'path', 'overwrite', 'if-no-files-found']);
    const name = given.name || 'artifact';
    if (INVALID_NAME.test(name)) return failed(`The artifact name is not valid: ${name}`);
    const source = resolve(workspace, given.path);
    if (!existsSync(source)) {
      const mode = given['if-no-files-found'] || 'warn';
      return mode === 'error' ? failed(`No files were found with the provided path: ${given.path}`) : { code: 0 };
    }
    const dest = this.path(name);
    if (existsSync(dest)) {
      if (given.overwrite !== 'true') return failed('Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists on the workflow run');
      rmSync(dest, { recursive: true });
    }
    if (statSync(source).isDirectory()) cpSync(source, dest, { recursive: true });
    else cpSync(source, join(dest, basename(source)));
    this.uploads.push(name);
    return { code: 0 };
  }

  /** actions/download-artifact@v4: by pattern, each artifact into path/<name>/; by name, into path itself. */
  download(given: Record<string, string>, workspace: string): UsesResult {
    refuseUnknown('download-artifact', given, ['name', 'pattern', 'path']);
    const into = resolve(workspace, given.path || '.');
    if (given.name) {
      if (!this.uploads.includes(given.name)) return failed(`Artifact '${given.name}' not found`);
      cpSync(this.path(given.name), into, { recursive: true });
      return { code: 0 };
    }
    for (const name of this.names()) {
      if (!given.pattern || matchesGlob(name, given.pattern)) cpSync(this.path(name), join(into, name), { recursive: true });
    }
    return { code: 0 };
  }

  /** A second store holding a copy of these artifacts (to run a job again on altered ones). */
  copy(dir: string): ArtifactStore {
    const store = new ArtifactStore(dir);
    for (const name of this.names()) cpSync(this.path(name), store.path(name), { recursive: true });
    store.uploads.push(...this.names());
    return store;
  }
}

/** actions/checkout@v4 of this repository: a fresh copy of the checkout at `path`. */
export function checkout(given: Record<string, string>, workspace: string): UsesResult {
  refuseUnknown('checkout', given, ['repository', 'ref', 'path']);
  copyCheckout(resolve(workspace, given.path || '.'));
  return { code: 0 };
}

/**
 * actions/setup-node@v4: the Node on PATH, which must be the major asked for. The npm cache is not stood in for, but
 * its lock file must exist, as setup-node fails without it.
 */
export function setupNode(given: Record<string, string>, workspace: string): UsesResult {
  refuseUnknown('setup-node', given, ['node-version', 'cache', 'cache-dependency-path']);
  checkSetupNode(given, 'setup-node');
  if (given.cache) {
    if (given.cache !== 'npm') throw new Error(`setup-node: this stand-in knows only the npm cache, not ${given.cache}`);
    const lock = given['cache-dependency-path'] || 'package-lock.json';
    if (!existsSync(resolve(workspace, lock))) return failed(`Dependencies lock file is not found in ${workspace}. Supported file patterns: ${lock}`);
  }
  return { code: 0 };
}
