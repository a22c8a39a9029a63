// Secrets (the password, session cookie values) are replaced by placeholders before anything is recorded, so no
// transcript, report, log line or curl reproduction can carry them.

export const PASSWORD_PLACEHOLDER = '<password>';
export const COOKIE_PLACEHOLDER = '<session-cookie>';

export class Redactor {
  #secrets = new Map<string, string>();

  addSecret(value: string | undefined, placeholder: string): void {
    // Very short values would redact innocent text (and are not worth protecting as substrings).
    if (value && value.length >= 4) this.#secrets.set(value, placeholder);
  }

  text(input: string): string {
    let out = input;
    for (const [secret, placeholder] of this.#secrets) out = out.split(secret).join(placeholder);
    for (const [secret, placeholder] of this.#secrets) {
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) out = out.split(encoded).join(placeholder);
      const json = JSON.stringify(secret).slice(1, -1);
      if (json !== secret) out = out.split(json).join(placeholder);
    }
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
