// How the front answers what went wrong: an engine failure as Container Station's envelope with docker-py's wording
// of it (or as the transport faults bend it), and a request body it could not read.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { EngineError } from '../engine/engine.ts';
import type { FrontContext } from './context.ts';
import { readJsonObject, sendEnvelope, sendHtml, type BodyResult } from './http.ts';

/** docker-py's APIError.__str__: `<= 4.3.1` without the URL, `>= 4.4.0` with it (reference §9.2). */
export function dockerPyMessage(err: EngineError, withUrl: boolean): string {
  const kind = err.status >= 500 ? 'Server' : 'Client';
  const reason = STATUS_CODES[err.status] ?? '';
  const url = withUrl ? ` for http+docker://localhost${err.path}` : '';
  const explanation = err.message ? ` ("${err.message}")` : '';
  return `${err.status} ${kind} Error${url}: ${reason}${explanation}`;
}

/** An engine failure, answered as Container Station answers it. */
export function sendEngineError(ctx: FrontContext, res: ServerResponse, err: EngineError): void {
  if (ctx.faults.has('network-not-found-html') && err.status === 404 && /^network .* not found$/s.test(err.message)) return sendHtml(res, 500, '500 Internal Server Error');
  // Container Station answers every engine failure with code 400; the engine's status survives only in the text.
  const status = ctx.faults.has('error-http-500') ? 500 : ctx.faults.has('error-envelope-200') ? 200 : 400;
  sendEnvelope(res, status, 400, dockerPyMessage(err, ctx.dockerPyUrl));
}

/** The body's value, or undefined once its refusal has been answered (the engine is never reached). */
export function accepted(ctx: FrontContext, res: ServerResponse, body: BodyResult): Record<string, unknown> | undefined {
  if (body.ok) return body.value;
  if (ctx.faults.has('bad-input-html') && body.status === 400) sendHtml(res, 500, '500 Internal Server Error');
  else sendEnvelope(res, body.status, body.status, body.message);
  return undefined;
}

/** The body as a JSON object, or undefined once the refusal has been answered. */
export async function readBody(ctx: FrontContext, req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
  return accepted(ctx, res, await readJsonObject(req));
}

export const notFound = (err: unknown): boolean => err instanceof EngineError && err.status === 404;
export const noSuchContainer = (err: unknown): boolean => notFound(err) && (err as EngineError).message.startsWith('No such container');
