// The spec's x-cs-error-envelope, as the runner reads it: an error envelope is an error on HTTP 200 (some firmware)
// as on 4xx, and the success status is the spec's 200 only. Against a real HTTP server answering what each test says.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, ConformanceFailure } from '../../runner/api.ts';
import { errorEnvelopeFor, loadSpec } from '../../runner/spec.ts';
import { Transport } from '../../runner/transport.ts';

let server: Server;
let origin = '';
let next = { status: 200, body: '{}' };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume().on('end', () => {
      res.writeHead(next.status, { 'content-type': 'application/json' });
      res.end(next.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** removeNetwork answered with `status` and `body`, and the SHOULD warnings the API layer raised. */
async function remove(status: number, body: unknown): Promise<{ result?: Awaited<ReturnType<Api['call']>>; failure?: ConformanceFailure; warnings: string[] }> {
  next = { status, body: JSON.stringify(body) };
  const warnings: string[] = [];
  const transport = new Transport({ baseUrl: origin, timeoutMs: 3000, insecure: false });
  const api = new Api(transport, { mock: false, onWarning: (m) => warnings.push(m) });
  try {
    return { result: await api.call('removeNetwork', { networkId: 'doc_test_network' }), warnings };
  } catch (err) {
    if (!(err instanceof ConformanceFailure)) throw err;
    return { failure: err, warnings };
  } finally {
    await transport.close();
  }
}

const envelope = { error: { code: 400, message: '404 Client Error: Not Found ("network doc_test_network not found")' } };

describe('x-cs-error-envelope', () => {
  it('is read from the spec: the envelope is recognised on 200 and on 4xx, never on another 2xx or a 5xx', () => {
    expect(loadSpec().errorEnvelope).toEqual({ schemaPointer: '/components/schemas/ErrorEnvelope', statuses: ['200', '4XX'] });
    expect([200, 400, 401, 404, 201, 204, 500].map((s) => Boolean(errorEnvelopeFor(s)))).toEqual([true, true, true, true, false, false, false]);
  });

  it('an error envelope on HTTP 200 is an error, with a SHOULD warning about the status', async () => {
    const { result, warnings } = await remove(200, envelope);
    expect(result?.ok).toBe(false);
    expect(result?.envelope?.message).toContain('not found');
    expect(warnings).toEqual([expect.stringContaining('was answered with HTTP 200; it SHOULD carry a 4xx status')]);
  });

  it('an error envelope on HTTP 400 is an error without a warning', async () => {
    const { result, warnings } = await remove(400, envelope);
    expect(result?.ok).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('a success on a 2xx other than the spec\'s 200 is undocumented', async () => {
    const { failure } = await remove(201, {});
    expect(failure?.message).toMatch(/answered HTTP 201, which the spec does not document/);
  });

  it('a body that is neither {} nor the envelope breaks the spec on HTTP 200', async () => {
    const { failure } = await remove(200, { result: true });
    expect(failure?.message).toMatch(/does not match the spec/);
  });
});
