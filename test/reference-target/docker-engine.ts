// A real Docker engine behind the reference front: every Engine call is one Docker Engine API v1.41 request over the
// engine's unix socket, translated without interpretation, so the front sees exactly what Container Station's
// docker-py backend would see.

import { request } from 'node:http';
import { EngineError, type Engine, type EngineCreateBody } from '../../runner/simulate/engine/engine.ts';

export const DOCKER_API_VERSION = 'v1.41';

export interface DockerResponse {
  status: number;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
}

export interface DockerRequestOptions {
  body?: string | Buffer;
  contentType?: string;
  timeoutMs?: number;
}

/**
 * One HTTP request to a Docker engine's unix socket. Resolves with any status; rejects only when the engine cannot be
 * reached or does not answer within the bound, so callers decide what a status means.
 */
export function dockerRequest(
  socketPath: string,
  method: string,
  path: string,
  opts: DockerRequestOptions = {},
): Promise<DockerResponse> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const headers: Record<string, string | number> = { Host: 'localhost' };
  if (opts.body !== undefined) {
    headers['Content-Type'] = opts.contentType ?? 'application/json';
    headers['Content-Length'] = Buffer.byteLength(opts.body);
  }
  return new Promise((resolve, reject) => {
    // agent:false gives each call its own connection, so nothing lingers after the engine or the caller goes away.
    const req = request({ socketPath, method, path, headers, agent: false, signal: AbortSignal.timeout(timeoutMs) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, text, json: parseJson(text) });
      });
    });
    function fail(err: Error): void {
      const why = err.name === 'TimeoutError' || err.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : err.message;
      reject(new Error(`Docker engine at ${socketPath}: ${method} ${path}: ${why}`));
    }
    req.on('error', fail);
    req.end(opts.body);
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The engine's own explanation of a failure: `{"message": ...}`, else the raw body. */
export function engineMessage(res: DockerResponse): string {
  const json = res.json as { message?: unknown } | undefined;
  if (json !== null && typeof json === 'object' && typeof json.message === 'string') return json.message;
  return res.text.trim();
}

export interface DockerEngineOptions {
  socketPath: string;
  /** Bound for each engine call. */
  timeoutMs?: number;
}

export class DockerEngine implements Engine {
  readonly socketPath: string;
  readonly timeoutMs: number;

  constructor(opts: DockerEngineOptions) {
    this.socketPath = opts.socketPath;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  async list(): Promise<Record<string, unknown>[]> {
    return (await this.call('GET', '/networks')) as Record<string, unknown>[];
  }

  async create(body: EngineCreateBody): Promise<{ Id: string; Warning: string }> {
    return (await this.call('POST', '/networks/create', body)) as { Id: string; Warning: string };
  }

  async inspect(id: string): Promise<Record<string, unknown>> {
    return (await this.call('GET', `/networks/${encodeURIComponent(id)}`)) as Record<string, unknown>;
  }

  async connect(id: string, container: string): Promise<void> {
    // docker-py's connect_container_to_network always sends an EndpointConfig, empty when no option is given.
    await this.call('POST', `/networks/${encodeURIComponent(id)}/connect`, { Container: container, EndpointConfig: {} });
  }

  async disconnect(id: string, container: string, force?: boolean): Promise<void> {
    // docker-py adds Force only when it is set.
    const body = force ? { Container: container, Force: true } : { Container: container };
    await this.call('POST', `/networks/${encodeURIComponent(id)}/disconnect`, body);
  }

  async remove(id: string): Promise<void> {
    await this.call('DELETE', `/networks/${encodeURIComponent(id)}`);
  }

  async prune(): Promise<{ NetworksDeleted: string[] | null }> {
    return (await this.call('POST', '/networks/prune')) as { NetworksDeleted: string[] | null };
  }

  async version(): Promise<{ Version: string; ApiVersion: string }> {
    return (await this.call('GET', '/version')) as { Version: string; ApiVersion: string };
  }

  private async call(method: string, route: string, body?: unknown): Promise<unknown> {
    const apiPath = `/${DOCKER_API_VERSION}${route}`;
    const res = await dockerRequest(this.socketPath, method, apiPath, {
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs: this.timeoutMs,
    });
    if (res.status < 200 || res.status > 299) throw new EngineError(res.status, engineMessage(res), apiPath);
    return res.json;
  }
}
