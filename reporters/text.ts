// Text hygiene shared by every renderer: the target's responses are untrusted and may hold bytes that XML 1.0,
// HTML or a terminal cannot carry. They are made visible (\uXXXX) rather than dropped, so QA can still see them.

// C0 controls except TAB/LF/CR, DEL, C1 controls, lone surrogates and the U+FFFE/U+FFFF non-characters: invalid in
// XML 1.0 (C0, surrogates, FFFE/FFFF) or a parse error in HTML (DEL, C1).
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters no report format can carry by a visible `\uXXXX`. */
export function cleanText(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function firstLine(s: string | undefined): string {
  if (!s) return '';
  const line = s.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.trim();
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** A reason as a one-line title (JUnit's failure@message, a diff line): its first line, at most 200 characters. */
export const MAX_HEADLINE = 200;
export function headline(s: string | undefined): string {
  return truncate(firstLine(s), MAX_HEADLINE);
}

/** Seconds with millisecond precision, in the plain decimal form JUnit's SUREFIRE_TIME pattern accepts. */
export function seconds(ms: number): string {
  return (Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0).toFixed(3);
}

/** Human duration for HTML and Markdown. */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms - m * 60_000) / 1000)} s`;
}
