// Finding things in the memory engine's state as moby 20.10 does: a network by full Id, exact name or unique Id prefix
// (with the three wordings of ambiguity), a container by Id, name (with or without its "/") or unique Id prefix.
import { EngineError } from './engine.ts';
import type { Container, Net } from './memory-model.ts';

export type Resolution = { net: Net } | { status: 400 | 404; message: string };

/**
 * Full Id, then exact name, then unique Id prefix (§4). Ambiguity has three wordings: the GET handler's, the DELETE
 * handler's (§7, §10 #8) and the daemon's FindNetwork behind connect and disconnect.
 */
export function resolveNetwork(networks: readonly Net[], term: string, op: 'inspect' | 'remove' | 'find'): Resolution {
  const byId = networks.find((n) => n.id === term);
  if (byId) return { net: byId };
  const ambiguous = (count: number, basis: string): Resolution => ({
    status: 400,
    message: op === 'inspect'
      ? `${count} matches found ${basis}: network ${term} is ambiguous`
      : `network ${term} is ambiguous (${count} matches found ${basis})`,
  });
  const byName = networks.filter((n) => n.name === term);
  if (byName.length === 1) return { net: byName[0] };
  // FindNetwork (connect, disconnect) says "found on name"; the GET and DELETE handlers say "based on name".
  if (byName.length > 1) return ambiguous(byName.length, op === 'find' ? 'on name' : 'based on name');
  const byPrefix = networks.filter((n) => n.id.startsWith(term));
  if (byPrefix.length === 1) return { net: byPrefix[0] };
  if (byPrefix.length > 1) return ambiguous(byPrefix.length, 'based on ID prefix');
  return { status: 404, message: `network ${term} not found` };
}

/** A container by Id, by name (a leading "/" allowed), or by an Id prefix no other container's Id starts with. */
export function findContainer(containers: readonly Container[], term: string): Container | undefined {
  if (term === '') return undefined;
  const name = term.startsWith('/') ? term.slice(1) : term;
  const byPrefix = (): Container | undefined => {
    const matches = containers.filter((c) => c.id.startsWith(term));
    return matches.length === 1 ? matches[0] : undefined;
  };
  return containers.find((c) => c.id === term) ?? containers.find((c) => c.name === name) ?? byPrefix();
}

/** daemon.GetContainer: the container, or the engine's 400/404. */
export function containerOrFail(containers: readonly Container[], term: string, path: string): Container {
  if (term === '') throw new EngineError(400, 'invalid name or ID supplied: ""', path);
  const c = findContainer(containers, term);
  if (!c) throw new EngineError(404, `No such container: ${term}`, path);
  return c;
}
