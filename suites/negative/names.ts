// The names and ids the negative suite sends: the run's prefix (so that whatever a request makes is the run's own),
// then odd pieces — path-like, unicode, control characters, blanks — and long ones; ids no network has, made safe for
// a DELETE. The generators of bodies are in generate.ts.
import fc from 'fast-check';
import { MAX_NAME } from './generate.ts';

const PATH_PIECES = ['/', 'a/b', '../x', '..', './', '%2F', '%2f', '%252F', '%2e%2e%2f', '\\', 'a\\..\\b', '?x=1', '#frag', '&y=2', '+', ';', ':', '@', '~', '*', '$', '!', "'", '"', '<>', '{}', '[]', '|', '`', '%', '%zz', '%00'];
const UNICODE_PIECES = ['é', 'e\u0301', 'ü', 'ß', '日本語', '😀', '👩‍💻', '\u200b', '\u202e', '\ufeff', '\u00a0', 'Ω', 'ﬁ', 'İ'];
const control = fc.oneof(fc.integer({ min: 0, max: 31 }), fc.constant(127)).map((c) => String.fromCharCode(c));

/** Pieces of an odd name; `forRemove` drops what a decoding front could turn into a dot-segment (see unknownId). */
function pieceOf(forRemove: boolean): fc.Arbitrary<string> {
  const pathLike = PATH_PIECES.filter((p) => !forRemove || !(p.includes('..') || p.includes('%') || p.includes('\\')));
  return fc.oneof(
    fc.constantFrom(...pathLike),
    fc.constantFrom(...UNICODE_PIECES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    fc.string({ unit: control, minLength: 1, maxLength: 3 }),
    fc.constantFrom(' ', '  ', '\t', ' x y '),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }),
  );
}

// Built once: an arbitrary is an immutable description of values (the same ones for a seed however often it is
// used), and building a grapheme string arbitrary costs fast-check tens of milliseconds (its tables of known strings).
const PIECE = pieceOf(false);
const PIECE_FOR_REMOVE = pieceOf(true);
const ID_TOKEN = fc.stringMatching(/^[g-z]{4}$/);

/** Cuts `name` to MAX_NAME code points (never inside a surrogate pair); the prefix is always kept. */
function bounded(prefix: string, suffix: string): string {
  return prefix + Array.from(suffix).slice(0, Math.max(0, MAX_NAME - prefix.length)).join('');
}

/** A short odd name under `prefix`: 1–5 pieces. */
export function oddName(prefix: string): fc.Arbitrary<string> {
  return fc.array(PIECE, { minLength: 1, maxLength: 5 }).map((parts) => bounded(prefix, parts.join('')));
}

/** A long name under `prefix`, 300–2000 characters in all, ASCII (with spaces or '/' in some) to keep URLs sane. */
export function longName(prefix: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 300, max: MAX_NAME }), fc.constantFrom('n', 'N-', 'ab_.', 'a b', 'a/'))
    .map(([length, unit]) => prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length - prefix.length));
}

/** A name the create property sends: mostly short odd ones, some long. */
export function unusualName(prefix: string): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: oddName(prefix), weight: 4 }, { arbitrary: longName(prefix), weight: 1 });
}

/**
 * An id no network has: the run's prefix, odd pieces, a random token. Ids sent to DELETE never hold '..', '%' or '\':
 * a front that decodes %2F before routing could normalise `x%2F..` into DELETE /networks/, the prune route.
 */
export function unknownId(prefix: string, forRemove: boolean): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(forRemove ? PIECE_FOR_REMOVE : PIECE, { maxLength: 3 }), ID_TOKEN)
    .map(([parts, token]) => bounded(prefix, (forRemove ? defused(parts.join('')) : parts.join('')) + token));
}

/**
 * Random pieces can still hold '%', '\', '/' or '..' (also across two pieces): these become '_'. The API layer refuses
 * a DELETE whose id holds '/' (wire/api.ts), so the generator never makes one.
 */
const defused = (text: string): string => text.replace(/[%\\/]/g, '_').replace(/\.(?=\.)/g, '_');

/**
 * Names that Docker resolves oddly in a path, where inspect by Id stands in: '/' (reference §3 #49), '\' and '%'
 * (fronts that normalise or decode twice), and a newline, which Docker 20.10's router never matches ("page not
 * found", measured through the docker reference target; \r, \t, NUL, DEL and U+2028 resolve fine).
 */
export const ODD_IN_PATH = /[/\\%\n]/;

/** Blank text: what the engine refuses as "invalid name". */
export const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), minLength: 1, maxLength: 6 });

