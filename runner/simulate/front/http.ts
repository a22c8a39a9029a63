// Reading request bodies and writing responses for the front: JSON bodies, Container Station's error
// envelope, the HTML pages some seeded faults answer with, and how each exchange ended (the simulator's console lines).
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; status: 400 | 413; message: string };

export type TextResult = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

/** The body as text, drained to the end; over MAX_BODY_BYTES it is refused (413). Events, not an async iterator: cheaper per request. */
export function readText(req: IncomingMessage): Promise<TextResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      // Keep draining so the client sees our answer rather than a reset.
      if (length <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    let ended = false;
    req.once('error', reject);
    // A client gone before its body ended gets no answer (its socket is gone); the handler stops at the refusal.
    req.once('close', () => {
      if (!ended) resolve({ ok: false, status: 400, message: 'the request was closed before its body ended' });
    });
    req.once('end', () => {
      ended = true;
      if (length > MAX_BODY_BYTES) resolve({ ok: false, status: 413, message: `request body larger than ${MAX_BODY_BYTES} bytes` });
      else resolve({ ok: true, text: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** `text` as a JSON object, or the refusal the front answers. */
export function parseJsonObject(text: string): BodyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: 'request body is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, status: 400, message: 'request body must be a JSON object' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * The body as a JSON object. The Content-Type is not checked: the documented examples use bare `curl -d`, which sends
 * a form Content-Type, and Container Station 2.4 parsed them as JSON anyway.
 */
export async function readJsonObject(req: IncomingMessage): Promise<BodyResult> {
  const body = await readText(req);
  return body.ok ? parseJsonObject(body.text) : body;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Container Station's error envelope: {"error": {"code", "message"}} and no data. */
export function sendEnvelope(res: ServerResponse, httpStatus: number, code: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, httpStatus, { error: { code, message } }, headers);
}

export function sendHtml(res: ServerResponse, status: number, title: string): void {
  const text = `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>\n`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** How one request ended, for a console line: never a header, a cookie or a body. */
export interface Exchange {
  method: string;
  /** The path as sent, without its query (which is never shown). */
  path: string;
  /** Whether the request had a query string. */
  query: boolean;
  /** The status answered, or undefined when the connection closed before an answer (a hanging operation). */
  status?: number;
  ms: number;
}

/** Tells `onExchange` how the request ended, once: when its answer is sent, or when its connection closes first. */
export function watchExchange(req: IncomingMessage, res: ServerResponse, onExchange: (e: Exchange) => void): void {
  const started = performance.now();
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  let told = false;
  const tell = (status: number | undefined): void => {
    if (told) return;
    told = true;
    onExchange({ method: req.method ?? '', path: q < 0 ? url : url.slice(0, q), query: q >= 0, status, ms: performance.now() - started });
  };
  res.once('finish', () => tell(res.statusCode));
  res.once('close', () => tell(res.writableFinished ? res.statusCode : undefined));
}
