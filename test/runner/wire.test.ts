// What the harness puts on the wire for each operation — the SDK's description of it, sent by wire/sdk-client.ts
// through the transport — against a real HTTP server that records every request and answers what the test says.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, ConformanceFailure, type OperationId } from '../../wire/api.ts';
import { PASSWORD_PLACEHOLDER, Redactor } from '../../core/redaction/redact.ts';
import { loadSpec } from '../../contract/spec.ts';
import { Transport } from '../../wire/transport.ts';
import { TransportError } from '../../wire/answer.ts';
import { CutShortError } from '../../wire/cut-short.ts';
import { hangServer } from '../servers/misbehaving.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let origin = '';
const seen: Seen[] = [];
/** The next answer: status, headers, body (the default is `[]`, a valid list). */
let next: { status: number; headers: Record<string, string | string[]>; body: string | Buffer } = { status: 200, headers: {}, body: '[]' };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(next.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function api(basePath = '', opts: { mock?: boolean; redactor?: Redactor; maxBodyBytes?: number } = {}) {
  const transport = new Transport({ baseUrl: origin + basePath, timeoutMs: 3000, insecure: false, redactor: opts.redactor, maxBodyBytes: opts.maxBodyBytes });
  return { api: new Api(transport, { mock: opts.mock ?? false }), transport };
}

async function lastRequest(call: () => Promise<unknown>): Promise<Seen> {
  seen.length = 0;
  await call().catch((e: unknown) => {
    if (!(e instanceof ConformanceFailure)) throw e;
  });
  expect(seen, 'exactly one request reached the server').toHaveLength(1);
  return seen[0];
}

describe('the wire, operation by operation', () => {
  const base = '/container-station/api/v1';
  const operations = [...loadSpec().operations.values()];

  it.each(operations.map((op) => [op.operationId, op] as const))('%s goes out with the spec’s method and path under the base path', async (operationId, op) => {
    const { api: a, transport } = api(base);
    const req = await lastRequest(() => a.call(operationId as OperationId, { networkId: 'net 1?ä#', body: op.method === 'GET' || op.method === 'DELETE' ? undefined : {} }));
    expect(req.method).toBe(op.method);
    expect(req.url).toBe(base + op.path.replace('{network_id}', encodeURIComponent('net 1?ä#')));
    await transport.close();
  });
});

describe('headers and bodies', () => {
  it('a JSON body is sent as JSON with Content-Type application/json', async () => {
    const { api: a, transport } = api();
    const body = { name: 'x', labels: { 'a"b': 'ü' } };
    const req = await lastRequest(() => a.call('createNetwork', { body }));
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual(body);
    await transport.close();
  });

  it('a raw body goes out byte for byte with its own Content-Type', async () => {
    const { api: a, transport } = api();
    const req = await lastRequest(() => a.call('createNetwork', { rawBody: { text: '{"Name": broken', contentType: 'text/plain' } }));
    expect(req.headers['content-type']).toBe('text/plain');
    expect(req.body).toBe('{"Name": broken');
    await transport.close();
  });

  it('a request without a body carries no Content-Type', async () => {
    const { api: a, transport } = api();
    const req = await lastRequest(() => a.call('listNetworks'));
    expect(req.headers['content-type']).toBeUndefined();
    expect(req.body).toBe('');
    await transport.close();
  });

  it('Prism’s Prefer header goes only to the mock', async () => {
    const mock = api('', { mock: true });
    expect((await lastRequest(() => mock.api.call('listNetworks', { prefer: 'code=200' }))).headers.prefer).toBe('code=200');
    const real = api();
    expect((await lastRequest(() => real.api.call('listNetworks', { prefer: 'code=200' }))).headers.prefer).toBeUndefined();
    await mock.transport.close();
    await real.transport.close();
  });
});

describe('cookies', () => {
  it('the jar’s session cookie is sent back; `none` sends no cookie; `forged` sends the same name with another value', async () => {
    const { api: a, transport } = api();
    next = { status: 200, headers: { 'set-cookie': ['SESS=s3cr3t-value; Path=/; HttpOnly'] }, body: '{}' };
    await a.call('login', { body: { username: 'u', password: 'p' } }).catch(() => undefined);
    next = { status: 200, headers: {}, body: '[]' };
    expect((await lastRequest(() => a.call('listNetworks'))).headers.cookie).toBe('SESS=s3cr3t-value');
    expect((await lastRequest(() => a.call('listNetworks', { cookies: 'none' }))).headers.cookie).toBeUndefined();
    const forged = (await lastRequest(() => a.call('listNetworks', { cookies: 'forged' }))).headers.cookie ?? '';
    expect(forged).toMatch(/^SESS=[0-9a-f]{32}$/);
    await transport.close();
  });
});

describe('the transcript', () => {
  it('records the exchange with the password replaced in every form it takes, and the cookie values as placeholders', async () => {
    const redactor = new Redactor();
    const password = 'p@ss "wörd"/1';
    redactor.addSecret(password, PASSWORD_PLACEHOLDER);
    const { api: a, transport } = api('', { redactor });
    next = { status: 200, headers: { 'set-cookie': 'SESS=abcdef123456' }, body: JSON.stringify({ echo: password, url: encodeURIComponent(password) }) };
    const result = await a.call('login', { body: { username: 'u', password } }).catch((e: ConformanceFailure) => ({ exchange: e.exchange! }));
    next = { status: 200, headers: {}, body: '[]' };
    const text = JSON.stringify(result.exchange);
    expect(text).not.toContain('wörd');
    expect(text).not.toContain(encodeURIComponent('wörd'));
    expect(text).not.toContain('abcdef123456');
    expect(result.exchange.request.body).toContain(PASSWORD_PLACEHOLDER);
    expect(result.exchange.response?.body).toBe(`{"echo":"${PASSWORD_PLACEHOLDER}","url":"${PASSWORD_PLACEHOLDER}"}`);
    await transport.close();
  });
});

describe('answers the harness refuses', () => {
  it('a JSON body with a byte order mark is a failure that says so', async () => {
    const { api: a, transport } = api();
    next = { status: 200, headers: {}, body: '\uFEFF[]' };
    await expect(a.call('listNetworks')).rejects.toThrow(/byte order mark/);
    next = { status: 200, headers: {}, body: '[]' };
    await transport.close();
  });

  it('a body over the cap is refused whether its length is declared or not', async () => {
    const { api: a, transport } = api('', { maxBodyBytes: 1024 });
    next = { status: 200, headers: { 'content-length': '4096' }, body: Buffer.alloc(4096, 0x20) };
    await expect(a.call('listNetworks')).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/4096 bytes exceeds the 1024-byte limit/) });
    next = { status: 200, headers: { 'transfer-encoding': 'chunked' }, body: Buffer.alloc(4096, 0x20) };
    await expect(a.call('listNetworks')).rejects.toMatchObject({ code: 'too-large' });
    next = { status: 200, headers: {}, body: '[]' };
    // The connection pool is still usable afterwards.
    expect((await a.call('listNetworks')).ok).toBe(true);
    await transport.close();
  });

  it('a refused connection is a TransportError naming it, and the exchange is still recorded', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const transport = new Transport({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 3000, insecure: false });
    const recorded: unknown[] = [];
    const err = await new Api(transport, { mock: false }).call('listNetworks', { recorder: { record: (e) => recorded.push(e) } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ code: 'refused' });
    expect(recorded).toEqual([expect.objectContaining({ operationId: 'listNetworks', error: 'connection refused' })]);
    await transport.close();
  });
});

