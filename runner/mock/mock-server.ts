// The embedded Prism mock of the bundled spec, as a process of its own (so it loads in parallel with the test
// runner). As a child of the runner it exits as soon as its parent's IPC channel closes — even when the parent was
// killed outright — so no Prism process outlives a run.
//
// `cs-conformance mock` serves every operation at the spec's base path (/container-station/api/v1), as a NAS does, at
// any other base path asked for (older firmware: /containerstation/api/v1), and at the root, where the runner's mock
// target lives (the run's child serves the root only).
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from '@stoplight/prism-http-server';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createLogger } from '@stoplight/prism-core';
import { KNOWN_BASE_PATHS } from '../../contract/spec-match.ts';
import { SPEC_PATH } from '../../contract/spec-source.ts';

export interface MockServer {
  url: string;
  /** The base paths served, besides the root. */
  basePaths: string[];
  close(): Promise<void>;
}

export interface MockOptions {
  host?: string;
  /** Served besides the root; default the spec's base path. */
  basePaths?: string[];
  /** Told each finished exchange, as one readable line (Prism's own JSON log stays silent). */
  onExchange?: (line: string) => void;
}

/** What a human needs to know about an answer Prism made up itself rather than from the spec's examples. */
function noteOf(res: ServerResponse): string {
  const type = String(res.getHeader('content-type') ?? '');
  const violations = res.getHeader('sl-violations');
  if (res.statusCode === 401 && violations) return "no session cookie: send any, e.g. curl -b 'CS_SESS_ID=x'";
  if (violations) {
    try {
      const list = JSON.parse(String(violations)) as { location?: string[]; message?: string }[];
      const first = list[0];
      return `request does not match the spec: ${first?.location?.join('.') ?? ''} ${first?.message ?? ''}`.trim() + (list.length > 1 ? ` (+${list.length - 1} more)` : '');
    } catch {
      return 'request does not match the spec';
    }
  }
  if (!type.includes('problem+json')) return '';
  if (res.statusCode === 404) return 'no operation of the spec at this path (is the base path right?)';
  if (res.statusCode === 405) return 'the spec documents another method for this path';
  return 'answered by Prism itself';
}

/** One line per exchange, from Node's HTTP diagnostics channels (Prism's server is not ours to wrap). */
function watchExchanges(onExchange: (line: string) => void): () => void {
  const started = new WeakMap<IncomingMessage, number>();
  const onStart = (m: unknown) => started.set((m as { request: IncomingMessage }).request, performance.now());
  const onFinish = (m: unknown) => {
    const { request, response } = m as { request: IncomingMessage; response: ServerResponse };
    const t0 = started.get(request);
    const ms = t0 === undefined ? '' : ` ${Math.round(performance.now() - t0)} ms`;
    const note = noteOf(response);
    onExchange(`${request.method} ${request.url} → ${response.statusCode}${ms}${note ? ` · ${note}` : ''}`);
  };
  subscribe('http.server.request.start', onStart);
  subscribe('http.server.response.finish', onFinish);
  return () => {
    unsubscribe('http.server.request.start', onStart);
    unsubscribe('http.server.response.finish', onFinish);
  };
}

export async function serveMock(port: number, opts: MockOptions = {}): Promise<MockServer> {
  const atRoot = await getHttpOperationsFromSpec(SPEC_PATH);
  const basePaths = (opts.basePaths ?? [KNOWN_BASE_PATHS[0]]).map((b) => b.replace(/\/+$/, '')).filter(Boolean);
  // Prism matches a request's path against each operation's path: the same operations again under each base path.
  const operations = [...atRoot, ...basePaths.flatMap((base) => atRoot.map((op) => ({ ...op, id: `${op.id}@${base}`, path: base + op.path })))];
  const logger = createLogger('CLI', { level: 'silent' });
  const server = createServer(operations, {
    cors: false,
    config: {
      validateRequest: true,
      validateResponse: false,
      checkSecurity: true,
      errors: false,
      isProxy: false,
      mock: { dynamic: false },
    },
    components: { logger: logger.child({ name: 'HTTP SERVER' }) },
  } as Parameters<typeof createServer>[1]);
  const stopWatching = opts.onExchange ? watchExchanges(opts.onExchange) : () => undefined;
  try {
    const address = await server.listen(port, opts.host ?? '127.0.0.1');
    return {
      url: address,
      basePaths,
      close: async () => {
        stopWatching();
        await server.close();
      },
    };
  } catch (err) {
    stopWatching();
    throw err;
  }
}

// import.meta.main, not argv[1] against the URL's pathname: that differs when the install path has a space or is on Windows.
if (import.meta.main && process.send) {
  const port = Number(process.argv[2]);
  process.on('disconnect', () => process.exit(0));
  // The run's mock target lives at the root (run.ts): the operations once, as before, for the fastest start.
  serveMock(port, { basePaths: [] }).then(
    (m) => process.send!({ ready: m.url }),
    (err: Error) => {
      process.send!({ error: err.message });
      process.exit(1);
    },
  );
}
