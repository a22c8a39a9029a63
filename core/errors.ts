// Errors that end a run with exit code 2 ("could not run"): printed as one line, never with a stack trace.

export class CannotRunError extends Error {
  /** What the user can do about it, appended to the one-line message. */
  readonly hint: string;
  constructor(message: string, hint = '') {
    super(message);
    this.name = 'CannotRunError';
    this.hint = hint;
  }
  oneLine(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message;
  }
}

export class UsageError extends CannotRunError {
  constructor(message: string) {
    super(message, "see 'cs-conformance --help'");
    this.name = 'UsageError';
  }
}
