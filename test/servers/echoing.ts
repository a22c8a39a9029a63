// A careless firmware in front of the memory reference target: it echoes what a client sent back into its answers, as
// debug builds and error messages quoting the request do. Every answer carries the request's Cookie header in a
// response header, every error message quotes it, the login answer adds a `sid` and quotes the login body, GET /system
// shows the password inside its versions, and GET /login_refresh sets a cookie of its own. It records every cookie
// value and token it ever issued, so a test can look for each of them in what the suite wrote.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { DEFAULT_BASE_PATH, startFront } from '../../runner/simulate/front/front.ts';
import { MemoryEngine } from '../../runner/simulate/engine/memory-engine.ts';

export interface EchoingTarget {
  url: string;
  username: string;
  container: string;
  /** Every cookie value and token issued so far (the inner front's session cookies included). */
  issued: Set<string>;
  close(): Promise<void>;
}

export async function startEchoingTarget(password: string): Promise<EchoingTarget> {
  const engine = new MemoryEngine({ containers: [{ name: 'ref-running', running: true }] });
  const front = await startFront({ engine, username: 'admin', password });
  const issued = new Set<string>();

  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const sent = Buffer.concat(chunks).toString('utf8');
    const cookie = req.headers.cookie ?? '';
    const upstream = await request(front.url + req.url!, {
      method: req.method as 'GET',
      headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'connection')) as Record<string, string>,
      body: sent === '' ? undefined : sent,
    });
    let text = await upstream.body.text();
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(upstream.headers)) if (v !== undefined && k !== 'content-length' && k !== 'connection' && k !== 'keep-alive') headers[k] = v;
    const setCookies = ([] as string[]).concat(headers['set-cookie'] ?? []);
    for (const sc of setCookies) issued.add(sc.split(';')[0].split('=').slice(1).join('='));

    const path = (req.url ?? '').replace(DEFAULT_BASE_PATH, '').split('?')[0];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (body && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      const error = b.error as { message?: string } | undefined;
      // A terminal escape sequence too: a title change, then "clear screen".
      if (error && typeof error.message === 'string') error.message += ` (request Cookie: ${cookie || 'none'}; body: ${sent}) \u001b]0;pwned\u0007\u001b[2J`;
      if (path === '/login' && upstream.statusCode === 200) {
        const sid = randomBytes(16).toString('hex');
        issued.add(sid);
        b.sid = sid;
        b.debug = `login body was ${sent}`;
      }
      if (path === '/system' && b.version && typeof b.version === 'object') {
        const v = b.version as Record<string, unknown>;
        v.firmware = `5.1.0 (build password ${password})`;
        v.qpkg = `${String(v.qpkg ?? '2.5')} ${JSON.stringify({ password })}`;
      }
      if (path === '/login_refresh') {
        const refreshed = randomBytes(12).toString('base64url');
        issued.add(refreshed);
        setCookies.push(`CS_REFRESH=${refreshed}; Path=/; HttpOnly`);
        headers['set-cookie'] = setCookies;
      }
      text = JSON.stringify(body);
    }
    headers['x-echo-cookie'] = cookie || 'none';
    res.writeHead(upstream.statusCode, headers);
    res.end(text);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${DEFAULT_BASE_PATH}`,
    username: 'admin',
    container: 'ref-running',
    issued,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await front.close();
    },
  };
}

/** Every form a password or token takes in what a target or a report format may write. */
export function formsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const asciiJson = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const html = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const forms = [
    secret,
    json,
    asciiJson,
    asciiJson.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`),
    json.replace(/\//g, '\\/'),
    JSON.stringify(JSON.stringify(secret)).slice(1, -1),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    new URLSearchParams({ x: secret }).toString().slice(2),
    Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    html,
    [...secret].map((c) => `&#${c.codePointAt(0)};`).join(''),
  ];
  return [...new Set(forms)];
}
