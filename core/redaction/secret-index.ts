// Every distinctive secret a run learned, found in a text in any of its forms (core/redaction/secret-forms.ts) at a cost that
// does not grow with how many there are. A NAS that sets a new session cookie on every answer makes a run learn
// hundreds; one regex alternation over all of them, rebuilt for each, made every text cost more than the last
// (issue 24).
//
// The index: each secret under the hash of its first K decoded characters (K = 6, the shortest distinctive secret),
// each base64 fragment under the hash of its first K characters; learning a secret is a few Map insertions and table
// writes. The scan:
// - where a text means what it says (no `\`, `%`, `&` or `+` among the K characters from a position), the characters
//   are the only reading. The scan skips as Wu-Manber's does: the last two characters of the window, looked up in a
//   table of how far from the end of a key they stand, tell how far the next possible start is (5 positions for a
//   pair no key holds); where a key may end, the window's hash is looked up, through a bitset that answers "no"
//   almost always;
// - near one of those four characters, nothing is looked up if no key holds what can be read there, raw or decoded
//   (reports are thick with `\"` and `&quot;`, and few secrets hold a quote); otherwise every reading of the K
//   characters from each position (raw or escaped: core/redaction/secret-forms.ts's lattice) is looked up the same way,
//   character by character, dropped as soon as no key starts with it.
// A hit is confirmed by matching the whole secret from there, form by form.
//
// What is replaced is what the alternation replaced (test/safety/redact-equivalence.test.ts): one pass per
// placeholder, in the order each was first learned; in a pass the leftmost match, then the secret learned first, its
// plain form before its base64 fragments, each character read in the order of core/redaction/secret-forms.ts.
import { base64Fragments, charForms, decodeAt, formEnds, startsForm, type CharForms } from './secret-forms.ts';

/** Decoded characters a secret is indexed by: the length of the shortest distinctive secret (core/redaction/redact.ts). */
const K = 6;
/** The hash of K characters: Σ unit·M^(K-1-i) mod 2^32. */
const M = 0x9e3779b1 | 0;
/** The bitset of the keys' prefixes (their first 1 to K characters) in front of the Map: 2^19 bits, 8 % of them set
 * at a thousand secrets. */
const BLOOM_BITS = 19;
/** Room for the encoded forms read at one position: two at most (`\\u0041` is `\\`, then `u0041`, or `A`). */
const EDGES = 3;
/** Looking for any pass: only whether a text holds a secret at all. */
const ANY = -1;

interface Entry {
  /** The pass that replaces it: the placeholders in the order they were first learned. */
  pass: number;
  /** Preference inside a pass (lower first): the secret learned first, its plain form before its fragments. */
  rank: number;
  secret: string;
  /** A base64 fragment, matched as it stands; absent for the secret itself, matched form by form. */
  fragment?: string;
  /** The secret's characters and their forms, prepared the first time a text may hold it. */
  chars?: CharForms[];
}

interface Match {
  start: number;
  end: number;
}

/** Lone surrogates and U+FFFD hash alike: a lone surrogate of a secret is percent-encoded as U+FFFD. */
const canonical = (unit: number): number => ((unit & 0xf800) === 0xd800 || unit === 0xfffd ? 0xd800 : unit);
const step = (hash: number, unit: number): number => (Math.imul(hash, M) + canonical(unit)) | 0;
/** The bitset's slot of a prefix: its hash, and its length (a hash alone could be that of a shorter prefix). */
function bloomSlot(hash: number, length: number): number {
  const mixed = hash ^ Math.imul(length, 0x632be5ab);
  return Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b) >>> (32 - BLOOM_BITS);
}
/** Two characters as a slot of the skip table (a pair that shares its slot with another only skips less). */
const pairSlot = (first: number, second: number): number => ((canonical(first) << 7) ^ canonical(second)) & 0xffff;

function hashAt(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + K; i++) hash = step(hash, text.charCodeAt(i));
  return hash;
}

export class SecretIndex {
  readonly #buckets = new Map<number, Entry[]>();
  readonly #bloom = new Int32Array(1 << (BLOOM_BITS - 5));
  /** The characters keys hold (a bitset of UTF-16 units). */
  readonly #keyUnits = new Int32Array(1 << 11);
  /** Pair of characters → how far from the end of a key it stands at the least (K - 1: in no key). */
  readonly #skip = new Uint8Array(1 << 16).fill(K - 1);
  readonly #forms = /[\\%&+]/g;
  /** The placeholder of each pass. */
  readonly #passes: string[] = [];
  #learned = 0;
  /** Scratch space of a scan: the candidates at one position; the readings at each depth (position, hash); the
   * encoded forms at one position. */
  readonly #found: Entry[] = [];
  readonly #levels: number[][] = Array.from({ length: K + 1 }, () => []);
  readonly #edges = new Int32Array(EDGES * 3);

