// The run's console: every line passes the run's Redactor, then has its control characters escaped, so that neither
// a secret nor a terminal escape sequence a target sent can reach the terminal or a CI log.
import type { Redactor } from './redaction/redact.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Aborted when stdout is gone (EPIPE): nobody reads the run any more, so it stops as on SIGTERM. */
  outputClosed?: AbortSignal;
}

/** C0 and C1 control characters (but line feed and tab), DEL included, as visible \u escapes. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A line as the console may show it: redacted, then with its control characters escaped. */
export function guardText(line: string, redactor: Redactor): string {
  return escapeControls(redactor.text(line));
}

export function guardedIo(io: Io, redactor: Redactor): Io {
  return { ...io, out: (line) => io.out(guardText(line, redactor)), err: (line) => io.err(guardText(line, redactor)) };
}
