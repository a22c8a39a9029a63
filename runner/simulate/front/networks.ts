// The network operations at the front (list, inspect, connect, disconnect, remove, prune) and GET /system: each one
// the docker-py call Container Station makes, answered as it answers it, with the seeded faults of each operation.
// Every decision about ids, names, not-found, in-use and prune is the engine's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { machine } from 'node:os';
import { EngineError } from '../engine/engine.ts';
import { noSuchContainer, notFound, readBody } from './answers.ts';
import type { FrontContext } from './context.ts';
import { order } from './shape/dialect.ts';
import { flag, pyTruthy } from './fields.ts';
import { sendHtml, sendJson } from './http.ts';

const PREDEFINED = new Set(['bridge', 'host', 'none']);

export async function system(ctx: FrontContext, res: ServerResponse): Promise<void> {
  const engine = await ctx.engine.version();
  sendJson(res, 200, {
    cpuCore: 1,
    cpuThread: 1,
    features: [],
    gpu: {},
    hostname: 'cs-reference',
    machine: machine(),
    platform: 'reference',
    memoryPageSize: 4096,
    processor: 'reference',
    status: 'running',
    storageDriver: 'reference',
    version: { ...ctx.versions, dockerVersion: engine.Version },
  });
}

/** The schema faults bend the network objects of list and inspect. */
function shape(ctx: FrontContext, net: Record<string, unknown>): Record<string, unknown> {
  const out = { ...net };
  if (ctx.faults.has('schema-id-short')) out.Id = String(out.Id).slice(0, 12);
  if (ctx.faults.has('schema-created-not-rfc3339')) {
    out.Created = String(out.Created).replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d).*$/, '$1 $2');
  }
  return out;
}

export async function list(ctx: FrontContext, res: ServerResponse): Promise<void> {
  let nets = ctx.memory.listed(await ctx.engine.list());
  if (ctx.faults.has('list-hides-predefined')) nets = nets.filter((n) => n.Name !== 'bridge');
  sendJson(res, 200, order(nets, ctx.dialect).map((n) => shape(ctx, n)));
}

export async function inspect(ctx: FrontContext, res: ServerResponse, id: string, viaInspectPath: boolean): Promise<void> {
  if (viaInspectPath && ctx.faults.has('inspect-path-missing')) return sendHtml(res, 404, '404 Not Found');
  if (!viaInspectPath && ctx.faults.has('inspect-heading-missing')) return sendHtml(res, 404, '404 Not Found');
  const net = await ctx.engine.inspect(id).catch((err: unknown) => {
    if (notFound(err) && ctx.faults.has('inspect-unknown-empty')) return undefined;
    throw err;
  });
  if (!net) return sendJson(res, 200, {});
  // inspect-by-name-broken: whatever did not resolve as an Id or Id prefix was a name.
  if (ctx.faults.has('inspect-by-name-broken') && !String(net.Id).startsWith(id)) {
    throw new EngineError(404, `network ${id} not found`, `/v1.41/networks/${encodeURIComponent(id)}`);
  }
  sendJson(res, 200, shape(ctx, net));
}

export async function connect(ctx: FrontContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const f = ctx.faults;
  const body = await readBody(ctx, req, res);
  if (!body) return;
  if (f.has('connect-noop')) return sendJson(res, 200, {});
  const container = (body.container ?? '') as string;
  // reconnect-refused: a stale record of the first connect outlives the disconnect ('' when the fault is off).
  const pair = f.has('reconnect-refused') ? `${String((await ctx.engine.inspect(id)).Id)} ${container}` : '';
  if (pair && ctx.memory.connectedBefore(pair)) {
    throw new EngineError(403, `endpoint with name ${container} already exists in network ${id}`, `/v1.41/networks/${encodeURIComponent(id)}/connect`);
  }
  try {
    await ctx.engine.connect(id, container);
    if (pair) ctx.memory.connected(pair);
  } catch (err) {
    const unknownContainer = noSuchContainer(err);
    if (unknownContainer && f.has('connect-unknown-container-html')) return sendHtml(res, 500, '500 Internal Server Error');
    const already = err instanceof EngineError && err.status === 403 && err.message.includes('already exists');
    if (!(unknownContainer && f.has('connect-unknown-container-accepted')) && !(already && f.has('connect-twice-accepted'))) throw err;
  }
  sendJson(res, 200, {});
}

export async function disconnect(ctx: FrontContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const body = await readBody(ctx, req, res);
  if (!body) return;
  if (ctx.faults.has('disconnect-noop')) return sendJson(res, 200, {});
  // docker-py sends Force only when it is truthy.
  const force = flag(body.force);
  try {
    await ctx.engine.disconnect(id, (body.container ?? '') as string, pyTruthy(force) ? (force as boolean) : undefined);
  } catch (err) {
    if (!(noSuchContainer(err) && ctx.faults.has('disconnect-unknown-container-ok'))) throw err;
  }
  sendJson(res, 200, {});
}

/** Forcibly disconnects every running container of one network (the in-use faults). */
async function detachAll(ctx: FrontContext, id: string): Promise<void> {
  const net = await ctx.engine.inspect(id);
  for (const container of Object.keys((net.Containers ?? {}) as Record<string, unknown>)) {
    await ctx.engine.disconnect(String(net.Id), container, true);
  }
}

export async function remove(ctx: FrontContext, res: ServerResponse, id: string): Promise<void> {
  if (ctx.faults.has('remove-noop')) return sendJson(res, 200, {});
  try {
    await ctx.engine.remove(id);
  } catch (err) {
    if (!(err instanceof EngineError)) throw err;
    if (ctx.faults.has('remove-notfound-ok') && err.status === 404) return sendJson(res, 200, {});
    if (!(ctx.faults.has('remove-in-use-forced') && err.status === 403 && err.message.includes('active endpoints'))) throw err;
    await detachAll(ctx, id);
    await ctx.engine.remove(id);
  }
  sendJson(res, 200, {});
}

export async function prune(ctx: FrontContext, res: ServerResponse): Promise<void> {
  if (ctx.faults.has('prune-noop')) return sendJson(res, 200, { NetworksDeleted: null });
  if (ctx.faults.has('prune-takes-attached')) {
    for (const n of await ctx.engine.list()) if (!PREDEFINED.has(String(n.Name))) await detachAll(ctx, String(n.Id));
  }
  const pruned = await ctx.engine.prune();
  const deleted = pruned.NetworksDeleted === null && ctx.faults.has('prune-empty-array') ? [] : pruned.NetworksDeleted;
  sendJson(res, 200, { NetworksDeleted: deleted });
}