  /** A secret of at least K UTF-16 units (every distinctive one is). */
  add(secret: string, placeholder: string): void {
    let pass = this.#passes.indexOf(placeholder);
    if (pass < 0) pass = this.#passes.push(placeholder) - 1;
    const rank = 8 * this.#learned++;
    this.#insert(secret, { pass, rank, secret });
    base64Fragments(secret).forEach((fragment, i) => this.#insert(fragment, { pass, rank: rank + 1 + i, secret, fragment }));
  }

  /** The text with every secret replaced by its placeholder. */
  replace(text: string): string {
    if (!this.#passes.length || !this.#find(text, 0, ANY)) return text;
    let out = text;
    for (let pass = 0; pass < this.#passes.length; pass++) {
      let match = this.#find(out, 0, pass);
      if (!match) continue;
      let replaced = '';
      let last = 0;
      while (match) {
        replaced += out.slice(last, match.start) + this.#passes[pass];
        last = match.end;
        match = this.#find(out, last, pass);
      }
      out = replaced + out.slice(last);
    }
    return out;
  }

  /** An entry under the first K characters of `decoded`. */
  #insert(decoded: string, entry: Entry): void {
    let key = 0;
    for (let i = 0; i < K; i++) {
      const unit = canonical(decoded.charCodeAt(i));
      this.#keyUnits[unit >>> 5] |= 1 << (unit & 31);
      key = step(key, unit);
      const slot = bloomSlot(key, i + 1);
      this.#bloom[slot >>> 5] |= 1 << (slot & 31);
      if (i + 1 < K) {
        const pair = pairSlot(decoded.charCodeAt(i), decoded.charCodeAt(i + 1));
        this.#skip[pair] = Math.min(this.#skip[pair], K - 2 - i);
      }
    }
    const bucket = this.#buckets.get(key);
    if (bucket) bucket.push(entry);
    else this.#buckets.set(key, [entry]);
  }

  /** Whether some key may start with the `length` characters hashed into `hash` (false: none does). */
  #mayStart(hash: number, length: number): boolean {
    const slot = bloomSlot(hash, length);
    return (this.#bloom[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }

  /** The leftmost match at or after `from` of a secret of `pass` (of any pass: ANY). */
  #find(text: string, from: number, pass: number): Match | undefined {
    const last = text.length - K;
    let p = from;
    while (p <= last) {
      // The next character an encoded form starts with: the windows before it hold nothing but raw characters.
      this.#forms.lastIndex = p;
      const form = this.#forms.test(text) ? this.#forms.lastIndex - 1 : text.length;
      const raw = Math.min(form - K, last);
      while (p <= raw) {
        const skip = this.#skip[pairSlot(text.charCodeAt(p + K - 2), text.charCodeAt(p + K - 1))];
        if (skip) {
          p = Math.min(p + skip, raw + 1);
          continue;
        }
        this.#collect(hashAt(text, p), pass);
        const end = this.#confirm(text, p);
        if (end >= 0) return { start: p, end };
        p++;
      }
      // The windows that hold it: none holds a key if no key holds what can be read there (a `\"`, an `&amp;`, a
      // `%20` mostly); otherwise every reading, unless no key starts with the raw characters before it.
      if (form < text.length && !this.#mayRead(text, form)) {
        p = form + 1;
        continue;
      }
      for (const near = Math.min(form, last); p <= near; p++) {
        if (!this.#mayStartRaw(text, p, form)) continue;
        this.#walk(text, p, pass);
        const end = this.#confirm(text, p);
        if (end >= 0) return { start: p, end };
      }
    }
    return undefined;
  }

  /** Whether a key holds the character at `at`, or one that an encoded form starting there stands for. */
  #mayRead(text: string, at: number): boolean {
    if (this.#holds(text.charCodeAt(at))) return true;
    const count = decodeAt(text, at, this.#edges, 0);
    for (let e = 0; e < 3 * count; e += 3) if (this.#holds(this.#edges[e]) || (this.#edges[e + 1] >= 0 && this.#holds(this.#edges[e + 1]))) return true;
    return false;
  }

  #holds(unit: number): boolean {
    const u = canonical(unit);
    return (this.#keyUnits[u >>> 5] & (1 << (u & 31))) !== 0;
  }

  /** Whether some key may start with the characters from `at` to `end` (fewer than K, and read only as they are). */
  #mayStartRaw(text: string, at: number, end: number): boolean {
    let hash = 0;
    for (let i = at; i < end; i++) if (!this.#mayStart((hash = step(hash, text.charCodeAt(i))), i - at + 1)) return false;
    return true;
  }

  /**
   * Every reading of the K decoded characters from `start`, a depth (characters read) at a time: the readings that
   * reach the same place with the same characters are followed once, and one that no key starts with is dropped at
   * once, so a text thick with backslashes or `%` costs little more than a plain one.
   */
  #walk(text: string, start: number, pass: number): void {
    const levels = this.#levels;
    for (const level of levels) if (level.length) level.length = 0;
    levels[0].push(start, 0);
    for (let depth = 0; depth < K; depth++) {
      const level = levels[depth];
      for (let s = 0; s < level.length; s += 2) {
        const at = level[s];
        if (at >= text.length) continue;
        const unit = text.charCodeAt(at);
        this.#read(depth, level[s + 1], unit, -1, at + 1);
        if (!startsForm(unit)) continue;
        const count = decodeAt(text, at, this.#edges, 0);
        for (let e = 0; e < 3 * count; e += 3) this.#read(depth, level[s + 1], this.#edges[e], this.#edges[e + 1], this.#edges[e + 2]);
      }
    }
    for (let s = 0; s < levels[K].length; s += 2) this.#collect(levels[K][s + 1], pass);
  }

  /** One step of a reading: the character(s) `first` (and `second`, unless -1) read after `depth`, on from `end`. */
  #read(depth: number, hash: number, first: number, second: number, end: number): void {
    const once = step(hash, first);
    if (!this.#mayStart(once, depth + 1)) return;
    if (second < 0 || depth + 1 === K) return this.#reach(depth + 1, end, once);
    const twice = step(once, second);
    if (this.#mayStart(twice, depth + 2)) this.#reach(depth + 2, end, twice);
  }

  #reach(depth: number, at: number, hash: number): void {
    const level = this.#levels[depth];
    for (let s = 0; s < level.length; s += 2) if (level[s + 1] === hash && (level[s] === at || depth === K)) return;
    level.push(at, hash);
  }

  #collect(hash: number, pass: number): void {
    if (!this.#mayStart(hash, K)) return;
    for (const entry of this.#buckets.get(hash) ?? []) {
      if ((pass === ANY || entry.pass === pass) && !this.#found.includes(entry)) this.#found.push(entry);
    }
  }

  /** The end of the preferred candidate found at `at` that does stand there, or -1. */
  #confirm(text: string, at: number): number {
    if (!this.#found.length) return -1;
    const candidates = this.#found.length > 1 ? [...this.#found].sort((a, b) => a.rank - b.rank) : [...this.#found];
    this.#found.length = 0;
    for (const entry of candidates) {
      const end = matchAt(entry, text, at);
      if (end >= 0) return end;
    }
    return -1;
  }
}

function matchAt(entry: Entry, text: string, at: number): number {
  if (entry.fragment !== undefined) return text.startsWith(entry.fragment, at) ? at + entry.fragment.length : -1;
  // Every character raw: the first reading the match below would try.
  if (text.startsWith(entry.secret, at)) return at + entry.secret.length;
  entry.chars ??= [...entry.secret].map(charForms);
  return matchForms(entry.chars, text, at);
}

/**
 * Where the secret whose characters are `chars` ends when it stands at `at`, or -1: each character in each of its
 * forms, in order of preference, the first reading of the whole that matches (as a regex backtracks). A reading that
 * failed from a position is not tried again, so a text of many backslashes costs no more than its length times the
 * secret's.
 */
function matchForms(chars: CharForms[], text: string, at: number): number {
  const failed = new Set<number>();
  const width = text.length + 1;
  const from = (j: number, i: number): number => {
    if (j === chars.length) return i;
    if (failed.has(j * width + i)) return -1;
    const ends: number[] = [];
    formEnds(chars[j], text, i, ends);
    for (const end of ends) {
      const found = from(j + 1, end);
      if (found >= 0) return found;
    }
    failed.add(j * width + i);
    return -1;
  };
  return from(0, at);
}
