// The engine behind the front (../front/front.ts): the memory engine, a model of Docker 20.10's network behaviour
// (memory-engine.ts, the simulator's), or a real Docker engine (test/reference-target/docker-engine.ts, the Docker
// target's, a development tool). Both answer like the Docker Engine API v1.41: bodies are the engine's JSON, failures
// are EngineError with the engine's HTTP status and message. The front turns EngineError into Container Station's
// envelope, as Container Station's docker-py backend does.

export class EngineError extends Error {
  readonly status: number;
  /** The engine API path that failed, e.g. `/v1.41/networks/create` (docker-py >= 4.4 prints it). */
  readonly path: string;
  constructor(status: number, message: string, path: string) {
    super(message);
    this.status = status;
    this.path = path;
  }
}

/** The Docker API body of POST /networks/create, as docker-py's create_network builds it. */
export interface EngineCreateBody {
  Name: string;
  CheckDuplicate?: boolean;
  Driver?: string | null;
  Internal?: boolean;
  Attachable?: boolean;
  EnableIPv6?: boolean;
  IPAM?: unknown;
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

export interface EngineContainer {
  id: string;
  name: string;
  running: boolean;
}

export interface Engine {
  /** GET /networks */
  list(): Promise<Record<string, unknown>[]>;
  /** POST /networks/create → 201 {Id, Warning} */
  create(body: EngineCreateBody): Promise<{ Id: string; Warning: string }>;
  /** GET /networks/{id} (Id, name or unique Id prefix) */
  inspect(id: string): Promise<Record<string, unknown>>;
  /** POST /networks/{id}/connect → 200 empty */
  connect(id: string, container: string): Promise<void>;
  /** POST /networks/{id}/disconnect → 200 empty */
  disconnect(id: string, container: string, force?: boolean): Promise<void>;
  /** DELETE /networks/{id} → 204 */
  remove(id: string): Promise<void>;
  /** POST /networks/prune → {NetworksDeleted: names | null} */
  prune(): Promise<{ NetworksDeleted: string[] | null }>;
  /** GET /version, for the front's GET /system */
  version(): Promise<{ Version: string; ApiVersion: string }>;
}