describe('a call whose signal aborts (its check cut short: suites/harness/deadline.ts)', () => {
  it('is not sent once the signal aborted: a CutShortError, no request, nothing recorded', async () => {
    const hang = await hangServer();
    const transport = new Transport({ baseUrl: hang.url, timeoutMs: 3000, insecure: false });
    const recorded: unknown[] = [];
    const signal = AbortSignal.abort(new CutShortError('the check did not end within 95 s'));
    const err = await new Api(transport, { mock: false }).call('listNetworks', { signal, recorder: { record: (e) => recorded.push(e) } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CutShortError);
    expect(hang.hits).toBe(0);
    expect(recorded).toEqual([]);
    await transport.close();
    await hang.close();
  });

  it('in flight, is abandoned at once: a CutShortError, never a timeout, and the exchange says who called it off', async () => {
    const hang = await hangServer();
    const transport = new Transport({ baseUrl: hang.url, timeoutMs: 5000, insecure: false });
    const recorded: { error?: string }[] = [];
    const cut = new AbortController();
    const started = performance.now();
    const call = new Api(transport, { mock: false }).call('listNetworks', { signal: cut.signal, recorder: { record: (e) => recorded.push(e) } }).catch((e: unknown) => e);
    await expect.poll(() => hang.hits).toBe(1);
    cut.abort(new CutShortError('the check did not end within 95 s'));
    const err = await call;
    expect(err).toBeInstanceOf(CutShortError);
    expect(err).not.toBeInstanceOf(TransportError);
    expect(performance.now() - started).toBeLessThan(2500);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].error).toBe('called off by cs-conformance before the answer was complete: the check did not end within 95 s');
    await transport.close();
    await hang.close();
  });
});
