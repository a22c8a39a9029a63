// A keep-alive connection the target closes (a keep-alive timeout, a request limit) while a request goes out on it:
// the transport sends a GET once more on a fresh connection, and never a request that may have changed something.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transport } from '../../wire/transport.ts';
import { TransportError } from '../../wire/answer.ts';

let server: Server;
let origin = '';
/** Requests the server received, and what it did with them. */
const seen: string[] = [];

beforeAll(async () => {
  const served = new WeakMap<Socket, number>();
  // Answers the first request of each connection and keeps it open; the second one on it finds the connection closed
  // under it, before any answer (as when the server's keep-alive timeout strikes just as the request is sent).
  server = createServer((req, res) => {
    const n = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, n);
    req.resume();
    if (n > 1) {
      seen.push(`${req.method} dropped`);
      req.socket.destroy();
      return;
    }
    seen.push(`${req.method} answered`);
    res.writeHead(200, { 'content-type': 'application/json', 'keep-alive': 'timeout=30' });
    res.end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The first connection is idle again (undici opens another while it still counts it busy). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 30));

function transport(): Transport {
  return new Transport({ baseUrl: origin, timeoutMs: 3000, insecure: false });
}

describe('a connection closed under a request', () => {
  it('a GET is sent once more on a fresh connection, and answered', async () => {
    const t = transport();
    seen.length = 0;
    await t.send({ method: 'GET', path: '/networks', headers: {} });
    await idle();
    const second = await t.send({ method: 'GET', path: '/networks', headers: {} });
    expect(second.status).toBe(200);
    expect(seen).toEqual(['GET answered', 'GET dropped', 'GET answered']);
    await t.close();
  });

  it('a POST is never sent again: the closed connection is the answer', async () => {
    const t = transport();
    seen.length = 0;
    await t.send({ method: 'GET', path: '/networks', headers: {} });
    await idle();
    const post = t.send({ method: 'POST', path: '/networks', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' });
    await expect(post).rejects.toBeInstanceOf(TransportError);
    await expect(post).rejects.toMatchObject({ code: 'reset' });
    expect(seen).toEqual(['GET answered', 'POST dropped']);
    await t.close();
  });
});
