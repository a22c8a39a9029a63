// The validating proxy's memory: every exchange it forwarded, matched to an operation of the spec and judged exactly
// as a run judges an answer (answer-check.ts), aggregated into the ProxyReport. It learns the session's secrets from
// the traffic itself — the password of a login, every cookie either side names, sid/token fields — before anything
// of an exchange is recorded.
import { VERSION } from '../../core/package.ts';
import type { Exchange } from '../../reporters/model.ts';
import { PROXY_FORMAT, type ProxyOperation, type ProxyReport, type ProxyViolation } from '../../reporters/proxy-report.ts';
import { formatExchange } from '../../reporters/transcript.ts';
import { judgeAnswer, RULE_TEXT, type JudgedAnswer } from '../../contract/answer-check.ts';
import { undocumentedFields } from '../../contract/drift.ts';
import { Redactor } from '../../core/redaction/redact.ts';
import { SpecMatcher } from '../../contract/spec-match.ts';
import { loadSpec, type SpecOperation } from '../../contract/spec.ts';

export interface ExchangeInput {
  method: string;
  /** Path and query as the client sent them. */
  path: string;
  /** Header pairs as the client sent them. */
  requestHeaders: [string, string][];
  requestBody?: string;
  /** The target's answer, its body decoded to text. */
  answer?: JudgedAnswer & { setCookies: string[]; entries(): Iterable<[string, string]> };
  /** Why there is no answer. */
  error?: string;
  durationMs: number;
}

/** What the console says about one exchange. */
export interface ExchangeOutcome {
  label: string;
  /** e.g. "ok", "VIOLATION body-schema at /0/Created", "undocumented endpoint". */
  note: string;
}

/** Bounds, so a long session cannot grow the report (or the proxy's memory) without limit. */
const KEEP_VIOLATIONS = 200;
const KEEP_HAR = 5000;
const KEEP_DISTINCT = 200;
const EXAMPLES_PER_OPERATION = 3;


interface Counted<T> {
  value: T;
  count: number;
}

function bump<T>(map: Map<string, Counted<T>>, key: string, make: () => T): Counted<T> | undefined {
  const have = map.get(key);
  if (have) {
    have.count++;
    return have;
  }
  if (map.size >= KEEP_DISTINCT) return undefined;
  const fresh = { value: make(), count: 1 };
  map.set(key, fresh);
  return fresh;
}

