// The reference front seen as an Engine: each call is one request to Container Station's API over HTTP, and each
// error envelope is read back into the engine's status and explanation (the docker-py string holds both). With it the
// resolution probe (resolution-probe.ts) runs through the front exactly as it runs on an engine, so a table measured
// there shows whether the front adds any resolution of its own.
import { asEnvelope, parseDockerPyMessage } from '../../contract/docker-py.ts';
import { EngineError, type Engine, type EngineCreateBody } from '../../runner/simulate/engine/engine.ts';

export interface FrontEngineOptions {
  /** The API base URL (origin + base path). */
  url: string;
  username: string;
  password: string;
  /** Which inspect route the engine's inspect goes to: GET /networks/{id} or GET /networks/{id}/inspect. */
  inspectPath: 'heading' | 'inspect';
}

export class FrontAsEngine implements Engine {
  readonly #opts: FrontEngineOptions;
  #cookie: string | undefined;

  constructor(opts: FrontEngineOptions) {
    this.#opts = opts;
  }

  async list(): Promise<Record<string, unknown>[]> {
    return (await this.#call('GET', '/networks')) as Record<string, unknown>[];
  }

  async create(body: EngineCreateBody): Promise<{ Id: string; Warning: string }> {
    const fields = { name: body.Name, ...(body.CheckDuplicate === undefined ? {} : { check_duplicate: body.CheckDuplicate }) };
    return (await this.#call('POST', '/networks', fields)) as { Id: string; Warning: string };
  }

  async inspect(id: string): Promise<Record<string, unknown>> {
    const suffix = this.#opts.inspectPath === 'inspect' ? '/inspect' : '';
    return (await this.#call('GET', `/networks/${encodeURIComponent(id)}${suffix}`)) as Record<string, unknown>;
  }

  async connect(id: string, container: string): Promise<void> {
    await this.#call('POST', `/networks/${encodeURIComponent(id)}/connect`, { container });
  }

  async disconnect(id: string, container: string, force?: boolean): Promise<void> {
    await this.#call('POST', `/networks/${encodeURIComponent(id)}/disconnect`, { container, force: force ?? false });
  }

  async remove(id: string): Promise<void> {
    await this.#call('DELETE', `/networks/${encodeURIComponent(id)}`);
  }

  async prune(): Promise<{ NetworksDeleted: string[] | null }> {
    return (await this.#call('DELETE', '/networks/')) as { NetworksDeleted: string[] | null };
  }

  async version(): Promise<{ Version: string; ApiVersion: string }> {
    const system = (await this.#call('GET', '/system')) as { version?: { dockerVersion?: string } };
    return { Version: system.version?.dockerVersion ?? '', ApiVersion: '' };
  }

  async #call(method: string, path: string, json?: unknown): Promise<unknown> {
    this.#cookie ??= await this.#login();
    const res = await fetch(this.#opts.url + path, {
      method,
      headers: { cookie: this.#cookie, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await res.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    const envelope = asEnvelope(body);
    if (envelope) {
      const parsed = parseDockerPyMessage(envelope.message);
      throw new EngineError(parsed.engineStatus ?? res.status, parsed.explanation, path);
    }
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return body;
  }

  async #login(): Promise<string> {
    const res = await fetch(`${this.#opts.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: this.#opts.username, password: this.#opts.password }),
    });
    const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
    if (!res.ok || !cookie) throw new Error(`login to ${this.#opts.url} answered HTTP ${res.status}`);
    return cookie;
  }
}
