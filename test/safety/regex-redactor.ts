// The Redactor as it was before issue 24 (core/redaction/redact.ts at fc91782), kept as the oracle of
// test/safety/redact-equivalence.test.ts: one regex alternation per placeholder over every form of every distinctive
// secret, rebuilt whenever a secret is learned. Its cost grew with the number of secrets (issue 24); its output is
// what the index in core/redaction/redact.ts must reproduce.
// Test code only: nothing in the product imports it.

export const PASSWORD_PLACEHOLDER = '<password>';
export const COOKIE_PLACEHOLDER = '<session-cookie>';
export const TOKEN_PLACEHOLDER = '<session-token>';

/** Field names whose value is a secret wherever they appear (login bodies, login answers, echoes of either). */
const PASSWORD_FIELDS = ['password', 'passwd', 'pwd', 'pass'];
const TOKEN_FIELDS = ['sid', 'token', 'access_token', 'refresh_token', 'qtoken', 'session', 'session_id', 'sessionid', 'authsid'];
const PASSWORD_KEY = new RegExp(`^(?:${PASSWORD_FIELDS.join('|')})$`, 'i');
const TOKEN_KEY = new RegExp(`^(?:${TOKEN_FIELDS.join('|')})$`, 'i');

export type Placeholder = typeof PASSWORD_PLACEHOLDER | typeof COOKIE_PLACEHOLDER | typeof TOKEN_PLACEHOLDER | string;

/** True when a secret can be replaced anywhere without hitting ordinary text by coincidence. */
export function isDistinctive(secret: string): boolean {
  const length = [...secret].length;
  if (length >= 12) return true;
  if (length < 6) return false;
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(secret)).length;
  return kinds >= 2;
}

export class RegexRedactor {
  /** Secret value → its placeholder. */
  readonly #secrets = new Map<string, Placeholder>();
  readonly #cookieNames = new Set<string>();
  /** One pattern per placeholder for the distinctive secrets; rebuilt when a secret is added, not per text. */
  #anywhere: [RegExp, string][] = [];
  #structural: [RegExp, string][] = structuralPatterns([]);
  /** A text without any of these names holds no field to redact by structure: the patterns are skipped. */
  #hint: RegExp = structuralHint([]);
  onSecret?: (value: string, placeholder: Placeholder) => void;

  addSecret(value: string | undefined, placeholder: Placeholder): void {
    if (!value || this.#secrets.has(value)) return;
    this.#secrets.set(value, placeholder);
    this.#anywhere = anywherePatterns(this.#secrets);
    this.onSecret?.(value, placeholder);
  }

  /** A cookie the target set: its value is a secret, and `NAME=…` anywhere is redacted by structure. */
  addCookie(name: string, value: string): void {
    if (name && !this.#cookieNames.has(name)) {
      this.#cookieNames.add(name);
      this.#structural = structuralPatterns([...this.#cookieNames]);
      this.#hint = structuralHint([...this.#cookieNames]);
    }
    this.addSecret(value, COOKIE_PLACEHOLDER);
  }

  /**
   * The password and token fields of a parsed body (a login request or answer, a query), at the top level or up to
   * two objects down, become secrets: the one list of field names the structural patterns use too.
   */
  learnFields(value: unknown, depth = 0): void {
    if (!value || typeof value !== 'object' || depth > 2) return;
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && PASSWORD_KEY.test(key)) this.addSecret(v, PASSWORD_PLACEHOLDER);
      else if (typeof v === 'string' && TOKEN_KEY.test(key)) this.addSecret(v, TOKEN_PLACEHOLDER);
      else this.learnFields(v, depth + 1);
    }
  }

  /** Every secret known, to hand to another Redactor (a worker's to the runner's). */
  secrets(): [string, Placeholder][] {
    return [...this.#secrets];
  }

  /** Adopts secrets another Redactor learned. */
  learn(secrets: Iterable<[string, Placeholder]>): void {
    for (const [value, placeholder] of secrets) this.addSecret(value, placeholder);
  }

  text(input: string): string {
    let out = input;
    // Structure first: a field's whole value goes, whatever the secret's length; then every form of a distinctive one.
    if (this.#hint.test(out)) for (const [re, replacement] of this.#structural) out = out.replace(re, replacement);
    for (const [re, placeholder] of this.#anywhere) out = out.replace(re, placeholder);
    return out;
  }

  /** Every string inside a JSON-like value, redacted (keys included); the value is copied, never changed in place. */
  deep<T>(value: T): T {
    return deepMap(value, (s) => this.text(s)) as T;
  }

  /** Cookie and Set-Cookie values are always placeholders, known secret or not; other headers are scrubbed. */
  headers(headers: Iterable<[string, string]>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of headers) {
      const lower = name.toLowerCase();
      if (lower === 'cookie') out[lower] = value.replace(/=([^;]*)/g, `=${COOKIE_PLACEHOLDER}`);
      else if (lower === 'set-cookie') out[lower] = value.split('\n').map((line) => line.replace(/^([^=;]*)=[^;]*/, `$1=${COOKIE_PLACEHOLDER}`)).join('\n');
      else if (lower === 'authorization') out[lower] = '<redacted>';
      else out[lower] = this.text(value);
    }
    return out;
  }
}

function deepMap(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => deepMap(v, fn));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[fn(k)] = deepMap(v, fn);
    return out;
  }
  return value;
}

