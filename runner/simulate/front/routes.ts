// Which operation of Container Station's v1 API a request is: its method and path, below the base path, mapped to a
// route kind (and the network id of the path, percent-decoded once), or the 404, 405 or 400 the front answers instead.
import type { OperationId } from '../../../wire/api.ts';

export const DEFAULT_BASE_PATH = '/container-station/api/v1';

export type Route =
  | { kind: 'login' | 'loginRefresh' | 'logout' | 'system' | 'list' | 'create' | 'prune' }
  | { kind: 'inspect' | 'inspectPath' | 'remove' | 'connect' | 'disconnect'; id: string };

export type RouteKind = Route['kind'];

/** The spec's operation each route kind is. */
export const OPERATION_OF: Record<RouteKind, OperationId> = {
  login: 'login', loginRefresh: 'loginRefresh', logout: 'logout', system: 'getSystem', list: 'listNetworks', create: 'createNetwork',
  prune: 'pruneNetworks', inspect: 'inspectNetwork', inspectPath: 'inspectNetworkByInspectPath', remove: 'removeNetwork',
  connect: 'connectContainer', disconnect: 'disconnectContainer',
};

export type Routed = { route: Route } | { status: 404 } | { status: 405; allow: string } | { status: 400; message: string };

/** The route of `method` on `rest`, the raw path below the base path (only the id segment is decoded). */
export function routeOf(method: string, rest: string): Routed {
  const seg = rest.split('/').slice(1);
  const one = (allowed: Record<string, Route>): Routed => {
    const route = allowed[method];
    return route ? { route } : { status: 405, allow: Object.keys(allowed).join(', ') };
  };
  if (rest === '/login') return one({ POST: { kind: 'login' } });
  if (rest === '/login_refresh') return one({ GET: { kind: 'loginRefresh' } });
  if (rest === '/logout') return one({ PUT: { kind: 'logout' } });
  if (rest === '/system') return one({ GET: { kind: 'system' } });
  if (rest === '/networks') return one({ GET: { kind: 'list' }, POST: { kind: 'create' } });
  // The engine lists on GET /networks/ too; DELETE with the trailing slash is Container Station's prune.
  if (rest === '/networks/') return one({ GET: { kind: 'list' }, DELETE: { kind: 'prune' } });
  if (seg[0] !== 'networks' || seg.length < 2 || seg.length > 3 || seg[1] === '') return { status: 404 };
  let id: string;
  try {
    id = decodeURIComponent(seg[1]);
  } catch {
    return { status: 400, message: 'malformed percent-encoding in the network id' };
  }
  if (seg.length === 2) return one({ GET: { kind: 'inspect', id }, DELETE: { kind: 'remove', id } });
  if (seg[2] === 'inspect') return one({ GET: { kind: 'inspectPath', id } });
  if (seg[2] === 'connect') return one({ POST: { kind: 'connect', id } });
  if (seg[2] === 'disconnect') return one({ POST: { kind: 'disconnect', id } });
  return { status: 404 };
}
