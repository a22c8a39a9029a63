// The forms a character of a secret takes in a text (core/redaction/redact.ts lists them), read two ways:
// - decoding: what the characters at a position of a text may stand for, whatever secret is looked for: the raw
//   character, or the one an escape starting there encodes (`\n`, `\\/`, `\u00e9`, `\\u00E9`, `%C3%A9`, `+`, `&#233;`,
//   `&#xE9;`, `&amp;`). Read from every position, this is a lattice a secret index walks to find where a secret may
//   start (core/redaction/secret-index.ts), at a cost that does not depend on how many secrets it knows;
// - matching: whether one character's forms stand at a position, in a fixed order of preference (raw, short escape,
//   escaped twice, \uXXXX, \\uXXXX, percent, `+`, decimal, hex, named): the order of the alternation the Redactor
//   used before the index, so that where a text can be read more than one way the index makes the same choice.
// Decoding may find more than matching confirms (it is a filter); it never misses a form matching would accept.

/** The escapes of JSON's short form, by the letter after the backslash. */
const SHORT: Record<string, number> = { '"': 0x22, '\\': 0x5c, '/': 0x2f, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09 };
const NAMED: Record<string, string[]> = { '&': ['&amp;'], '<': ['&lt;'], '>': ['&gt;'], '"': ['&quot;'], "'": ['&apos;', '&#39;'] };
/** The named references a secret's forms use, by the letter after `&`: each with its character. */
const NAMED_DECODED = new Map<number, [string, number][]>([
  [0x61, [['&amp;', 0x26], ['&apos;', 0x27]]],
  [0x6c, [['&lt;', 0x3c]]],
  [0x67, [['&gt;', 0x3e]]],
  [0x71, [['&quot;', 0x22]]],
]);

/** `\`, `%`, `&` and `+`: the characters an encoded form can start with. Anywhere else a text means what it says. */
export function startsForm(unit: number): boolean {
  return unit === 0x5c || unit === 0x25 || unit === 0x26 || unit === 0x2b;
}