// --- Structure --------------------------------------------------------------------------------------------------

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function structuralHint(cookieNames: string[]): RegExp {
  return new RegExp([...PASSWORD_FIELDS, ...TOKEN_FIELDS, ...cookieNames].map(escapeRe).join('|'), 'i');
}

function structuralPatterns(cookieNames: string[]): [RegExp, string][] {
  const alt = (names: string[]) => names.map(escapeRe).join('|');
  const patterns: [RegExp, string][] = [];
  for (const [names, placeholder] of [[PASSWORD_FIELDS, PASSWORD_PLACEHOLDER], [TOKEN_FIELDS, TOKEN_PLACEHOLDER]] as const) {
    const f = alt(names);
    // "password": "…" in JSON.
    patterns.push([new RegExp(String.raw`("(?:${f})"\s*:\s*")((?:\\.|[^"\\])*)(")`, 'gi'), `$1${placeholder}$3`]);
    // The same inside another JSON string (an error message quoting a JSON body): \"password\": \"…\".
    patterns.push([new RegExp(String.raw`(\\"(?:${f})\\"\s*:\s*\\")((?:\\\\\\"|\\\\\\\\|\\\\[^\\"]|[^\\"])*)(\\")`, 'gi'), `$1${placeholder}$3`]);
    // 'password': '…' (a Python dict printed into a message).
    patterns.push([new RegExp(String.raw`('(?:${f})'\s*:\s*')((?:\\.|[^'\\])*)(')`, 'gi'), `$1${placeholder}$3`]);
    // password=… in a form body or a query string.
    patterns.push([new RegExp(String.raw`((?:^|[?&;\s"'])(?:${f})=)([^&;\s"']+)`, 'gi'), `$1${placeholder}`]);
  }
  // NAME=value for every cookie the target set (an echoed Cookie header, a message quoting it).
  if (cookieNames.length) patterns.push([new RegExp(String.raw`((?:^|[^\w-])(?:${alt(cookieNames)})=)([^;,&\s"'<>]+)`, 'g'), `$1${COOKIE_PLACEHOLDER}`]);
  return patterns;
}

// --- Every form of a secret -------------------------------------------------------------------------------------

function anywherePatterns(secrets: Map<string, Placeholder>): [RegExp, string][] {
  const byPlaceholder = new Map<string, string[]>();
  for (const [secret, placeholder] of secrets) {
    if (!isDistinctive(secret)) continue;
    const alternatives = byPlaceholder.get(placeholder) ?? [];
    alternatives.push(secretPattern(secret), ...base64Fragments(secret).map(escapeRe));
    byPlaceholder.set(placeholder, alternatives);
  }
  return [...byPlaceholder].map(([placeholder, alts]) => [new RegExp(alts.join('|'), 'g'), placeholder]);
}

/** The secret, each character in any of its encodings. */
function secretPattern(secret: string): string {
  return [...secret].map((ch) => `(?:${charForms(ch).join('|')})`).join('');
}

const anyCaseHex = (hex: string): string => [...hex].map((c) => (/[a-f]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');

/** A character as is, JSON-escaped (once or nested once more), percent-encoded, form-encoded and HTML-escaped. */
function charForms(ch: string): string[] {
  const literal = new Set<string>([ch]);
  const short = JSON.stringify(ch).slice(1, -1);
  for (const once of [short, ...(ch === '/' ? ['\\/'] : [])]) {
    if (once === ch) continue;
    literal.add(once);
    // The same escape inside another JSON string (an error message quoting a JSON body).
    literal.add(JSON.stringify(once).slice(1, -1));
  }
  const forms = [...literal].map(escapeRe);
  const units = Array.from({ length: ch.length }, (_, i) => anyCaseHex(ch.charCodeAt(i).toString(16).padStart(4, '0')));
  forms.push(units.map((hex) => String.raw`\\u${hex}`).join(''));
  forms.push(units.map((hex) => String.raw`\\\\u${hex}`).join(''));
  forms.push([...Buffer.from(ch, 'utf8')].map((b) => `%${anyCaseHex(b.toString(16).padStart(2, '0'))}`).join(''));
  if (ch === ' ') forms.push(String.raw`\+`);
  const cp = ch.codePointAt(0)!;
  forms.push(`&#0*${cp};`, `&#[xX]0*${anyCaseHex(cp.toString(16))};`);
  const named: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&(?:apos|#39);' };
  if (named[ch]) forms.push(named[ch]);
  return forms;
}

/**
 * The base64 (and base64url) characters that depend on the secret alone, at each of the three alignments it can have
 * inside a longer encoded text (e.g. `user:password`): the characters that also carry neighbouring bytes are left out.
 */
function base64Fragments(secret: string): string[] {
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
