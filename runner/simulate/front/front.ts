// The front: Container Station's v1 networks API, as documented for 2.4.0.2316, over any Engine. It only
// translates (request fields → the docker-py call Container Station makes, engine errors → the error envelope); every
// decision about ids, duplicates, names, not-found, in-use and prune is the engine's. Seeded faults (../faults.ts)
// each bend one documented behaviour so that a conformance suite can be shown to catch it; the near misses of
// reference resolution and of the list sit in a layer between the front and the engine (../engine/near-miss-engine.ts).
// This module is the server and the dispatch; the routes, logins, network operations and creates are modules of
// their own, sharing one FrontContext per front.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EngineError, type Engine } from '../engine/engine.ts';
import { withNearMissFaults } from '../engine/near-miss-engine.ts';
import { activeFaults, faultNamed, type FaultName } from '../faults.ts';
import { sendEngineError } from './answers.ts';
import type { FrontContext } from './context.ts';
import { create } from './create.ts';
import { answering, shapeAnswer, type Dialect } from './shape/dialect.ts';
import { FaultMemory } from './fault-memory.ts';
import { hangingRoutes } from './hang.ts';
import { sendEnvelope, watchExchange, type Exchange } from './http.ts';
import { withLatency } from './latency.ts';
import { login, loginRefresh, logout, sessionOf } from './logins.ts';
import { connect, disconnect, inspect, list, prune, remove, system } from './networks.ts';
import { rewriting, rewritesOf, type Rewrites } from './shape/rewrites.ts';
import { DEFAULT_BASE_PATH, OPERATION_OF, routeOf } from './routes.ts';
import { connectionLimit, SessionStore, type LoginEncoding, type SessionOptions } from './sessions.ts';

export { DEFAULT_BASE_PATH } from './routes.ts';

export interface FrontOptions {
  engine: Engine;
  username?: string;
  password: string;
  /** Seeded faults (../faults.ts); an unknown name (from an untyped caller) makes startFront throw. */
  faults?: readonly FaultName[];
  host?: string;
  port?: number;
  basePath?: string;
  /** false: docker-py <= 4.3.1 messages (as in QNAP's captures); true: >= 4.4 messages with the engine URL. */
  dockerPyUrlFormat?: boolean;
  /** What GET /system reports as the Container Station (qpkg) and firmware versions. */
  versions?: { qpkg?: string; firmware?: string };
  /** Every request waits this long before it is handled (latency.ts): a NAS's answer time. */
  latencyMs?: number;
  /** How the front answers where the page is silent (dialect.ts): success statuses, errors on 200, charset, list order. */
  dialect?: Dialect;
  /** How sessions, logins and connections behave (sessions.ts); the defaults are the front's usual behaviour. */
  session?: SessionOptions;
  /** Operations never answered (hang.ts names them, e.g. `inspect`); an unknown name makes startFront throw. */
  hang?: string[];
  /** Keep every session cookie value issued, for RunningFront.issued() (a test's secrets); otherwise none is kept. */
  recordIssued?: boolean;
  /** Told how each request ended (`cs-conformance simulate` prints a line per exchange). */
  onExchange?: (e: Exchange) => void;
}

export interface RunningFront {
  /** The origin, e.g. http://127.0.0.1:40123 (the API lives under basePath). */
  url: string;
  port: number;
  /** How many requests the front has received so far (the benchmark counts a run's requests here). */
  requests(): number;
  /** The addresses locked out after failed logins (SessionOptions.lockoutAfter); a run must never cause one. */
  lockouts(): string[];
  /** Every session cookie value the front issued (started with recordIssued; otherwise this throws). */
  issued(): string[];
  /** How many sessions the front holds now (ended ones are dropped). */
  liveSessions(): number;
  /** How many connections the front has accepted so far. */
  connections(): number;
  /** Changes the password the front accepts, as an administrator would mid-run. */
  setPassword(password: string): void;
  close(): Promise<void>;
}

class Front {
  readonly ctx: FrontContext;
  /** The route kinds never answered (hang.ts). */
  readonly #hanging: ReadonlySet<string>;
  readonly #basePath: string;
  /** The answers the active faults rewrite (shape/rewrites.ts). */
  readonly #rewrites: Rewrites;

