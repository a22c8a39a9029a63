// A request cs-conformance itself called off: the check that made it ran past its deadline, or the run was stopped.
// The transport refuses to send a request whose signal is aborted, and abandons one in flight when it aborts
// (transport.ts), with this error — never a TransportError: the target did not fail and did not hang, so nothing
// reads it as the target's failure (suites/harness/verdict.ts, the negative suite's properties).

export class CutShortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CutShortError';
  }
}

/** The CutShortError an aborted signal stands for: its own reason when it is one, otherwise one that names it. */
export function cutShortBy(signal: AbortSignal): CutShortError {
  const reason: unknown = signal.reason;
  if (reason instanceof CutShortError) return reason;
  return new CutShortError(`called off: ${reason instanceof Error ? reason.message : String(reason ?? 'aborted')}`);
}