const hexValue = (unit: number): number => (unit >= 0x30 && unit <= 0x39 ? unit - 0x30 : (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x66 ? (unit | 0x20) - 0x57 : -1);

function hexAt(text: string, at: number, digits: number): number {
  let value = 0;
  for (let i = 0; i < digits; i++) {
    const d = hexValue(text.charCodeAt(at + i));
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

/**
 * The encoded forms starting at `at` (the raw character is not one of them): each as the UTF-16 units it stands for
 * and where it ends, written to `out` as triples (first unit, second unit or -1, end). Returns how many.
 */
export function decodeAt(text: string, at: number, out: Int32Array, offset: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x2b) return emit(out, offset, 0, 0x20, at + 1);
  if (c === 0x25) {
    const cp = percentAt(text, at);
    return cp < 0 ? 0 : emit(out, offset, 0, cp, at + 3 * utf8Length(cp));
  }
  if (c === 0x26) return text.charCodeAt(at + 1) === 0x23 ? numericReferenceAt(text, at, out, offset) : namedReferenceAt(text, at, out, offset);
  if (c !== 0x5c) return 0;
  let n = 0;
  const next = text.charAt(at + 1);
  if (Object.hasOwn(SHORT, next)) n = emit(out, offset, n, SHORT[next], at + 2);
  else if (next === 'u' && hexAt(text, at + 2, 4) >= 0) n = emit(out, offset, n, hexAt(text, at + 2, 4), at + 6);
  if (next === '\\') {
    // Escaped twice: `\\n`, `\\/`, `\\\"`, `\\\\`, `\\u00e9`.
    const third = text.charAt(at + 2);
    const fourth = text.charAt(at + 3);
    if (Object.hasOwn(SHORT, third) && third !== '"' && third !== '\\') n = emit(out, offset, n, SHORT[third], at + 3);
    else if (third === '\\' && (fourth === '"' || fourth === '\\')) n = emit(out, offset, n, fourth.charCodeAt(0), at + 4);
    else if (third === 'u' && hexAt(text, at + 3, 4) >= 0) n = emit(out, offset, n, hexAt(text, at + 3, 4), at + 7);
  }
  return n;
}

/** Writes the n-th triple of decodeAt's answer: the code point as its UTF-16 units, and the end. Returns n + 1. */
function emit(out: Int32Array, offset: number, n: number, cp: number, end: number): number {
  const i = offset + 3 * n;
  out[i] = cp < 0x10000 ? cp : 0xd800 + ((cp - 0x10000) >> 10);
  out[i + 1] = cp < 0x10000 ? -1 : 0xdc00 + ((cp - 0x10000) & 0x3ff);
  out[i + 2] = end;
  return n + 1;
}

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** The code point of one UTF-8 sequence of `%XX` at `at` (hex digits in either case), or -1. */
function percentAt(text: string, at: number): number {
  const byte = (i: number): number => (text.charCodeAt(at + 3 * i) === 0x25 ? hexAt(text, at + 3 * i + 1, 2) : -1);
  const lead = byte(0);
  if (lead < 0x80) return lead; // -1 as well: no `%XX` here
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length) return -1;
  let cp = lead & (0xff >> (length + 1));
  for (let i = 1; i < length; i++) {
    const b = byte(i);
    if (b < 0x80 || b > 0xbf) return -1;
    cp = (cp << 6) | (b & 0x3f);
  }
  // The shortest form of a scalar value only: what Buffer.from writes.
  return utf8Length(cp) === length && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : -1;
}

/** A numeric HTML character reference at `at` (`&#233;`, `&#x0E9;`, `&#0039;`), as decodeAt writes it. */
function numericReferenceAt(text: string, at: number, out: Int32Array, offset: number): number {
  const hex = text[at + 2] === 'x' || text[at + 2] === 'X';
  const from = at + (hex ? 3 : 2);
  let i = from;
  let cp = 0;
  for (; ; i++) {
    const unit = text.charCodeAt(i);
    const d = hex ? hexValue(unit) : unit >= 0x30 && unit <= 0x39 ? unit - 0x30 : -1;
    if (d < 0) break;
    cp = cp * (hex ? 16 : 10) + d;
    if (cp > 0x10ffff) return 0;
  }
  return i > from && text.charCodeAt(i) === 0x3b ? emit(out, offset, 0, cp, i + 1) : 0;
}

/** One of the named references a secret's forms use, at `at`, as decodeAt writes it. */
function namedReferenceAt(text: string, at: number, out: Int32Array, offset: number): number {
  for (const [name, cp] of NAMED_DECODED.get(text.charCodeAt(at + 1)) ?? []) if (text.startsWith(name, at)) return emit(out, offset, 0, cp, at + name.length);
  return 0;
}

// --- Matching one character ---------------------------------------------------------------------------------------

/** One character of a secret and every form it may take, prepared once when the secret is first looked for. */
export interface CharForms {
  /** Raw, JSON short escape, the same escaped twice; `\/` for a slash. */
  literals: string[];
  /** Its UTF-16 units as 4 lower-case hex digits each (`\uXXXX`). */
  units: string[];
  /** Its UTF-8 bytes as 2 lower-case hex digits each (`%XX`). */
  bytes: string[];
  /** A space, which a form body writes `+`. */
  space: boolean;
  /** Its code point in decimal and in lower-case hex (`&#233;`, `&#xE9;`). */
  decimal: string;
  hex: string;
  /** Its named references (`&amp;`), if any. */
  named: string[];
}

export function charForms(ch: string): CharForms {
  const literals = new Set<string>([ch]);
  const short = JSON.stringify(ch).slice(1, -1);
  for (const once of [short, ...(ch === '/' ? ['\\/'] : [])]) {
    if (once === ch) continue;
    literals.add(once);
    // The same escape inside another JSON string (an error message quoting a JSON body).
    literals.add(JSON.stringify(once).slice(1, -1));
  }
  const cp = ch.codePointAt(0)!;
  return {
    literals: [...literals],
    units: Array.from({ length: ch.length }, (_, i) => ch.charCodeAt(i).toString(16).padStart(4, '0')),
    bytes: [...Buffer.from(ch, 'utf8')].map((b) => b.toString(16).padStart(2, '0')),
    space: ch === ' ',
    decimal: cp.toString(10),
    hex: cp.toString(16),
    named: NAMED[ch] ?? [],
  };
}

/** True when the hex digits at `at` are `lower` in either case. */
function sameHex(text: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((text.charCodeAt(at + i) | (lower.charCodeAt(i) >= 0x61 ? 0x20 : 0)) !== lower.charCodeAt(i)) return false;
  return true;
}

/** Where each form of the character standing at `at` ends, in order of preference (a form that is absent adds none). */
export function formEnds(f: CharForms, text: string, at: number, out: number[]): void {
  for (const literal of f.literals) if (text.startsWith(literal, at)) out.push(at + literal.length);
  for (const [prefix, width] of [['\\u', 6], ['\\\\u', 7]] as const) {
    let i = at;
    for (const unit of f.units) i = i >= 0 && text.startsWith(prefix, i) && sameHex(text, i + width - 4, unit) ? i + width : -1;
    if (i >= 0) out.push(i);
  }
  let i = at;
  for (const byte of f.bytes) i = i >= 0 && text.charCodeAt(i) === 0x25 && sameHex(text, i + 1, byte) ? i + 3 : -1;
  if (i >= 0) out.push(i);
  if (f.space && text.charCodeAt(at) === 0x2b) out.push(at + 1);
  if (text.startsWith('&#', at)) {
    const end = numberEnd(text, at + 2, f.decimal, false);
    if (end >= 0) out.push(end);
    const x = text[at + 2];
    const hexEnd = x === 'x' || x === 'X' ? numberEnd(text, at + 3, f.hex, true) : -1;
    if (hexEnd >= 0) out.push(hexEnd);
  }
  for (const named of f.named) if (text.startsWith(named, at)) out.push(at + named.length);
}

/** `0*digits;` at `at` (hex digits in either case): where it ends, or -1. */
function numberEnd(text: string, at: number, digits: string, hex: boolean): number {
  let i = at;
  while (text.charCodeAt(i) === 0x30) i++;
  // "0" itself: the zeros just skipped hold it.
  if (digits === '0') return i > at && text.charCodeAt(i) === 0x3b ? i + 1 : -1;
  const same = hex ? sameHex(text, i, digits) : text.startsWith(digits, i);
  return same && text.charCodeAt(i + digits.length) === 0x3b ? i + digits.length + 1 : -1;
}

/**
 * The base64 (and base64url) characters that depend on the secret alone, at each of the three alignments it can have
 * inside a longer encoded text (e.g. `user:password`): the characters that also carry neighbouring bytes are left out.
 */
export function base64Fragments(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const out = new Set<string>();
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64').replace(/=+$/, '');
    const from = Math.ceil((8 * k) / 6);
    const to = Math.floor((8 * (k + bytes.length)) / 6);
    const fragment = encoded.slice(from, to);
    if (fragment.length >= 6) {
      out.add(fragment);
      out.add(fragment.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...out];
}
