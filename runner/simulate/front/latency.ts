// A target that answers like a NAS doing real engine work: every request waits `ms` before it is handled, each on its
// own timer, so concurrent requests are delayed side by side, never queued behind each other. startFront applies it,
// so `cs-conformance simulate` and the Docker target both take `--latency MS`.
import type { RequestListener } from 'node:http';

/** The largest latency a target accepts: a minute per answer is already far beyond any NAS's. */
export const MAX_LATENCY_MS = 60_000;

/** `listener`, each request handled `ms` later; 0 or undefined: `listener` itself. */
export function withLatency(listener: RequestListener, ms: number | undefined): RequestListener {
  if (!ms) return listener;
  return (req, res) => {
    // A request whose connection is gone by then (the client gave up, or the target closed) is never handled.
    setTimeout(() => {
      if (!req.socket.destroyed) listener(req, res);
    }, ms);
  };
}

/** The value of a `--latency MS` flag, or an error naming what is accepted. */
export function parseLatency(raw: string): number {
  const ms = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(ms <= MAX_LATENCY_MS)) throw new Error(`--latency takes a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, got "${raw}"`);
  return ms;
}
