// The client the generated SDK functions run on. Each SDK function (generated from the spec) describes its operation
// — method, URL template, Content-Type, body serializer — and hands it to `options.client`, a hook hey-api provides
// for custom clients. This one serializes with the generated helpers and sends through the transport directly:
// hey-api's fetch client builds a WHATWG Request, Headers and Response for every call and parses the body, which
// together cost more than a loopback round trip, and the API layer reads and checks the raw answer itself anyway.
import type { Client } from '../generated/client/index.ts';
import { buildUrl, createConfig } from '../generated/client/utils.gen.ts';
import { getValidRequestBody } from '../generated/core/utils.gen.ts';
import type { Answer, CookieMode, ExchangeRecorder, Transport } from './transport.ts';

/** Passed through the SDK's `meta` option. */
export type SdkMeta = {
  operationId: string;
  cookies?: CookieMode;
  recorder?: ExchangeRecorder;
  /** The calling check's signal: the transport refuses, or abandons, the request once it aborts. */
  signal?: AbortSignal;
};

interface SdkRequest {
  url: string;
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  bodySerializer?: ((body: unknown) => unknown) | null;
  meta?: SdkMeta;
}

// The generated client's defaults: its JSON body serializer, query serializer and headers.
const DEFAULTS = createConfig();
const DEFAULT_HEADERS = DEFAULTS.headers as Record<string, string>;

/** A client whose calls resolve to the transport's Answer (not hey-api's `{data, error}`); see Api.call. */
export function createSdkClient(transport: Transport): Client {
  const send =
    (method: string) =>
    (options: SdkRequest): Promise<Answer> => {
      const bodySerializer = options.bodySerializer === undefined ? DEFAULTS.bodySerializer : options.bodySerializer;
      const serializedBody = options.body !== undefined && bodySerializer ? bodySerializer(options.body) : undefined;
      const valid = getValidRequestBody({ body: options.body, bodySerializer, serializedBody });
      const body = valid === undefined || valid === null ? undefined : String(valid);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries({ ...DEFAULT_HEADERS, ...options.headers })) if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v);
      // As hey-api's clients do: no Content-Type without a body.
      if (body === undefined) delete headers['content-type'];
      const path = buildUrl({ url: options.url, path: options.path, query: options.query, querySerializer: DEFAULTS.querySerializer, baseUrl: '' });
      // The SDK's `security` (the session cookie) is the transport's cookie jar: nothing to add here.
      return transport.send({ operationId: options.meta?.operationId, method, path, headers, body, cookies: options.meta?.cookies, recorder: options.meta?.recorder, signal: options.meta?.signal });
    };
  const client = { get: send('GET'), post: send('POST'), put: send('PUT'), delete: send('DELETE'), patch: send('PATCH'), head: send('HEAD'), options: send('OPTIONS') };
  return client as Client;
}
