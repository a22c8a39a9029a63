// The proxy's leg to the target: one request forwarded as the client sent it (method, path, query, headers with the
// cookies, body), the answer read whole under the runner's rules — one deadline for the whole exchange, body included,
// and the same cap on the body's size — and handed back as bytes, unchanged.
import type { Agent, Dispatcher } from 'undici';
// undici's index gives every dispatcher its request() method, used below; the transport loads the Agent's own module
// alone (wire/transport.ts says why).
import 'undici';
import { targetAgent } from '../../wire/transport.ts';
import { MAX_BODY_BYTES, ResponseHeaders, TransportError, transportErrorOf } from '../../wire/answer.ts';

/** Headers that belong to one connection, never forwarded (RFC 9110 §7.6.1), and Host, which names the proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-authenticate', 'host']);

export { MAX_BODY_BYTES };

export interface ForwardOptions {
  origin: string;
  timeoutMs: number;
  insecure: boolean;
  maxBodyBytes?: number;
}

export interface Forwarded {
  status: number;
  headers: ResponseHeaders;
  /** Header pairs for the client, hop-by-hop headers removed, Set-Cookie lines kept apart. */
  clientHeaders: [string, string][];
  body: Buffer;
}

/** Raw header pairs (`rawHeaders`: name, value, name, value…) without the hop-by-hop ones. */
export function endToEnd(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  return out;
}

export class Forwarder {
  readonly #agent: Agent;
  readonly #opts: ForwardOptions;

  constructor(opts: ForwardOptions) {
    this.#opts = opts;
    this.#agent = targetAgent(opts.timeoutMs, opts.insecure);
  }

  /** Rejects with a TransportError: timeout, refused, reset, too large, TLS. */
  async forward(method: string, path: string, rawHeaders: string[], body: Buffer | undefined): Promise<Forwarded> {
    const max = this.#opts.maxBodyBytes ?? MAX_BODY_BYTES;
    const deadline = AbortSignal.timeout(this.#opts.timeoutMs);
    try {
      const res = await this.#agent.request({ origin: this.#opts.origin, path, method: method as Dispatcher.HttpMethod, headers: endToEnd(rawHeaders), body: body?.length ? body : undefined, signal: deadline });
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > max) {
        res.body.destroy();
        throw new TransportError('too-large', `response body of ${declared} bytes exceeds the ${max}-byte limit`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        size += chunk.byteLength;
        if (size > max) {
          res.body.destroy();
          throw new TransportError('too-large', `response body exceeds the ${max}-byte limit`);
        }
        chunks.push(chunk);
      }
      const headers = new ResponseHeaders(res.headers);
      const clientHeaders: [string, string][] = [];
      for (const [name, value] of Object.entries(res.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name) || name === 'content-length') continue;
        for (const v of Array.isArray(value) ? value : [value]) clientHeaders.push([name, v]);
      }
      return { status: res.statusCode, headers, clientHeaders, body: Buffer.concat(chunks) };
    } catch (err) {
      // The deadline's abort surfaces as an AbortError, which transportErrorOf reads as the timeout it is.
      throw transportErrorOf(err, this.#opts.timeoutMs);
    }
  }

  async close(): Promise<void> {
    await this.#agent.close().catch(() => undefined);
  }
}
