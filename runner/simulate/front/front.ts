// The reference front: Container Station's v1 networks API, as documented for 2.4.0.2316, over any Engine. It only
// translates (request fields → the docker-py call Container Station makes, engine errors → the error envelope); every
// decision about ids, duplicates, names, not-found, in-use and prune is the engine's. Seeded faults (faults.ts) each
// bend one documented behaviour so that a conformance suite can be shown to catch it; the near misses of reference
// resolution and of the list sit in a layer between the front and the engine (near-miss-engine.ts).
import { randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { machine } from 'node:os';
import { EngineError, type Engine, type EngineCreateBody } from '../engine/engine.ts';
import { withLatency } from './latency.ts';
import { activeFaults } from '../faults.ts';
import { withNearMissFaults } from '../engine/near-miss-engine.ts';
import { answering, order, shapeAnswer, type Dialect } from './dialect.ts';
import { readJsonObject, readText, sendEnvelope, sendHtml, sendJson, type BodyResult } from './http.ts';
import { connectionLimit, DEFAULT_SESSION_COOKIE, SessionStore, type LoginEncoding, type Session, type SessionOptions } from './sessions.ts';
import { hangingRoutes } from './hang.ts';

export interface FrontOptions {
  engine: Engine;
  username?: string;
  password: string;
  /** Names from faults.ts; an unknown name makes startFront throw. */
  faults?: string[];
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
}

export interface RunningFront {
  /** The origin, e.g. http://127.0.0.1:40123 (the API lives under basePath). */
  url: string;
  port: number;
  /** How many requests the front has received so far (the benchmark counts a run's requests here). */
  requests(): number;
  /** The addresses locked out after failed logins (SessionOptions.lockoutAfter); a run must never cause one. */
  lockouts(): string[];
  /** Every session cookie value the front issued. */
  issued(): string[];
  /** How many connections the front has accepted so far. */
  connections(): number;
  /** Changes the password the front accepts, as an administrator would mid-run. */
  setPassword(password: string): void;
  close(): Promise<void>;
}

export const DEFAULT_BASE_PATH = '/container-station/api/v1';
export const SESSION_COOKIE = DEFAULT_SESSION_COOKIE;
const PREDEFINED = new Set(['bridge', 'host', 'none']);

type Route =
  | { kind: 'login' | 'loginRefresh' | 'logout' | 'system' | 'list' | 'create' | 'prune' }
  | { kind: 'inspect' | 'inspectPath' | 'remove' | 'connect' | 'disconnect'; id: string };

type Routed = { route: Route } | { status: 404 } | { status: 405; allow: string } | { status: 400; message: string };

/** docker-py's APIError.__str__: `<= 4.3.1` without the URL, `>= 4.4.0` with it (reference §9.2). */
export function dockerPyMessage(err: EngineError, withUrl: boolean): string {
  const kind = err.status >= 500 ? 'Server' : 'Client';
  const reason = STATUS_CODES[err.status] ?? '';
  const url = withUrl ? ` for http+docker://localhost${err.path}` : '';
  const explanation = err.message ? ` ("${err.message}")` : '';
  return `${err.status} ${kind} Error${url}: ${reason}${explanation}`;
}

/** Python truthiness, which decides whether docker-py adds Internal/EnableIPv6/Force to the engine request. */
function pyTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** The docs type `internal` and `force` as strings; "true"/"false" are read as the booleans they mean. */
const flag = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringMap = (v: unknown): boolean => isObject(v) && Object.values(v).every((x) => typeof x === 'string');

/** create-field-type-html: whether a create's fields beside name have the JSON types CreateNetworkRequest allows. */
function fieldsTyped(b: Record<string, unknown>): boolean {
  const is = (key: string, ok: (v: unknown) => boolean): boolean => !(key in b) || ok(b[key]);
  const ipamOk = (v: unknown): boolean => isObject(v)
    && (!('Driver' in v) || typeof v.Driver === 'string')
    && (!('Options' in v) || stringMap(v.Options))
    && (!('Config' in v) || (Array.isArray(v.Config) && v.Config.every(stringMap)));
  return is('check_duplicate', (v) => typeof v === 'boolean')
    && is('enableIPv6', (v) => typeof v === 'boolean')
    && is('driver', (v) => typeof v === 'string')
    && is('internal', (v) => typeof v === 'boolean' || typeof v === 'string')
    && is('options', stringMap)
    && is('labels', stringMap)
    && is('ipam', ipamOk);
}

const notFound = (err: unknown): boolean => err instanceof EngineError && err.status === 404;
const noSuchContainer = (err: unknown): boolean => notFound(err) && (err as EngineError).message.startsWith('No such container');

function routeOf(method: string, rest: string): Routed {
  const seg = rest.split('/').slice(1);
  const one = (allowed: Record<string, Route>): Routed => {
    const route = allowed[method];
    return route ? { route } : { status: 405, allow: Object.keys(allowed).join(', ') };
  };
  if (rest === '/login') return one({ POST: { kind: 'login' } });
  if (rest === '/login_refresh') return one({ GET: { kind: 'loginRefresh' } });
  if (rest === '/logout') return one({ PUT: { kind: 'logout' } });
  if (rest === '/system') return one({ GET: { kind: 'system' } });
  if (rest === '/networks') return one({ GET: { kind: 'list' }, POST: { kind: 'create' } });
  // The engine lists on GET /networks/ too; DELETE with the trailing slash is Container Station's prune.
  if (rest === '/networks/') return one({ GET: { kind: 'list' }, DELETE: { kind: 'prune' } });
  if (seg[0] !== 'networks' || seg.length < 2 || seg.length > 3 || seg[1] === '') return { status: 404 };
  let id: string;
  try {
    id = decodeURIComponent(seg[1]);
  } catch {
    return { status: 400, message: 'malformed percent-encoding in the network id' };
  }
  if (seg.length === 2) return one({ GET: { kind: 'inspect', id }, DELETE: { kind: 'remove', id } });
  if (seg[2] === 'inspect') return one({ GET: { kind: 'inspectPath', id } });
  if (seg[2] === 'connect') return one({ POST: { kind: 'connect', id } });
  if (seg[2] === 'disconnect') return one({ POST: { kind: 'disconnect', id } });
  return { status: 404 };
}

class Front {
  readonly #engine: Engine;
  readonly sessions: SessionStore;
  readonly #faults: ReadonlySet<string>;
  /** The route kinds never answered (hang.ts). */
  readonly #hanging: ReadonlySet<string>;
  readonly #basePath: string;
  readonly #withUrl: boolean;
  readonly #versions: { qpkg: string; firmware: string };
  readonly #dialect: Dialect;
  /** list-stale: every network the front has listed, by Id. */
  readonly #seen = new Map<string, Record<string, unknown>>();
  #unnamed = 0;
  /** list-misses-new: the Ids of the networks created through this front. */
  readonly #created = new Set<string>();
  /** reconnect-refused: "<network Id> <container>" for every connect that succeeded. */
  readonly #connected = new Set<string>();

  constructor(opts: FrontOptions, faults: ReadonlySet<string>) {
    this.#engine = withNearMissFaults(opts.engine, faults);
    this.#faults = faults;
    const refused: LoginEncoding[] = [];
    if (faults.has('login-curl-form-refused')) refused.push('curl-form');
    if (faults.has('login-form-fields-refused')) refused.push('form-fields');
    this.sessions = new SessionStore(opts.session ?? {}, opts.username ?? 'admin', opts.password, { refused, anyPassword: faults.has('login-any-password') });
    this.#hanging = hangingRoutes(opts.hang ?? [], faults);
    this.#basePath = (opts.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '');
    this.#withUrl = opts.dockerPyUrlFormat ?? false;
    this.#versions = { qpkg: '2.4.0.2316-reference', firmware: 'reference', ...opts.versions };
    this.#dialect = opts.dialect ?? {};
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    shapeAnswer(res, this.#dialect);
    try {
      await this.#dispatch(req, res);
    } catch (err) {
      if (err instanceof EngineError) return this.#engineError(res, err);
      // A bug, not a behaviour: say so without echoing anything the client sent.
      console.error(`reference front: unexpected ${err instanceof Error ? err.name : 'error'}: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendEnvelope(res, 500, 500, 'internal error in the reference front');
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
    answering(res, route.kind);
    // A hanging operation is never answered; close() destroys the socket.
    if (this.#hanging.has(route.kind)) return;
    if (route.kind === 'login') return this.#login(req, res);

    const session = this.#session(req);
    if (!session) return this.sessions.refuse(res);
    this.sessions.rotate(res, session);
    switch (route.kind) {
      case 'loginRefresh':
        if (this.#faults.has('login-refresh-anonymous')) return sendJson(res, 200, { anonymous: true, isAdmin: false, logintime: session.logintime, username: 'nobody' });
        return sendJson(res, 200, { anonymous: false, isAdmin: true, logintime: session.logintime, username: session.username });
      case 'logout':
        return this.#logout(req, res, session);
      case 'system':
        return this.#system(res);
      case 'list':
        return this.#list(res);
      case 'create':
        return this.#create(req, res);
      case 'prune':
        return this.#prune(res);
      case 'inspect':
      case 'inspectPath':
        return this.#inspect(res, route.id, route.kind === 'inspectPath');
      case 'remove':
        return this.#remove(res, route.id);
      case 'connect':
        return this.#connect(req, res, route.id);
      case 'disconnect':
        return this.#disconnect(req, res, route.id);
    }
  }

  #engineError(res: ServerResponse, err: EngineError): void {
    if (this.#faults.has('network-not-found-html') && err.status === 404 && /^network .* not found$/s.test(err.message)) return sendHtml(res, 500, '500 Internal Server Error');
    // Container Station answers every engine failure with code 400; the engine's status survives only in the text.
    const status = this.#faults.has('error-http-500') ? 500 : this.#faults.has('error-envelope-200') ? 200 : 400;
    sendEnvelope(res, status, 400, dockerPyMessage(err, this.#withUrl));
  }

  /** The body as a JSON object, or undefined once the refusal has been answered (the engine is never reached). */
  async #body(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
    return this.#accepted(res, await readJsonObject(req));
  }

  #accepted(res: ServerResponse, body: BodyResult): Record<string, unknown> | undefined {
    if (body.ok) return body.value;
    if (this.#faults.has('bad-input-html') && body.status === 400) sendHtml(res, 500, '500 Internal Server Error');
    else sendEnvelope(res, body.status, body.status, body.message);
    return undefined;
  }

  /** The session the request carries; the session faults let anyone in. */
  #session(req: IncomingMessage): Session | undefined {
    const known = this.sessions.session(req);
    if (known) return known;
    if (this.#faults.has('session-no-auth')) return this.sessions.anyone();
    if (this.#faults.has('session-forged') && this.sessions.hasCookie(req)) return this.sessions.anyone();
    return undefined;
  }

  /**
   * A login in the encodings this firmware reads (sessions.ts; by default the three clients use: JSON; the page's
   * curl -d, which sends the JSON text under the form Content-Type; and form fields username=…&password=…, as before
   * 2.4). Every refusal counts towards the address's lockout, when one is set.
   */
  async #login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = req.socket.remoteAddress ?? '';
    const read = await readText(req);
    if (this.sessions.lockedOut(address)) return sendEnvelope(res, 403, 403, 'this address is locked out after too many failed logins');
    const refuse = (answer: () => void) => {
      this.sessions.failed(address);
      answer();
    };
    if (!read.ok) return refuse(() => this.#accepted(res, read));
    const parsed = this.sessions.readLogin(req.headers['content-type'], read.text);
    if (!parsed.ok) return refuse(() => this.#accepted(res, parsed));
    const body = parsed.value;
    // Refused logins answer HTTP 400 with code 400, the v1 backend's usual failure code. 401 stays reserved for
    // "no valid session", which clients answer by logging in again, and 403 means "2-step verification: use sid".
    if (body.sid !== undefined && body.username === undefined) {
      return refuse(() => sendEnvelope(res, 400, 400, 'login with a QTS sid is not supported by the reference front'));
    }
    const opened = this.sessions.login(body);
    if (!opened) return refuse(() => sendEnvelope(res, 400, 400, 'invalid username or password'));
    const { session, setCookie } = opened;
    sendJson(res, 200, { anonymous: false, isAdmin: true, logintime: session.logintime, username: session.username }, { 'set-cookie': setCookie });
  }

  #logout(req: IncomingMessage, res: ServerResponse, session: { username: string }): void {
    if (!this.#faults.has('session-logout-noop')) this.sessions.logout(req);
    sendJson(res, 200, { username: session.username });
  }

  async #system(res: ServerResponse): Promise<void> {
    const engine = await this.#engine.version();
    sendJson(res, 200, {
      cpuCore: 1,
      cpuThread: 1,
      features: [],
      gpu: {},
      hostname: 'cs-reference',
      machine: machine(),
      platform: 'reference',
      memoryPageSize: 4096,
      processor: 'reference',
      status: 'running',
      storageDriver: 'reference',
      ...(this.#faults.has('system-without-versions') ? {} : { version: { ...this.#versions, dockerVersion: engine.Version } }),
    });
  }

  /** The schema faults bend the network objects of list and inspect. */
  #shape(net: Record<string, unknown>): Record<string, unknown> {
    const out = { ...net };
    if (this.#faults.has('schema-id-short')) out.Id = String(out.Id).slice(0, 12);
    if (this.#faults.has('schema-created-not-rfc3339')) {
      out.Created = String(out.Created).replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d).*$/, '$1 $2');
    }
    return out;
  }

  async #list(res: ServerResponse): Promise<void> {
    let nets = await this.#engine.list();
    if (this.#faults.has('list-stale')) {
      for (const n of nets) this.#seen.set(String(n.Id), n);
      const live = new Set(nets.map((n) => n.Id));
      nets = [...nets, ...[...this.#seen.values()].filter((n) => !live.has(n.Id))];
    }
    if (this.#faults.has('list-misses-new')) nets = nets.filter((n) => !this.#created.has(String(n.Id)));
    if (this.#faults.has('list-hides-predefined')) nets = nets.filter((n) => n.Name !== 'bridge');
    sendJson(res, 200, order(nets, this.#dialect).map((n) => this.#shape(n)));
  }

  /** The body docker-py's create_network sends for Container Station's fields (reference §9.1). */
  #createBody(b: Record<string, unknown>): EngineCreateBody {
    const f = this.#faults;
    const out: EngineCreateBody = {
      Name: (b.name ?? '') as string,
      Driver: f.has('create-ignores-driver') ? null : ((b.driver ?? null) as string | null),
      Options: f.has('create-ignores-options') ? null : ((b.options ?? null) as Record<string, string> | null),
      IPAM: f.has('create-ignores-ipam') ? null : (b.ipam ?? null),
    };
    const checkDuplicate = flag(b.check_duplicate);
    if (checkDuplicate !== undefined && checkDuplicate !== null && !f.has('duplicate-allowed')) out.CheckDuplicate = checkDuplicate as boolean;
    if (b.labels !== undefined && b.labels !== null) out.Labels = b.labels as Record<string, string>;
    if (pyTruthy(flag(b.enableIPv6))) out.EnableIPv6 = true;
    if (pyTruthy(flag(b.internal)) && !f.has('create-ignores-internal')) out.Internal = true;
    return out;
  }

  async #create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const f = this.#faults;
    if (f.has('create-content-type-html') && !/^application\/(json|x-www-form-urlencoded)\b/i.test(req.headers['content-type'] ?? 'application/json')) {
      return sendHtml(res, 415, '415 Unsupported Media Type');
    }
    const read = f.has('create-not-object-500') ? await readJsonObject(req) : undefined;
    if (read && !read.ok && read.status === 400) return sendEnvelope(res, 500, 500, read.message);
    const body = read ? this.#accepted(res, read) : await this.#body(req, res);
    if (!body) return;
    if (f.has('create-missing-name-html') && (body.name === undefined || body.name === null)) return sendHtml(res, 500, '500 Internal Server Error');
    if (f.has('create-field-type-html') && !fieldsTyped(body)) return sendHtml(res, 500, '500 Internal Server Error');
    if (f.has('bad-input-empty-name-defaulted') && body.name === '') body.name = `network-${++this.#unnamed}`;
    if (f.has('create-name-sanitised') && typeof body.name === 'string') body.name = body.name.replace(/[^A-Za-z0-9_.-]/g, '');
    if (this.#faults.has('bad-input-creates') && (body.name === undefined || body.name === null || body.name === '')) {
      body.name = `unnamed-${++this.#unnamed}`;
    }
    if (this.#faults.has('bad-input-coerces-name') && (typeof body.name === 'number' || typeof body.name === 'boolean')) body.name = String(body.name);
    let created: { Id: string; Warning: string };
    try {
      created = await this.#engine.create(this.#createBody(body)).catch((err: unknown) => {
        const ipamRefused = f.has('create-ipam-dropped') && err instanceof EngineError && err.status !== 409 && body.ipam !== undefined;
        if (!ipamRefused) throw err;
        return this.#engine.create(this.#createBody({ ...body, ipam: undefined }));
      });
    } catch (err) {
      if (this.#faults.has('duplicate-bad-envelope') && err instanceof EngineError && err.status === 409) {
        return sendJson(res, 409, { message: err.message });
      }
      throw err;
    }
    this.#created.add(created.Id);
    if (f.has('create-wrong-id')) created = { ...created, Id: randomBytes(32).toString('hex') };
    sendJson(res, 200, f.has('create-without-warning') ? { Id: created.Id } : created);
  }

  async #inspect(res: ServerResponse, id: string, viaInspectPath: boolean): Promise<void> {
    if (viaInspectPath && this.#faults.has('inspect-path-missing')) return sendHtml(res, 404, '404 Not Found');
    if (!viaInspectPath && this.#faults.has('inspect-heading-missing')) return sendHtml(res, 404, '404 Not Found');
    const net = await this.#engine.inspect(id).catch((err: unknown) => {
      if (notFound(err) && this.#faults.has('inspect-unknown-empty')) return undefined;
      throw err;
    });
    if (!net) return sendJson(res, 200, {});
    // inspect-by-name-broken: whatever did not resolve as an Id or Id prefix was a name.
    if (this.#faults.has('inspect-by-name-broken') && !String(net.Id).startsWith(id)) {
      throw new EngineError(404, `network ${id} not found`, `/v1.41/networks/${encodeURIComponent(id)}`);
    }
    sendJson(res, 200, this.#shape(net));
  }

  async #connect(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = await this.#body(req, res);
    if (!body) return;
    if (this.#faults.has('connect-noop')) return sendJson(res, 200, {});
    const container = (body.container ?? '') as string;
    // reconnect-refused: a stale record of the first connect outlives the disconnect ('' when the fault is off).
    const pair = this.#faults.has('reconnect-refused') ? `${String((await this.#engine.inspect(id)).Id)} ${container}` : '';
    if (this.#connected.has(pair)) {
      throw new EngineError(403, `endpoint with name ${container} already exists in network ${id}`, `/v1.41/networks/${encodeURIComponent(id)}/connect`);
    }
    try {
      await this.#engine.connect(id, container);
      if (pair) this.#connected.add(pair);
    } catch (err) {
      const unknownContainer = noSuchContainer(err);
      if (unknownContainer && this.#faults.has('connect-unknown-container-html')) return sendHtml(res, 500, '500 Internal Server Error');
      const already = err instanceof EngineError && err.status === 403 && err.message.includes('already exists');
      if (!(unknownContainer && this.#faults.has('connect-unknown-container-accepted')) && !(already && this.#faults.has('connect-twice-accepted'))) throw err;
    }
    sendJson(res, 200, this.#faults.has('connect-answers-not-empty') ? { connected: true } : {});
  }

  async #disconnect(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = await this.#body(req, res);
    if (!body) return;
    if (this.#faults.has('disconnect-noop')) return sendJson(res, 200, {});
    // docker-py sends Force only when it is truthy.
    const force = flag(body.force);
    try {
      await this.#engine.disconnect(id, (body.container ?? '') as string, pyTruthy(force) ? (force as boolean) : undefined);
    } catch (err) {
      const unknownContainer = noSuchContainer(err);
      if (!(unknownContainer && this.#faults.has('disconnect-unknown-container-ok'))) throw err;
    }
    sendJson(res, 200, {});
  }

  /** Forcibly disconnects every running container of one network (the in-use faults). */
  async #detachAll(id: string): Promise<void> {
    const net = await this.#engine.inspect(id);
    for (const container of Object.keys((net.Containers ?? {}) as Record<string, unknown>)) {
      await this.#engine.disconnect(String(net.Id), container, true);
    }
  }

  async #remove(res: ServerResponse, id: string): Promise<void> {
    if (this.#faults.has('remove-noop')) return sendJson(res, 200, {});
    try {
      await this.#engine.remove(id);
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      if (this.#faults.has('remove-notfound-ok') && err.status === 404) return sendJson(res, 200, {});
      if (!(this.#faults.has('remove-in-use-forced') && err.status === 403 && err.message.includes('active endpoints'))) throw err;
      await this.#detachAll(id);
      await this.#engine.remove(id);
    }
    sendJson(res, 200, {});
  }

  async #prune(res: ServerResponse): Promise<void> {
    if (this.#faults.has('prune-noop')) return sendJson(res, 200, { NetworksDeleted: null });
    if (this.#faults.has('prune-takes-attached')) {
      for (const n of await this.#engine.list()) if (!PREDEFINED.has(String(n.Name))) await this.#detachAll(String(n.Id));
    }
    const pruned = await this.#engine.prune();
    const deleted = pruned.NetworksDeleted === null && this.#faults.has('prune-empty-array') ? [] : pruned.NetworksDeleted;
    sendJson(res, 200, { NetworksDeleted: deleted });
  }
}

export async function startFront(opts: FrontOptions): Promise<RunningFront> {
  const front = new Front(opts, activeFaults(opts.faults ?? []));
  const host = opts.host ?? '127.0.0.1';
  const handle = withLatency((req, res) => void front.handle(req, res), opts.latencyMs);
  const limitConnection = connectionLimit(opts.session?.maxRequestsPerConnection);
  let received = 0;
  let connections = 0;
  const server = createServer((req, res) => {
    received++;
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
    lockouts: () => front.sessions.lockouts(),
    issued: () => front.sessions.issued(),
    connections: () => connections,
    setPassword: (password) => front.sessions.setPassword(password),
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
