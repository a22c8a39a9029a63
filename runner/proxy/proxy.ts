// `cs-conformance proxy`: a reverse proxy on loopback between real clients (the web UI, docker-py scripts, curl) and
// the NAS. Every request is forwarded unchanged and every answer returned unchanged; on the side, each exchange is
// matched to an operation of the spec and judged as in a run. On SIGINT/SIGTERM, when the npm or npx above it ends
// (npm does not pass SIGTERM on: core/stop.ts watches for it, as a run does), or after --duration it writes
// proxy.md, proxy.json and exchanges.har to the report dir and exits 0 (nothing broke the spec), 1 (something did).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { renderHar } from '../../reporters/har.ts';
import { renderProxyJson, renderProxyMarkdown } from '../../reporters/proxy-report.ts';
import { CannotRunError, UsageError } from '../../core/errors.ts';
import { VERSION } from '../../core/package.ts';
import { Forwarder, MAX_BODY_BYTES } from './proxy-forward.ts';
import { ProxyRecorder, type ExchangeInput } from './proxy-record.ts';
import { watchForStop } from '../../core/stop.ts';
import type { ResponseHeaders } from '../../wire/answer.ts';
import type { Io } from '../../core/output.ts';

export const PROXY_HELP = `cs-conformance proxy — watch real clients talk to a NAS, judging every answer against the spec

Usage:
  cs-conformance proxy --target URL [options]

  --target URL          the NAS, e.g. https://nas.local:443 (a path names the API's base path)
  --port N              loopback port to listen on (default 0: a free port, printed when ready)
  --base-path PATH      the API's base path (default /container-station/api/v1; /containerstation/api/v1 is
                        recognised too)
  --insecure            accept the target's self-signed TLS certificate
  --timeout MS          per forwarded request, body included (default 10000)
  --report-dir DIR      where proxy.md, proxy.json and exchanges.har go (default ./reports)
  --duration SECONDS    stop on its own after this long (default: at SIGINT/SIGTERM, or when the npm or npx
                        that started it ends)

Point clients at the printed http://127.0.0.1:PORT instead of the NAS, with the NAS's own paths.
Exit codes: 0 nothing broke the spec, 1 an answer broke it (or the target did not answer), 2 could not start.`;

export interface ProxySettings {
  target: URL;
  port: number;
  basePath?: string;
  insecure: boolean;
  timeoutMs: number;
  reportDir: string;
  durationMs?: number;
}

function wholeNumber(flag: string, raw: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n > max) throw new UsageError(`--${flag} must be a whole number${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ''}, got "${raw}"`);
  return n;
}

export function parseProxyArgs(argv: string[]): ProxySettings | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        target: { type: 'string' },
        port: { type: 'string' },
        'base-path': { type: 'string' },
        insecure: { type: 'boolean' },
        timeout: { type: 'string' },
        'report-dir': { type: 'string' },
        duration: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(`proxy: ${(err as Error).message.split('\n')[0]}`);
  }
  if (values.help) return 'help';
  if (!values.target) throw new UsageError('proxy needs --target URL (the NAS, e.g. https://nas.local)');
  let target: URL;
  try {
    target = new URL(values.target);
  } catch {
    throw new UsageError(`--target must be a URL like https://nas.local, got "${values.target}"`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new UsageError(`--target must be an http or https URL, got "${values.target}"`);
  if (target.username || target.password) throw new UsageError('--target must not carry a user name or password; log in through the proxy');
  const path = target.pathname.replace(/\/+$/, '');
  const duration = wholeNumber('duration', values.duration);
  if (duration === 0) throw new UsageError('--duration must be at least 1 second');
  const timeoutMs = wholeNumber('timeout', values.timeout) ?? 10_000;
  if (timeoutMs === 0) throw new UsageError('--timeout must be at least 1 ms');
  return {
    target,
    port: wholeNumber('port', values.port, 65535) ?? 0,
    basePath: values['base-path'] ?? (path || undefined),
    insecure: Boolean(values.insecure),
    timeoutMs,
    reportDir: values['report-dir'] ?? './reports',
    durationMs: duration === undefined ? undefined : duration * 1000,
  };
}

/** The answer's body as text for the judgement; the client gets the bytes as they came. */
function decoded(body: Buffer, encoding: string | null): string {
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body).toString('utf8');
    if (encoding === 'deflate') return inflateSync(body).toString('utf8');
    if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  } catch {
    // Undecodable: judged as the bytes it is (a Content-Encoding that lies is itself worth seeing).
  }
  return body.toString('utf8');
}

function readRequestBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.byteLength;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

function answerOf(status: number, headers: ResponseHeaders, text: string): NonNullable<ExchangeInput['answer']> {
  return { status, headers, text, setCookies: headers.setCookies(), entries: () => headers.entries() };
}