function parseBody(text: string | undefined, contentType: string): Record<string, unknown> | undefined {
  if (!text) return undefined;
  if (/x-www-form-urlencoded/i.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export class ProxyRecorder {
  readonly redactor = new Redactor();
  readonly matcher: SpecMatcher;
  readonly har: { exchange: Exchange; check?: string }[] = [];
  readonly #origin: string;
  readonly #startedAt = new Date();
  readonly #operations = new Map<string, ProxyOperation>();
  readonly #violations: ProxyViolation[] = [];
  #violationCount = 0;
  #warningCount = 0;
  #exchanges = 0;
  #counts = { documented: 0, undocumented: 0, outside: 0, transportErrors: 0 };
  readonly #warnings = new Map<string, Counted<{ operationId: string; message: string }>>();
  readonly #transportErrors = new Map<string, Counted<{ request: string; operationId?: string; error: string }>>();
  readonly #endpoints = new Map<string, Counted<{ method: string; path: string; statuses: Set<number>; transcript: string }>>();
  readonly #fields = new Map<string, Counted<{ operationId: string; status: number; field: string; pointer: string; example: string }>>();
  readonly #statuses = new Map<string, Counted<{ operationId: string; status: number; documentedBy?: string }>>();
  readonly #examples = new Map<string, { status: number; body: string }[]>();
  readonly #outside = new Map<string, Counted<{ method: string; path: string }>>();

  constructor(opts: { origin: string; basePath?: string }) {
    this.#origin = opts.origin.replace(/\/+$/, '');
    this.matcher = new SpecMatcher(opts.basePath);
    for (const op of loadSpec().operations.values()) {
      this.#operations.set(op.operationId, { operationId: op.operationId, method: op.method, path: op.path, exchanges: 0, violations: 0, warnings: 0, statuses: {} });
    }
  }

  get violations(): number {
    return this.#violationCount + this.#counts.transportErrors;
  }

  /** Secrets of this exchange, learned before any of it is recorded. */
  #learn(x: ExchangeInput): void {
    const contentType = x.requestHeaders.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
    // The body (JSON or a form) and the query: QTS's own login CGI takes its password as a query parameter.
    const q = x.path.indexOf('?');
    const query = q < 0 ? undefined : Object.fromEntries(new URLSearchParams(x.path.slice(q + 1)));
    this.redactor.learnFields(parseBody(x.requestBody, contentType));
    this.redactor.learnFields(query);
    // Cookies the client already holds (a session opened before the proxy started) are as secret as new ones.
    for (const [k, v] of x.requestHeaders) {
      if (k.toLowerCase() !== 'cookie') continue;
      for (const part of v.split(';')) this.#learnCookie(part);
    }
    if (!x.answer) return;
    for (const line of x.answer.setCookies) {
      this.#learnCookie(line.split(';', 1)[0]);
    }
    this.redactor.learnFields(parseBody(x.answer.text, x.answer.headers.get('content-type') ?? ''));
  }

  /** `NAME=value`: the value is a secret, and NAME=… is redacted wherever it is quoted (core/redaction/redact.ts). */
  #learnCookie(pair: string): void {
    const eq = pair.indexOf('=');
    if (eq > 0) this.redactor.addCookie(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }

  #exchange(x: ExchangeInput, operationId?: string): Exchange {
    const r = this.redactor;
    const exchange: Exchange = {
      operationId,
      // When the answer was complete, less the exchange's own duration: when the request started.
      startedAt: new Date(Date.now() - x.durationMs).toISOString(),
      request: { method: x.method, url: r.text(this.#origin + x.path), headers: r.headers(x.requestHeaders), body: x.requestBody ? r.text(x.requestBody) : undefined },
      durationMs: Math.round(x.durationMs * 10) / 10,
    };
    if (x.answer) exchange.response = { status: x.answer.status, headers: r.headers(x.answer.entries()), body: r.text(x.answer.text) };
    if (x.error) exchange.error = x.error;
    return exchange;
  }

  record(x: ExchangeInput): ExchangeOutcome {
    this.#learn(x);
    this.#exchanges++;
    const match = this.matcher.match(x.method, x.path);
    const op = match.kind === 'operation' ? match.operation : undefined;
    const exchange = this.#exchange(x, op?.operationId);
    const request = this.redactor.text(`${x.method} ${x.path}`);
    const keepHar = (check?: string) => {
      if (this.har.length < KEEP_HAR) this.har.push({ exchange, check });
    };
    const label = `${request} → ${x.answer ? x.answer.status : 'no answer'}`;

    if (match.kind === 'outside') {
      this.#counts.outside++;
      // The web UI's scripts and images: counted and archived, their bodies not (they are not this API's).
      if (exchange.response?.body) exchange.response.body = `(${Buffer.byteLength(x.answer?.text ?? '')} bytes, not recorded: outside the API)`;
      bump(this.#outside, request.split('?')[0], () => ({ method: x.method, path: this.redactor.text(x.path.split('?')[0]) }));
      keepHar();
      return { label, note: 'outside the API, not judged' };
    }
    if (!x.answer) {
      this.#counts.transportErrors++;
      if (op) this.#operations.get(op.operationId)!.exchanges++;
      bump(this.#transportErrors, `${request}\n${x.error}`, () => ({ request, operationId: op?.operationId, error: x.error ?? 'no answer' }));
      keepHar('transport');
      return { label, note: `TRANSPORT ERROR: ${x.error}` };
    }
    if (match.kind === 'undocumented') {
      this.#counts.undocumented++;
      const path = this.redactor.text(x.path.split('?')[0]);
      const seen = bump(this.#endpoints, `${x.method} ${path}`, () => ({ method: x.method, path, statuses: new Set<number>(), transcript: formatExchange(exchange, 1) }));
      seen?.value.statuses.add(x.answer.status);
      keepHar('undocumented-endpoint');
      return { label, note: 'undocumented endpoint' };
    }
    this.#counts.documented++;
    return this.#judge(op!, x.answer, exchange, request, label, keepHar);
  }

  #judge(op: SpecOperation, answer: JudgedAnswer, exchange: Exchange, request: string, label: string, keepHar: (check?: string) => void): ExchangeOutcome {
    const counts = this.#operations.get(op.operationId)!;
    counts.exchanges++;
    counts.statuses[answer.status] = (counts.statuses[answer.status] ?? 0) + 1;
    const declared = Object.keys(op.responses);
    const range = declared.find((k) => k.toUpperCase() === `${String(answer.status)[0]}XX`);
    // Which success code a 2XX answers is unremarkable; which errors occur (404, 409…) is what a spec should list.
    if (!declared.includes(String(answer.status)) && !(range && answer.status < 300)) {
      const documentedBy = range ?? (declared.includes('default') ? 'default' : undefined);
      bump(this.#statuses, `${op.operationId} ${answer.status}`, () => ({ operationId: op.operationId, status: answer.status, documentedBy }));
    }
    const verdict = judgeAnswer(op, answer);
    if (verdict.problem) {
      const p = verdict.problem;
      counts.violations++;
      this.#violationCount++;
      if (this.#violations.length < KEEP_VIOLATIONS) {
        this.#violations.push({
          operationId: op.operationId,
          endpoint: `${op.method} ${op.path}`,
          request,
          status: answer.status,
          rule: p.rule,
          requirement: RULE_TEXT[p.rule],
          specPointer: `#${p.specPointer}`,
          details: (p.violations.length ? p.violations : [{ pointer: '', expected: RULE_TEXT[p.rule], actual: p.message }]).map((v) => ({ ...v, actual: this.redactor.text(v.actual) })),
          message: this.redactor.text(`${op.operationId} (${op.method} ${op.path}): ${p.message}`),
          transcript: formatExchange(exchange, 1),
        });
      }
      keepHar(p.rule);
      const where = p.violations[0]?.pointer ? ` at ${p.violations[0].pointer}` : '';
      return { label: `${label} ${op.operationId}`, note: `VIOLATION ${p.rule}${where}` };
    }
    for (const w of verdict.warnings) {
      counts.warnings++;
      this.#warningCount++;
      bump(this.#warnings, `${op.operationId}\n${w.message}`, () => ({ operationId: op.operationId, message: w.message }));
    }
    if (verdict.schemaPointer) {
      for (const f of undocumentedFields(verdict.schemaPointer, verdict.body)) {
        bump(this.#fields, `${op.operationId} ${answer.status} ${f.field}`, () => ({
          operationId: op.operationId,
          status: answer.status,
          field: f.field,
          pointer: f.pointer,
          example: this.redactor.text(truncateJson(f.value)),
        }));
      }
    }
    this.#example(op.operationId, answer.status, exchange.response?.body ?? '');
    keepHar();
    return { label: `${label} ${op.operationId}`, note: verdict.warnings.length ? `warning: ${verdict.warnings[0].message}` : 'ok' };
  }

  #example(operationId: string, status: number, redactedBody: string): void {
    const list = this.#examples.get(operationId) ?? [];
    if (list.length >= EXAMPLES_PER_OPERATION) return;
    let body = redactedBody;
    try {
      body = JSON.stringify(JSON.parse(redactedBody), null, 2);
    } catch {
      // Judged JSON already; kept as it came should the redaction have touched its syntax.
    }
    if (body.length > 16_000 || list.some((e) => e.body === body)) return;
    list.push({ status, body });
    this.#examples.set(operationId, list);
  }

  report(): ProxyReport {
    const finished = new Date();
    const spec = loadSpec().doc.info;
    const ops = [...this.#operations.values()];
    const all = <T>(m: Map<string, Counted<T>>) => [...m.values()].map((c) => ({ ...c.value, count: c.count }));
    return {
      format: PROXY_FORMAT,
      tool: { name: 'cs-conformance', version: VERSION },
      spec: { title: spec.title, version: spec.version },
      target: { origin: this.#origin, basePaths: this.matcher.basePaths },
      startedAt: this.#startedAt.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - this.#startedAt.getTime(),
      verdict: this.violations ? 'not-conformant' : 'conformant',
      totals: {
        exchanges: this.#exchanges,
        ...this.#counts,
        violations: this.#violationCount,
        warnings: this.#warningCount,
        operationsExercised: ops.filter((o) => o.exchanges > 0).length,
        operations: ops.length,
      },
      operations: ops,
      violations: this.#violations,
      violationsNotKept: this.#violationCount - this.#violations.length,
      warnings: all(this.#warnings),
      transportErrors: all(this.#transportErrors),
      drift: {
        undocumentedEndpoints: all(this.#endpoints).map((e) => ({ ...e, statuses: [...e.statuses].sort() })),
        undocumentedFields: all(this.#fields),
        undeclaredStatuses: all(this.#statuses),
      },
      examples: [...this.#examples].flatMap(([operationId, list]) => list.map((e) => ({ operationId, ...e }))),
      outside: all(this.#outside),
    };
  }
}


function truncateJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
