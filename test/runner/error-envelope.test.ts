// The spec's x-cs-error-envelope and the statuses, as the runner reads them: an error envelope is an error on any 2xx,
// 4xx or 5xx; which status carries it, and which 2xx a success comes with, is inferred (the page shows no status), so
// a departure there is a SHOULD warning naming its quirk, never a failure. Against a real HTTP server answering what
// each test says.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, ConformanceFailure } from '../../wire/api.ts';
import { errorEnvelopeFor, loadSpec } from '../../contract/spec.ts';
import { Transport } from '../../wire/transport.ts';

let server: Server;
let origin = '';
let next = { status: 200, body: '{}', type: 'application/json' };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume().on('end', () => {
      res.writeHead(next.status, { 'content-type': next.type });
      res.end(next.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** removeNetwork answered with `status` and `body`, and the SHOULD warnings the API layer raised. */
async function remove(status: number, body: unknown, type = 'application/json'): Promise<{ result?: Awaited<ReturnType<Api['call']>>; failure?: ConformanceFailure; warnings: string[] }> {
  next = { status, body: typeof body === 'string' ? body : JSON.stringify(body), type };
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
  it('is read from the spec: the envelope is recognised on any 2xx, 4xx or 5xx, never on a redirect', () => {
    expect(loadSpec().errorEnvelope).toEqual({ schemaPointer: '/components/schemas/ErrorEnvelope', statuses: ['2XX', '4XX', '5XX'] });
    expect([200, 201, 204, 400, 401, 404, 500, 503, 302].map((s) => Boolean(errorEnvelopeFor(s)))).toEqual([true, true, true, true, true, true, true, true, false]);
  });

  it('an error envelope on HTTP 200 is an error, with a SHOULD warning naming the quirk', async () => {
    const { result, warnings } = await remove(200, envelope);
    expect(result?.ok).toBe(false);
    expect(result?.envelope?.message).toContain('not found');
    expect(warnings).toEqual([expect.stringContaining('was answered with HTTP 200; it SHOULD carry a 4xx status (http-200-with-error-envelope)')]);
  });

  it('an error envelope on HTTP 400 is an error without a warning', async () => {
    const { result, warnings } = await remove(400, envelope);
    expect(result?.ok).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('an error envelope on HTTP 404 warns that the status differs from error.code (status-codes-undocumented)', async () => {
    const { result, warnings } = await remove(404, envelope);
    expect(result?.ok).toBe(false);
    expect(warnings).toEqual([expect.stringContaining('HTTP status 404 differs from error.code 400 (status-codes-undocumented)')]);
  });

  it('a body that is neither {} nor the envelope breaks the spec on HTTP 200', async () => {
    const { failure } = await remove(200, { result: true });
    expect(failure?.message).toMatch(/does not match the spec/);
  });
});

describe('statuses the page never shows: inferred, so warned about', () => {
  it('HTTP 201 with the documented body is a success, with a warning naming success-status-inferred', async () => {
    const { result, warnings } = await remove(201, {});
    expect(result?.ok).toBe(true);
    expect(warnings).toEqual(['removeNetwork (DELETE /networks/{network_id}): HTTP 201 where 200 is inferred (success-status-inferred)']);
  });

  it('HTTP 201 is judged on the body still: the 200 schema applies', async () => {
    const { failure } = await remove(201, { result: true });
    expect(failure?.message).toMatch(/response \(HTTP 201\) does not match the spec/);
    expect(failure?.departure?.signature).toEqual({ operationId: 'removeNetwork', rule: 'body-schema', status: 201 });
  });

  it('an HTTP 5xx carrying a valid envelope is an error answer, with a warning naming status-codes-undocumented', async () => {
    const { result, warnings } = await remove(500, { error: { code: 500, message: 'boom' } });
    expect(result?.ok).toBe(false);
    expect(result?.envelope?.code).toBe(500);
    expect(warnings).toEqual([expect.stringContaining('answered with HTTP 500; it SHOULD carry a 4xx status, not a server error (status-codes-undocumented)')]);
  });

  it('an HTTP 5xx that is not the envelope still fails (every error the page shows is the envelope)', async () => {
    for (const [body, type] of [['<html><h1>500</h1></html>', 'text/html'], [{ message: 'boom' }, 'application/json'], ['not json', 'application/json']] as const) {
      const { failure } = await remove(500, body, type);
      expect(failure?.message, type).toMatch(/answered HTTP 500 without the error envelope/);
      expect(failure?.departure?.signature).toEqual({ operationId: 'removeNetwork', rule: 'no-server-error', status: 500 });
      expect(failure?.departure?.evidence?.kind).toBe('page');
    }
  });

  it('text/html with a JSON body is a MUST failure; a charset or a +json suffix is fine', async () => {
    const html = await remove(200, {}, 'text/html');
    expect(html.failure?.message).toMatch(/expected a JSON body \(Content-Type application\/json\), got Content-Type "text\/html"/);
    expect(html.failure?.departure?.signature).toEqual({ operationId: 'removeNetwork', rule: 'json-content-type' });
    for (const type of ['application/json; charset=utf-8', 'application/vnd.qnap+json']) {
      const ok = await remove(200, {}, type);
      expect(ok.result?.ok, type).toBe(true);
      expect(ok.warnings, type).toEqual([]);
    }
  });
});