/** A TCP connection to the target, opened and closed: a proxy in front of nothing could not start. */
function reachable(target: URL, timeoutMs: number): Promise<void> {
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  return new Promise((resolve, reject) => {
    const socket = connect({ host: target.hostname.replace(/^\[|\]$/g, ''), port });
    const fail = (why: string) => {
      socket.destroy();
      reject(new CannotRunError(`cannot reach ${target.origin}: ${why}`, 'check --target'));
    };
    socket.setTimeout(timeoutMs, () => fail(`no connection within ${timeoutMs} ms`));
    socket.once('error', (err: NodeJS.ErrnoException) => fail(err.code === 'ECONNREFUSED' ? 'connection refused' : (err.code ?? err.message)));
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
  });
}

export async function runProxy(argv: string[], io: Io): Promise<number> {
  const settings = parseProxyArgs(argv);
  if (settings === 'help') {
    io.out(PROXY_HELP);
    return 0;
  }
  const origin = settings.target.origin;
  await reachable(settings.target, settings.timeoutMs);
  const recorder = new ProxyRecorder({ origin, basePath: settings.basePath });
  const forwarder = new Forwarder({ origin, timeoutMs: settings.timeoutMs, insecure: settings.insecure });
  try {
    mkdirSync(settings.reportDir, { recursive: true });
  } catch (err) {
    throw new CannotRunError(`cannot create the report dir ${settings.reportDir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const body = await readRequestBody(req).catch(() => Buffer.alloc(0));
    const base: Omit<ExchangeInput, 'durationMs'> = { method, path, requestHeaders: pairs(req.rawHeaders) };
    if (body === 'too-large') {
      res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end(`cs-conformance proxy: request body over the ${MAX_BODY_BYTES}-byte limit; not forwarded\n`);
      return;
    }
    if (body.length) base.requestBody = body.toString('utf8');
    let outcome;
    try {
      const answer = await forwarder.forward(method, path, req.rawHeaders, body);
      if (!res.destroyed) {
        // A HEAD answer's length is the target's (of the body it did not send); any other is the body's own.
        const length = method === 'HEAD' ? answer.headers.get('content-length') : String(answer.body.length);
        res.writeHead(answer.status, [...answer.clientHeaders.flat(), ...(length === null ? [] : ['content-length', length])]);
        res.end(method === 'HEAD' ? undefined : answer.body);
      }
      const text = decoded(answer.body, answer.headers.get('content-encoding'));
      outcome = recorder.record({ ...base, answer: answerOf(answer.status, answer.headers, text), durationMs: performance.now() - started });
    } catch (err) {
      const message = (err as Error).message;
      const timeout = (err as { code?: string }).code === 'timeout';
      if (!res.headersSent && !res.destroyed) res.writeHead(timeout ? 504 : 502, { 'content-type': 'text/plain; charset=utf-8' }).end(`cs-conformance proxy: the target did not answer: ${message}\n`);
      outcome = recorder.record({ ...base, error: message, durationMs: performance.now() - started });
    }
    io.out(`${outcome.label} ${outcome.note}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      io.err(`cs-conformance proxy: ${err.message}`);
      if (!res.headersSent) res.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(new CannotRunError(`cannot listen on 127.0.0.1:${settings.port}: ${err.code ?? err.message}`, 'pick another --port, or 0 for a free one')));
    server.listen(settings.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  io.out(`listening http://127.0.0.1:${port}`);
  io.out(`forwarding to ${origin}; reports to ${settings.reportDir} on Ctrl-C${settings.durationMs ? ` or after ${settings.durationMs / 1000} s` : ''}`);

  const why = await new Promise<string>((resolve) => {
    const stopWatching = watchForStop((reason) => {
      stopWatching();
      resolve(reason);
    }, io.outputClosed);
    if (settings.durationMs) {
      setTimeout(() => {
        stopWatching();
        resolve(`after ${settings.durationMs! / 1000} s`);
      }, settings.durationMs).unref();
    }
  });
  io.err(`cs-conformance proxy: ${why}: stopping, writing the reports`);
  // Answers still in flight get their deadline to finish, then the connections are closed.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((r) => setTimeout(r, settings.timeoutMs).unref())]);
  server.closeAllConnections();
  await forwarder.close();

  const report = recorder.report();
  // Rendered text is redacted once more: a secret learned late (a cookie set after a request that named it) still
  // cannot reach a file.
  const write = (name: string, text: string) => writeFileSync(join(settings.reportDir, name), recorder.redactor.text(text));
  write('proxy.json', renderProxyJson(report));
  write('proxy.md', renderProxyMarkdown(report));
  write('exchanges.har', renderHar(recorder.har, { name: 'cs-conformance proxy', version: VERSION }));
  const t = report.totals;
  io.out(`${t.exchanges} exchanges, ${t.operationsExercised} of ${t.operations} operations exercised, ${t.violations} violations, ${t.transportErrors} transport errors, ${report.drift.undocumentedEndpoints.length} undocumented endpoints, ${report.drift.undocumentedFields.length} undocumented fields`);
  io.out(`reports: ${['proxy.md', 'proxy.json', 'exchanges.har'].map((f) => join(settings.reportDir, f)).join(', ')}`);
  return report.verdict === 'conformant' ? 0 : 1;
}
