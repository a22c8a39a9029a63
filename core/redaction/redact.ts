// Secrets (the password, every session cookie value and login token the target ever issued) are replaced by
// placeholders. Every text a run writes — transcripts as they are recorded, then every console line and every report
// file as a last pass (see core/output.ts and reporters/index.ts) — goes through one Redactor.
//
// How a secret is found:
// - By structure, whatever its length: the value of a password/token field in a JSON or form body or in free text
//   (`"password": "…"`, `password=…`, `"sid": "…"`), a Cookie or Set-Cookie header, `NAME=value` for every cookie name
//   the target set, and an Authorization header.
// - Anywhere in the text, in every form a target or a format may produce: as is; JSON-escaped (short escapes, `\/`,
//   `\uXXXX` in either case, and escaped twice); percent-encoded in upper or lower case, with `+` for a space;
//   HTML-escaped (named, decimal and hex references); base64 and base64url at any alignment. The forms are matched
//   character by character, so a text that mixes them is found too.
//   Only for a *distinctive* secret: at least 6 characters of two kinds (letters, digits, others), or at least 12. A
//   shorter or plainer secret ("a", "1234", "secret") would make the placeholder replace ordinary words and numbers
//   by coincidence, so it is replaced only where it stands by structure; the run says so when the password is one.
//   The distinctive secrets are kept in one index (core/redaction/secret-index.ts): a NAS that sets a new session cookie on
//   every answer makes a run learn hundreds, and redacting a text costs the same at one secret or a thousand.

import { SecretIndex } from './secret-index.ts';

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

export class Redactor {
  /** Secret value → its placeholder. */
  readonly #secrets = new Map<string, Placeholder>();
  readonly #cookieNames = new Set<string>();
  /** Every form of every distinctive secret, anywhere (made with the first one: its tables take 128 KiB). */
  #anywhere?: SecretIndex;
  #structural: [RegExp, string][] = structuralPatterns([]);
  /** A text without any of these names holds no field to redact by structure: the patterns are skipped. */
  #hint: RegExp = structuralHint([]);
  /** text(), bound once for deep(). */
  readonly #text = (s: string): string => this.text(s);
  /** Told of every new secret (a check's worker hands them to the runner's Redactor, see suites/harness/register.ts). */
  onSecret?: (value: string, placeholder: Placeholder) => void;

  addSecret(value: string | undefined, placeholder: Placeholder): void {
    if (!value || this.#secrets.has(value)) return;
    this.#secrets.set(value, placeholder);
    if (isDistinctive(value)) (this.#anywhere ??= new SecretIndex()).add(value, placeholder);
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
    return this.#anywhere ? this.#anywhere.replace(out) : out;
  }

  /** Every string inside a JSON-like value, redacted (keys included); the value is copied, never changed in place. */
  deep<T>(value: T): T {
    return deepMap(value, this.#text) as T;
  }

  /** Cookie and Set-Cookie values are always placeholders, known secret or not; other headers are scrubbed. */
  headers(headers: Iterable<[string, string]>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of headers) {
      const lower = name.toLowerCase();
      if (lower === 'cookie') out[lower] = value.replace(COOKIE_VALUES, `=${COOKIE_PLACEHOLDER}`);
      else if (lower === 'set-cookie') out[lower] = value.split('\n').map((line) => line.replace(SET_COOKIE_VALUE, `$1=${COOKIE_PLACEHOLDER}`)).join('\n');
      else if (lower === 'authorization') out[lower] = '<redacted>';
      else out[lower] = this.text(value);
    }
    return out;
  }
}

/** Every `=value` of a Cookie header; the `NAME=value` at the start of a Set-Cookie line. */
const COOKIE_VALUES = /=([^;]*)/g;
const SET_COOKIE_VALUE = /^([^=;]*)=[^;]*/;

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
