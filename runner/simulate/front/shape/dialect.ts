// Dialects of the front: answers that differ from the simulator's own wherever the documentation page is silent —
// the success status (200 or 201, per operation), errors answered with HTTP 200 and the envelope, a charset in
// Content-Type, the order of the list. A conformant suite passes every combination, with warnings only about the
// rules it infers (the statuses). The front installs one hook per answer (shapeAnswer) and reorders its list (order);
// nothing else of the front knows about dialects.
import type { ServerResponse } from 'node:http';
import { isJson, reshapeAnswer } from './held-answer.ts';
import type { OperationId } from '../../../../wire/api.ts';

/** The operations a success status may be set for (the spec's operationIds). */
export const DIALECT_OPERATIONS = [
  'login', 'loginRefresh', 'logout', 'getSystem', 'listNetworks', 'createNetwork', 'pruneNetworks', 'inspectNetwork',
  'inspectNetworkByInspectPath', 'removeNetwork', 'connectContainer', 'disconnectContainer',
] as const;
export type DialectOperation = (typeof DIALECT_OPERATIONS)[number];

export type SuccessStatus = 200 | 201;
export type ListOrder = 'engine' | 'reversed' | 'shuffled';

export interface Dialect {
  /** The status of every success (a number), or per operation (the others 200). */
  successStatus?: SuccessStatus | Partial<Record<DialectOperation, SuccessStatus>>;
  /** Every error envelope the front answers comes with HTTP 200 (but "no session", which keeps its 401). */
  errorsAs200?: boolean;
  /** Content-Type application/json; charset=utf-8. */
  charset?: boolean;
  /** The order GET /networks lists networks in: the engine's, reversed, or shuffled anew for each list. */
  listOrder?: ListOrder;
}

/** The operation each answer is for, once the front has routed its request. */
const routed = new WeakMap<ServerResponse, DialectOperation>();

/** Tells the hook which operation `res` answers, once the front has routed its request. */
export function answering(res: ServerResponse, operation: OperationId, dialect: Dialect): void {
  if (isDefault(dialect)) return;
  routed.set(res, operation as DialectOperation);
}

function successStatus(dialect: Dialect, op: DialectOperation | undefined): SuccessStatus {
  const s = dialect.successStatus;
  if (s === undefined || typeof s === 'number') return s ?? 200;
  return (op && s[op]) ?? 200;
}

const isDefault = (d: Dialect): boolean => !d.charset && !d.errorsAs200 && (d.successStatus ?? 200) === 200;

/**
 * Rewrites the status and Content-Type of the answer `res` is about to send, per the dialect: the front keeps writing
 * its own answers (writeHead, then end with the body), and the hook decides when it sees the body.
 */
export function shapeAnswer(res: ServerResponse, dialect: Dialect): void {
  if (isDefault(dialect)) return;
  reshapeAnswer(res, ({ status, headers, body }) => {
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
    const json = isJson(headers);
    let answered = status;
    const envelope = json && text.startsWith('{"error":{');
    if (status === 200 && !envelope) answered = successStatus(dialect, routed.get(res));
    // Every envelope but "no session" (its 401 is what clients renew a session on).
    else if (dialect.errorsAs200 && envelope && status !== 401) answered = 200;
    const shaped = json && dialect.charset ? { ...headers, 'content-type': 'application/json; charset=utf-8' } : headers;
    return { status: answered, headers: shaped, body };
  });
}

/** The list in the dialect's order. */
export function order<T>(list: T[], dialect: Dialect): T[] {
  if (dialect.listOrder === 'reversed') return [...list].reverse();
  if (dialect.listOrder !== 'shuffled') return list;
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A dialect from command-line values: --success-status 201 | createNetwork=201,…, --errors-as-200, --charset, --list-order. */
export function parseDialect(values: { successStatus?: string; errorsAs200?: boolean; charset?: boolean; listOrder?: string }): Dialect {
  const dialect: Dialect = {};
  const status = (text: string): SuccessStatus => {
    if (text !== '200' && text !== '201') throw new Error(`--success-status takes 200 or 201, got ${JSON.stringify(text)}`);
    return Number(text) as SuccessStatus;
  };
  if (values.successStatus !== undefined) {
    if (!values.successStatus.includes('=')) dialect.successStatus = status(values.successStatus);
    else {
      const per: Partial<Record<DialectOperation, SuccessStatus>> = {};
      for (const pair of values.successStatus.split(',')) {
        const [op, value] = pair.split('=');
        if (!(DIALECT_OPERATIONS as readonly string[]).includes(op)) throw new Error(`--success-status: unknown operation ${JSON.stringify(op)} (known: ${DIALECT_OPERATIONS.join(', ')})`);
        per[op as DialectOperation] = status(value ?? '');
      }
      dialect.successStatus = per;
    }
  }
  if (values.errorsAs200) dialect.errorsAs200 = true;
  if (values.charset) dialect.charset = true;
  if (values.listOrder !== undefined) {
    if (!['engine', 'reversed', 'shuffled'].includes(values.listOrder)) throw new Error(`--list-order takes engine, reversed or shuffled, got ${JSON.stringify(values.listOrder)}`);
    dialect.listOrder = values.listOrder as ListOrder;
  }
  return dialect;
}

/** The dialect's flags, for node:util parseArgs (../flags.ts gathers them for the simulator and the Docker target). */
export const DIALECT_FLAGS = {
  'success-status': { type: 'string' },
  'errors-as-200': { type: 'boolean' },
  charset: { type: 'boolean' },
  'list-order': { type: 'string' },
} as const;

export const DIALECT_USAGE = '[--success-status 201|OP=201,…] [--errors-as-200] [--charset] [--list-order engine|reversed|shuffled]';

/** The dialect the flags parsed by node:util set; throws a one-line error for a bad value. */
export function dialectFrom(values: { 'success-status'?: string; 'errors-as-200'?: boolean; charset?: boolean; 'list-order'?: string }): Dialect {
  return parseDialect({ successStatus: values['success-status'], errorsAs200: values['errors-as-200'], charset: values.charset, listOrder: values['list-order'] });
}
