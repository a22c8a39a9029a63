// Secrets (the password, session cookie values) are replaced by placeholders before anything is recorded, so no
// transcript, report, log line or curl reproduction can carry them.

export const PASSWORD_PLACEHOLDER = '<password>';
export const COOKIE_PLACEHOLDER = '<session-cookie>';

export class Redactor {
  #secrets = new Map<string, string>();
  /** Every secret as is, then URL-encoded and JSON-escaped, with its placeholder: computed once, not per text. */
  #needles: [string, string][] = [];

  addSecret(value: string | undefined, placeholder: string): void {
    // Very short values would redact innocent text (and are not worth protecting as substrings).
    if (!value || value.length < 4) return;
    this.#secrets.set(value, placeholder);
    const plain = [...this.#secrets];
    const encoded = plain.flatMap(([secret, ph]) => [encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)].filter((f) => f !== secret).map((f): [string, string] => [f, ph]));
    this.#needles = [...plain, ...encoded];
  }

  text(input: string): string {
    let out = input;
    for (const [needle, placeholder] of this.#needles) if (out.includes(needle)) out = out.replaceAll(needle, placeholder);
    return out;
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
