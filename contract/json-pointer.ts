// JSON Pointer (RFC 6901) and local `$ref`s: the one place that escapes, builds, parses and follows them. Written here
// rather than taken from a package: the RFC is two replacements and a walk, and the shipped runner needs it.

/** One reference token escaped for a pointer (§3): `~` as `~0`, `/` as `~1` — `application/json` → `application~1json`. */
export const escapeToken = (token: string): string => token.replaceAll('~', '~0').replaceAll('/', '~1');

/** The reverse of {@link escapeToken}, `~1` before `~0` as §4 requires (`~01` is `~1`, not `/`). */
export const unescapeToken = (token: string): string => token.replaceAll('~1', '/').replaceAll('~0', '~');

/** The pointer made of these (unescaped) tokens: `pointerOf('paths', '/networks', 'get')` → `/paths/~1networks/get`. */
export const pointerOf = (...tokens: (string | number)[]): string => tokens.map((t) => `/${escapeToken(String(t))}`).join('');

/** The unescaped tokens of a pointer; `''` (the whole document) has none. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer (must be empty or start with /): ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** The node of `doc` at `pointer` (`/components/schemas/Network`); undefined where there is none. */
export function nodeAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The pointer a local `$ref` names: `#/components/schemas/Network` is a URI fragment, so percent-decoded first (§6). */
export function refPointer(ref: string): string {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported, got ${ref}`);
  return decodeURIComponent(ref.slice(1));
}

const refOf = (node: unknown): string | undefined => {
  const ref = node !== null && typeof node === 'object' ? (node as { $ref?: unknown }).$ref : undefined;
  return typeof ref === 'string' ? ref : undefined;
};

/**
 * Follows `$ref`s from `node` until a node that is not one: that node and the pointer of the last `$ref` followed
 * (none when `node` was not a `$ref`). The node is undefined where a `$ref` does not resolve, or after `maxHops` —
 * bounded, because a cycle in the document must not hang whoever reads it (the proxy reads it for every answer).
 */
export function followRefs(doc: unknown, node: unknown, maxHops = 20): { node: unknown; pointer?: string } {
  let current = node;
  let pointer: string | undefined;
  for (let ref = refOf(current), hops = 0; ref !== undefined; ref = refOf(current), hops++) {
    if (hops === maxHops) return { node: undefined, pointer };
    pointer = refPointer(ref);
    current = nodeAt(doc, pointer);
  }
  return { node: current, pointer };
}
