// Local servers that each break HTTP (or the API) in one way, for the runner's own tests. Every server listens on
// 127.0.0.1 port 0, and close() destroys the sockets it still holds: a server built to hang must never hold a test
// (or the test process) open after the test is done with it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the reference targets serve the API; a bare origin given to --target means this base path too. */
export const BASE_PATH = '/container-station/api/v1';

export interface LocalServer {
  /** origin + BASE_PATH, as --target accepts it. */
  url: string;
  origin: string;
  port: number;
  /** Requests (connections, for the servers below HTTP) seen so far. */
  readonly hits: number;
  close(): Promise<void>;
}

type AnyServer = Server | ReturnType<typeof createNetServer>;

async function listen(server: AnyServer, scheme: 'http' | 'https', counter: () => number): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    // A client that gives up first resets the socket; that is the point of most of these servers, not an error.
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `${scheme}://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: origin + BASE_PATH,
    origin,
    port,
    get hits() {
      return counter();
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
  };
}

/**
 * Which requests of an HTTP server misbehave. The others are forwarded to `upstream` (when given: a misbehaving proxy
 * in front of a reference target) or answered 404 with the error envelope.
 */
export interface Selective {
  /** Requests that pass through untouched before the misbehaviour starts (login, the preflight probe…). */
  after?: number;
  /** Only requests this predicate accepts misbehave; default every request. */
  only?: (req: IncomingMessage) => boolean;
  /** Origin of a target the well-behaved requests are forwarded to. */
  upstream?: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function selectiveServer(misbehave: Handler, sel: Selective = {}): Promise<LocalServer> {
  let hits = 0;
  const server = createHttpServer((req, res) => {
    hits++;
    const bad = hits > (sel.after ?? 0) && (sel.only?.(req) ?? true);
    if (bad) {
      // Drain what the client sends so that our answer (or silence) is what it sees, not a request-body stall.
      req.resume();
      misbehave(req, res);
    } else if (sel.upstream) forward(sel.upstream, req, res);
    else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":404,"message":"not found"}}');
    }
  });
  return listen(server, 'http', () => hits);
}

/** Sends the request on to `upstream` and pipes the answer back; `onResponse` may look at (not change) it. */
export function forward(upstream: string, req: IncomingMessage, res: ServerResponse, onResponse?: (up: IncomingMessage) => void): void {
  const target = new URL(req.url ?? '/', upstream);
  const headers = { ...req.headers, host: target.host };
  const out = httpRequest(target, { method: req.method, headers }, (up) => {
    onResponse?.(up);
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  out.on('error', () => res.destroy());
  req.pipe(out);
}

export const isList = (req: IncomingMessage): boolean => req.method === 'GET' && /\/networks\/?$/.test(new URL(req.url ?? '/', 'http://x').pathname);

// ---------------------------------------------------------------------------------------------------- below HTTP

/** A port on which nothing listens: bound, then closed again. */
export async function closedPort(): Promise<{ url: string; port: number }> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${port}${BASE_PATH}`, port };
}

/** Accepts every connection, reads what comes, and never answers a byte. */
export function silentServer(): Promise<LocalServer> {
  let hits = 0;
  const server = createNetServer((s) => {
    hits++;
    s.resume();
  });
  return listen(server, 'http', () => hits);
}

/** Answers every request with bytes that are not HTTP at all, then closes. */
export function garbageServer(): Promise<LocalServer> {
  let hits = 0;
  const server = createNetServer((s) => {
    hits++;
    s.once('data', () => s.end(Buffer.concat([Buffer.from('\x00\xff\xfeNOT-HTTP '), randomBytes(512)])));
  });
  return listen(server, 'http', () => hits);
}

// ----------------------------------------------------------------------------------------------- broken answers

/** 200 text/html "<html>login</html>" — what a NAS login page or a captive portal answers. */
export function htmlServer(sel?: Selective): Promise<LocalServer> {
  return selectiveServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>login</html>');
  }, sel);
}

/** Headers and half the declared body of a JSON answer, then the socket is destroyed. */
export function resetMidResponse(sel?: Selective): Promise<LocalServer> {
  return selectiveServer((_req, res) => {
    const half = '[{"Name":"bridge","Id":"';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(half.length * 2) });
    res.write(half);
    setTimeout(() => res.socket?.destroy(), 20);
  }, sel);
}

