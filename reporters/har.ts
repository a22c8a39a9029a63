// exchanges.har: every exchange of a run as an HTTP Archive 1.2 log, so it opens in a browser's network panel or any
// HAR viewer. Exchanges are already redacted when recorded; each entry carries the check that sent it in `_check`
// (HAR allows custom fields that start with an underscore).

import { allChecks } from './facts.ts';
import type { Exchange, RunResult } from './model.ts';

interface NameValue {
  name: string;
  value: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** One HAR header per line: the transcript keeps several Set-Cookie lines in one value, joined by newlines. */
function nameValues(headers: Record<string, string>): NameValue[] {
  return Object.entries(headers).flatMap(([name, value]) => value.split('\n').map((line) => ({ name, value: line })));
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function queryString(url: string): NameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** Cookies as sent or set, by name and value only (the values are placeholders already). */
function requestCookies(headers: Record<string, string>): NameValue[] {
  const raw = headerOf(headers, 'cookie');
  if (!raw) return [];
  return raw.split(';').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? { name: pair.trim(), value: '' } : { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
  });
}

function responseCookies(headers: Record<string, string>): NameValue[] {
  const raw = headerOf(headers, 'set-cookie');
  if (!raw) return [];
  return raw.split(/\n|,(?=\s*[^;=,\s]+=)/).map((line) => {
    const first = line.split(';')[0];
    const eq = first.indexOf('=');
    return { name: first.slice(0, eq < 0 ? undefined : eq).trim(), value: eq < 0 ? '' : first.slice(eq + 1).trim() };
  });
}

const bytes = (s: string | undefined): number => (s === undefined ? 0 : Buffer.byteLength(s, 'utf8'));

function entry(x: Exchange, check: string | undefined, fallbackStart: string) {
  const time = Number.isFinite(x.durationMs) && x.durationMs > 0 ? x.durationMs : 0;
  const req = x.request;
  const requestType = headerOf(req.headers, 'content-type');
  const res = x.response;
  const responseType = res ? headerOf(res.headers, 'content-type') ?? '' : '';
  return {
    startedDateTime: x.startedAt ?? fallbackStart,
    time,
    request: {
      method: req.method,
      url: req.url,
      httpVersion: 'HTTP/1.1',
      cookies: requestCookies(req.headers),
      headers: nameValues(req.headers),
      queryString: queryString(req.url),
      ...(req.body !== undefined ? { postData: { mimeType: requestType ?? '', text: req.body } } : {}),
      headersSize: -1,
      bodySize: bytes(req.body),
    },
    response: {
      // No answer at all (timeout, reset, refused): HAR's convention is status 0, with the reason in _error.
      status: res?.status ?? 0,
      statusText: res ? STATUS_TEXT[res.status] ?? '' : '',
      httpVersion: res ? 'HTTP/1.1' : '',
      cookies: res ? responseCookies(res.headers) : [],
      headers: res ? nameValues(res.headers) : [],
      content: { size: bytes(res?.body), mimeType: responseType, ...(res?.body !== undefined ? { text: res.body } : {}) },
      redirectURL: res ? headerOf(res.headers, 'location') ?? '' : '',
      headersSize: -1,
      bodySize: res ? bytes(res.body) : -1,
      // Where Chromium's own HAR export puts the reason a request got no answer.
      ...(x.error ? { _error: x.error } : {}),
    },
    cache: {},
    // Only the whole exchange is measured; HAR wants the phases, so the wait carries it.
    timings: { send: 0, wait: time, receive: 0 },
    ...(check ? { _check: check } : {}),
    ...(x.operationId ? { _operationId: x.operationId } : {}),
    ...(x.error ? { _error: x.error } : {}),
  };
}

/** HAR 1.2 of the given exchanges, in the given order; `check` is the ID of the check that sent each one. */
export function renderHar(entries: { exchange: Exchange; check?: string }[], creator: { name: string; version: string }): string {
  const fallbackStart = new Date(0).toISOString();
  const har = {
    log: {
      version: '1.2',
      creator: { name: creator.name, version: creator.version },
      entries: entries.map((e) => entry(e.exchange, e.check, fallbackStart)),
    },
  };
  return `${JSON.stringify(har, null, 2)}\n`;
}

/** The HAR of a run: every exchange of every check, in report order. */
export function renderRunHar(run: RunResult): string {
  return renderHar(
    allChecks(run).flatMap((c) => c.transcript.map((exchange) => ({ exchange, check: c.id }))),
    run.tool,
  );
}
