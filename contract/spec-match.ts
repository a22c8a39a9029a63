// Which operation of the spec a request on the wire is: its path under the API's base path against the spec's path
// templates (`/networks/{network_id}`), then its method. Traffic outside the base path is not this API at all.
import { loadSpec, type SpecOperation } from './spec.ts';

/** The base paths Container Station has served the API under: 2.4 and later, then older firmware. */
export const KNOWN_BASE_PATHS = ['/container-station/api/v1', '/containerstation/api/v1'];

export type Match =
  | { kind: 'operation'; operation: SpecOperation; basePath: string }
  /** Under the base path, but no documented operation has this path and method. */
  | { kind: 'undocumented'; basePath: string; apiPath: string }
  /** Not under any base path (the NAS's web UI, its other CGIs). */
  | { kind: 'outside' };

interface Template {
  pattern: RegExp;
  operation: SpecOperation;
}

function templates(): Template[] {
  return [...loadSpec().operations.values()].map((operation) => {
    const source = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('');
    return { pattern: new RegExp(`^${source}$`), operation };
  });
}

export class SpecMatcher {
  readonly basePaths: string[];
  readonly #templates = templates();

  /** `basePath` first (the one the user named), then the known ones. */
  constructor(basePath?: string) {
    const first = basePath?.replace(/\/+$/, '');
    this.basePaths = [...new Set([...(first ? [first] : []), ...KNOWN_BASE_PATHS])];
  }

  match(method: string, rawPath: string): Match {
    const path = rawPath.split('?')[0];
    const basePath = this.basePaths.find((b) => path === b || path.startsWith(`${b}/`));
    if (basePath === undefined) return { kind: 'outside' };
    const apiPath = path.slice(basePath.length) || '/';
    const operation = this.#templates.find((t) => t.operation.method === method.toUpperCase() && t.pattern.test(apiPath))?.operation;
    return operation ? { kind: 'operation', operation, basePath } : { kind: 'undocumented', basePath, apiPath };
  }
}