/**
 * A valid JSON answer sent one byte every `intervalMs`: each byte comes well within an idle timeout, the whole body
 * takes `bytes * intervalMs`, longer than any per-request deadline the tests use.
 */
export function slowDrip(opts: { intervalMs?: number; bytes?: number } & Selective = {}): Promise<LocalServer> {
  const interval = opts.intervalMs ?? 100;
  const body = `[${' '.repeat(Math.max(0, (opts.bytes ?? 300) - 2))}]`;
  return selectiveServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed || i >= body.length) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(body[i++]);
    }, interval);
    res.on('close', () => clearInterval(timer));
  }, opts);
}

/** A complete HTTP answer whose JSON body stops halfway (Content-Length matches what is sent). */
export function truncatedJson(sel?: Selective): Promise<LocalServer> {
  return selectiveServer((_req, res) => {
    const text = '[{"Name":"bridge","Id":"f2de39df4171b0dc8';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
    res.end(text);
  }, sel);
}

export interface HugeServer extends LocalServer {
  /** Body bytes written to clients so far: how much the client read before it gave up. */
  readonly sent: number;
}

/**
 * A JSON array of about `bytes` bytes ([0,0,…,0]), streamed with backpressure and stopped when the client goes away.
 * `declareLength` sends Content-Length (a client can refuse before reading); otherwise the body is chunked and the
 * client must count.
 */
export async function hugeJson(opts: { bytes?: number; declareLength?: boolean } & Selective = {}): Promise<HugeServer> {
  const pairs = Math.floor(((opts.bytes ?? 50 * 1024 * 1024) - 3) / 2);
  const total = 1 + pairs * 2 + 2;
  const block = Buffer.from('0,'.repeat(32 * 1024));
  let sent = 0;
  const s = await selectiveServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...(opts.declareLength ? { 'content-length': String(total) } : {}) });
    let left = pairs;
    const write = (b: Buffer): boolean => {
      sent += b.length;
      return res.write(b);
    };
    const pump = (): void => {
      while (!res.destroyed && left > 0) {
        const n = Math.min(left, block.length / 2);
        left -= n;
        if (!write(n === block.length / 2 ? block : block.subarray(0, n * 2))) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end('0]');
    };
    write(Buffer.from('['));
    pump();
  }, opts);
  return Object.defineProperty(s, 'sent', { get: () => sent }) as HugeServer;
}

/** 302 to the very URL that was asked for, forever. */
export function redirectLoop(sel?: Selective): Promise<LocalServer> {
  return selectiveServer((req, res) => {
    res.writeHead(302, { location: req.url ?? '/', 'content-length': '0' });
    res.end();
  }, sel);
}

/** 302 to the same path on `origin`, as a NAS's HTTP port sends browsers to its HTTPS port. */
export function redirectTo(origin: string, sel?: Selective): Promise<LocalServer> {
  return selectiveServer((req, res) => {
    res.writeHead(302, { location: new URL(req.url ?? '/', origin).href, 'content-type': 'text/html', 'content-length': '0' });
    res.end();
  }, sel);
}

/** 401 with the error envelope: a session the target no longer (or never) accepts. */
export function unauthorizedServer(sel?: Selective): Promise<LocalServer> {
  return selectiveServer((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end('{"error":{"code":401,"message":"unauthorized"}}');
  }, sel);
}

/** Accepts the request and never answers it (the connection stays open). */
export function hangServer(sel?: Selective): Promise<LocalServer> {
  return selectiveServer(() => undefined, sel);
}

// ------------------------------------------------------------------------------------------ proxies to a target

export interface RecordingProxy extends LocalServer {
  /** Every cookie value the upstream issued through Set-Cookie. */
  readonly cookieValues: string[];
}

/** Forwards everything to `upstream` and records the session cookie values it issues. */
export async function recordingProxy(upstream: string): Promise<RecordingProxy> {
  let hits = 0;
  const cookieValues: string[] = [];
  const server = createHttpServer((req, res) => {
    hits++;
    forward(upstream, req, res, (up) => {
      for (const sc of up.headers['set-cookie'] ?? []) {
        const value = /^[^=;]*=([^;]*)/.exec(sc)?.[1];
        if (value) cookieValues.push(value);
      }
    });
  });
  const s = await listen(server, 'http', () => hits);
  return Object.assign(s, { cookieValues });
}

export interface ExpiringProxy extends LocalServer {
  /** Requests answered 401 because they carried a session cookie issued before the expiry. */
  readonly refused: number;
  /** Whether the session has expired yet. */
  readonly expired: boolean;
}

