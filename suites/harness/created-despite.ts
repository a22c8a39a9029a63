// The network a create made although its answer broke the spec: a check's create (harness/scope.ts) and the negative
// suite's generated ones (negative/requests.ts) must still remove it, by the Id the answer carried.
import { ConformanceFailure } from '../../wire/api.ts';

/**
 * The network a create made although its answer broke the spec (a success status, a JSON body with an Id): its Id,
 * and the name the request sent. The Id is the create's own answer, the proof a removal needs (wire/ownership.ts).
 */
export function createdDespite(err: unknown): { id: string; name?: string } | undefined {
  const exchange = err instanceof ConformanceFailure ? err.exchange : undefined;
  const res = exchange?.response;
  if (!res || res.status < 200 || res.status >= 300) return undefined;
  const parse = (text: string | undefined): Record<string, unknown> | undefined => {
    try {
      const v: unknown = JSON.parse(text ?? '');
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const id = parse(res.body)?.Id;
  if (typeof id !== 'string' || !/^[0-9a-f]{12,64}$/.test(id)) return undefined;
  const name = parse(exchange?.request.body)?.name;
  return { id, ...(typeof name === 'string' ? { name } : {}) };
}