  constructor(opts: FrontOptions, faults: ReadonlySet<FaultName>) {
    const refused: LoginEncoding[] = [];
    if (faults.has('login-curl-form-refused')) refused.push('curl-form');
    if (faults.has('login-form-fields-refused')) refused.push('form-fields');
    this.ctx = {
      engine: withNearMissFaults(opts.engine, faults),
      faults,
      sessions: new SessionStore(opts.session ?? {}, opts.username ?? 'admin', opts.password, { refused, anyPassword: faults.has('login-any-password'), recordIssued: opts.recordIssued }),
      dialect: opts.dialect ?? {},
      dockerPyUrl: opts.dockerPyUrlFormat ?? false,
      versions: { qpkg: '2.4.0.2316-reference', firmware: 'reference', ...opts.versions },
      memory: new FaultMemory(faults),
    };
    this.#hanging = hangingRoutes(opts.hang ?? [], faults);
    this.#rewrites = rewritesOf([...faults].map(faultNamed));
    this.#basePath = (opts.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '');
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    shapeAnswer(res, this.ctx.dialect);
    try {
      await this.#dispatch(req, res);
    } catch (err) {
      if (err instanceof EngineError) return sendEngineError(this.ctx, res, err);
      // A bug, not a behaviour: say so without echoing anything the client sent.
      console.error(`the front: unexpected ${err instanceof Error ? err.name : 'error'}: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendEnvelope(res, 500, 500, 'internal error in the front');
      else res.destroy();
    }
  }

  async #dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The raw path: only the id segment is percent-decoded, so an encoded "/" stays inside the id.
    const pathname = (req.url ?? '/').split('?')[0];
    if (!pathname.startsWith(`${this.#basePath}/`)) return sendEnvelope(res, 404, 404, 'not found');
    const routed = routeOf(req.method ?? 'GET', pathname.slice(this.#basePath.length));
    if ('status' in routed) {
      if (routed.status === 405) return sendEnvelope(res, 405, 405, 'method not allowed', { allow: routed.allow });
      if (routed.status === 400) return sendEnvelope(res, 400, 400, routed.message);
      return sendEnvelope(res, 404, 404, 'not found');
    }
    const route = routed.route;
    const ctx = this.ctx;
    answering(res, OPERATION_OF[route.kind], ctx.dialect);
    rewriting(res, OPERATION_OF[route.kind], this.#rewrites);
    // A hanging operation is never answered; close() destroys the socket.
    if (this.#hanging.has(route.kind)) return;
    if (route.kind === 'login') return login(ctx, req, res);

    const session = sessionOf(ctx, req);
    if (!session) return ctx.sessions.refuse(res);
    ctx.sessions.rotate(res, session);
    switch (route.kind) {
      case 'loginRefresh':
        return loginRefresh(ctx, res, session);
      case 'logout':
        return logout(ctx, req, res, session);
      case 'system':
        return system(ctx, res);
      case 'list':
        return list(ctx, res);
      case 'create':
        return create(ctx, req, res);
      case 'prune':
        return prune(ctx, res);
      case 'inspect':
      case 'inspectPath':
        return inspect(ctx, res, route.id, route.kind === 'inspectPath');
      case 'remove':
        return remove(ctx, res, route.id);
      case 'connect':
        return connect(ctx, req, res, route.id);
      case 'disconnect':
        return disconnect(ctx, req, res, route.id);
    }
  }
}

export async function startFront(opts: FrontOptions): Promise<RunningFront> {
  const front = new Front(opts, activeFaults(opts.faults ?? []));
  const sessions = front.ctx.sessions;
  const host = opts.host ?? '127.0.0.1';
  const handle = withLatency((req, res) => void front.handle(req, res), opts.latencyMs);
  const limitConnection = connectionLimit(opts.session?.maxRequestsPerConnection);
  let received = 0;
  let connections = 0;
  const onExchange = opts.onExchange;
  const server = createServer((req, res) => {
    received++;
    if (onExchange) watchExchange(req, res, onExchange);
    limitConnection(req, res);
    handle(req, res);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    requests: () => received,
    lockouts: () => sessions.lockouts(),
    issued: () => sessions.issued(),
    liveSessions: () => sessions.live(),
    connections: () => connections,
    setPassword: (password) => sessions.setPassword(password),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets and requests that will never be answered (hang.ts) must not hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
