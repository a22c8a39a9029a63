// The signature of a departure: where it was seen, folded so that the same departure seen by many checks is one root
// cause (root-causes.ts). The judgement signs an answer's departures (contract/departure.ts); a check's own
// assertion is signed by the check and the operation of its exchange. The root cause's id is a hash of the signature:
// the same departure has the same id in every run.
import { createHash } from 'node:crypto';
import type { Signature } from '../model.ts';

/** One line: `createNetwork · body-schema · /Warning · HTTP 200`, or `<check ID> · connectContainer · check`. */
export function signatureText(s: Signature): string {
  return [s.check, s.operationId, s.rule, s.pointer, s.status === undefined ? undefined : `HTTP ${s.status}`].filter((p) => p !== undefined && p !== '').join(' · ');
}

/** The root cause a signature belongs to: `rc-` and 8 hex digits of its hash, the same in every run. */
export function rootCauseId(s: Signature): string {
  const key = JSON.stringify([s.check ?? '', s.operationId ?? '', s.rule, s.pointer ?? '', s.status ?? '']);
  return `rc-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}
