// POST /networks: the create as Container Station makes it (its fields → docker-py's create_network → the engine),
// and every seeded fault of a create: a refused body answered wrongly, a name made up or changed, a field dropped, a
// refused IPAM retried without it, a duplicate answered without the envelope, a wrong Id, no Warning.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EngineError } from '../engine/engine.ts';
import { accepted, readBody } from './answers.ts';
import type { FrontContext } from './context.ts';
import { createBody, fieldsTyped } from './fields.ts';
import { readJsonObject, sendEnvelope, sendHtml, sendJson } from './http.ts';

export async function create(ctx: FrontContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const f = ctx.faults;
  if (f.has('create-content-type-html') && !/^application\/(json|x-www-form-urlencoded)\b/i.test(req.headers['content-type'] ?? 'application/json')) {
    return sendHtml(res, 415, '415 Unsupported Media Type');
  }
  const read = f.has('create-not-object-500') ? await readJsonObject(req) : undefined;
  if (read && !read.ok && read.status === 400) return sendEnvelope(res, 500, 500, read.message);
  const body = read ? accepted(ctx, res, read) : await readBody(ctx, req, res);
  if (!body) return;
  if (f.has('create-missing-name-html') && (body.name === undefined || body.name === null)) return sendHtml(res, 500, '500 Internal Server Error');
  if (f.has('create-field-type-html') && !fieldsTyped(body)) return sendHtml(res, 500, '500 Internal Server Error');
  if (f.has('bad-input-empty-name-defaulted') && body.name === '') body.name = `network-${ctx.memory.nextUnnamed()}`;
  if (f.has('create-name-sanitised') && typeof body.name === 'string') body.name = body.name.replace(/[^A-Za-z0-9_.-]/g, '');
  if (f.has('bad-input-creates') && (body.name === undefined || body.name === null || body.name === '')) {
    body.name = `unnamed-${ctx.memory.nextUnnamed()}`;
  }
  if (f.has('bad-input-coerces-name') && (typeof body.name === 'number' || typeof body.name === 'boolean')) body.name = String(body.name);
  let created: { Id: string; Warning: string };
  try {
    created = await ctx.engine.create(createBody(body, f)).catch((err: unknown) => {
      const ipamRefused = f.has('create-ipam-dropped') && err instanceof EngineError && err.status !== 409 && body.ipam !== undefined;
      if (!ipamRefused) throw err;
      return ctx.engine.create(createBody({ ...body, ipam: undefined }, f));
    });
  } catch (err) {
    if (f.has('duplicate-bad-envelope') && err instanceof EngineError && err.status === 409) {
      return sendJson(res, 409, { message: err.message });
    }
    throw err;
  }
  ctx.memory.created(created.Id);
  if (f.has('create-wrong-id')) created = { ...created, Id: randomBytes(32).toString('hex') };
  sendJson(res, 200, created);
}