/**
 * A session that expires mid-run (a NAS session timeout): requests are forwarded until one that `expireAfter`
 * accepts has been; from then on every request carrying a cookie the upstream issued before that point is answered
 * 401 with the error envelope. Logins still pass, and the cookies they issue afterwards are honoured.
 */
export async function expiringSessionProxy(upstream: string, expireAfter: (req: IncomingMessage) => boolean): Promise<ExpiringProxy> {
  let hits = 0;
  let refused = 0;
  let expired = false;
  const issuedBefore = new Set<string>();
  const server = createHttpServer((req, res) => {
    hits++;
    const cookies = (req.headers.cookie ?? '').split(';').map((p) => p.slice(p.indexOf('=') + 1).trim()).filter(Boolean);
    if (expired && cookies.some((c) => issuedBefore.has(c))) {
      refused++;
      req.resume();
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":{"code":401,"message":"unauthorized"}}');
      return;
    }
    const last = !expired && expireAfter(req);
    forward(upstream, req, res, (up) => {
      if (expired) return;
      for (const sc of up.headers['set-cookie'] ?? []) {
        const value = /^[^=;]*=([^;]*)/.exec(sc)?.[1];
        if (value) issuedBefore.add(value);
      }
      if (last) expired = true;
    });
  });
  const s = await listen(server, 'http', () => hits);
  Object.defineProperty(s, 'expired', { get: () => expired });
  return Object.defineProperty(s, 'refused', { get: () => refused }) as ExpiringProxy;
}

export interface GatedProxy extends LocalServer {
  /** Resolves when the first request `gate` accepts has arrived (and is being held). */
  readonly held: Promise<void>;
  /** Ends the held request by resetting its connection: it never reaches the upstream. */
  drop(): void;
}

/**
 * Forwards everything to `upstream` except the first request `gate` accepts, which is held unanswered until drop():
 * a way to catch a run at a known point (e.g. while a network it created exists) and interrupt it there.
 */
/** A gate for gatedProxy: the first request after the first create, when a network of the run exists on the target. */
export function afterFirstCreate(): (req: IncomingMessage) => boolean {
  let created = false;
  return (req) => {
    if (created) return true;
    if (req.method === 'POST' && /\/networks$/.test(req.url ?? '')) created = true;
    return false;
  };
}

export async function gatedProxy(upstream: string, gate: (req: IncomingMessage) => boolean): Promise<GatedProxy> {
  let hits = 0;
  let holding: ServerResponse | undefined;
  let arrived!: () => void;
  const held = new Promise<void>((resolve) => (arrived = resolve));
  let gated = false;
  const server = createHttpServer((req, res) => {
    hits++;
    if (!gated && gate(req)) {
      gated = true;
      req.resume();
      holding = res;
      arrived();
      return;
    }
    forward(upstream, req, res);
  });
  const s = await listen(server, 'http', () => hits);
  return Object.assign(s, { held, drop: () => holding?.socket?.destroy() });
}

export interface SelfSigned {
  key: Buffer;
  cert: Buffer;
}

/** A throwaway self-signed certificate for CN=localhost, made with the machine's openssl. */
export function selfSignedCert(): SelfSigned {
  const dir = mkdtempSync(join(tmpdir(), 'cs-conformance-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** HTTPS with a self-signed certificate in front of a plain-HTTP target: every request is forwarded. */
export async function httpsFront(upstream: string, tls: SelfSigned = selfSignedCert()): Promise<LocalServer> {
  let hits = 0;
  const server = createHttpsServer(tls, (req, res) => {
    hits++;
    forward(upstream, req, res);
  });
  // A client that refuses the certificate aborts the handshake; that is expected here.
  server.on('tlsClientError', () => undefined);
  return listen(server, 'https', () => hits);
}

/** Networks named `cs-conformance-*` on a reference target, asked directly (login with fetch, then GET /networks). */
export async function conformanceNetworks(target: { url: string; username: string }, password: string): Promise<string[]> {
  const login = await fetch(`${target.url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: target.username, password }),
  });
  if (!login.ok) throw new Error(`login to the reference target failed: HTTP ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const list = await fetch(`${target.url}/networks`, { headers: { cookie } });
  const nets = (await list.json()) as { Name: string }[];
  return nets.map((n) => n.Name).filter((n) => n.startsWith('cs-conformance-'));
}
