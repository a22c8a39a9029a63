// exchanges.har: recorded exchanges as an HTTP Archive 1.2 (http://www.softwareishard.com/blog/har-12-spec/), for a
// browser's network panel or any HAR viewer. The exchanges are already redacted; this only reshapes them. The check
// that saw an exchange (or the rule it broke) is kept in the `_check` custom field HAR allows on an entry.

import type { Exchange } from './model.ts';

interface HarPair {
  name: string;
  value: string;
}

function headerPairs(headers: Record<string, string>): HarPair[] {
  // Set-Cookie lines are recorded one per line: HAR wants one header each.
  return Object.entries(headers).flatMap(([name, value]) => (name === 'set-cookie' ? value.split('\n') : [value]).map((v) => ({ name, value: v })));
}

function requestCookies(headers: Record<string, string>): HarPair[] {
  const line = headers.cookie;
  if (!line) return [];
  return line.split(';').flatMap((part) => {
    const eq = part.indexOf('=');
    return eq > 0 ? [{ name: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() }] : [];
  });
}

function responseCookies(headers: Record<string, string>): HarPair[] {
  const lines = headers['set-cookie'];
  if (!lines) return [];
  return lines.split('\n').flatMap((line) => {
    const [pair] = line.split(';', 1);
    const eq = pair.indexOf('=');
    return eq > 0 ? [{ name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() }] : [];
  });
}

function queryString(url: string): HarPair[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

const bytes = (s: string | undefined) => (s === undefined ? 0 : Buffer.byteLength(s, 'utf8'));

function entry(x: Exchange, check: string | undefined, startedDateTime: string): Record<string, unknown> {
  const req = x.request;
  const res = x.response;
  const requestMime = req.headers['content-type'] ?? '';
  const responseMime = res?.headers['content-type'] ?? '';
  const out: Record<string, unknown> = {
    startedDateTime,
    time: x.durationMs,
    request: {
      method: req.method,
      url: req.url,
      httpVersion: 'HTTP/1.1',
      cookies: requestCookies(req.headers),
      headers: headerPairs(req.headers),
      queryString: queryString(req.url),
      ...(req.body === undefined ? {} : { postData: { mimeType: requestMime, text: req.body } }),
      headersSize: -1,
      bodySize: bytes(req.body),
    },
    response: {
      // HAR's convention for a request that got no answer: status 0, the reason in _error.
      status: res?.status ?? 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: res ? responseCookies(res.headers) : [],
      headers: res ? headerPairs(res.headers) : [],
      content: { size: bytes(res?.body), mimeType: responseMime, ...(res?.body ? { text: res.body } : {}) },
      redirectURL: res?.headers.location ?? '',
      headersSize: -1,
      bodySize: res ? bytes(res.body) : -1,
      ...(x.error ? { _error: x.error } : {}),
    },
    cache: {},
    timings: { send: 0, wait: x.durationMs, receive: 0 },
  };
  if (x.operationId) out._operationId = x.operationId;
  if (check) out._check = check;
  return out;
}

/**
 * An HTTP Archive of `entries`, in order. Exchanges carry no wall-clock start, so every entry is stamped with the
 * time the archive was written; their order and durations are the recorded ones.
 */
export function renderHar(entries: { exchange: Exchange; check?: string }[], creator: { name: string; version: string }): string {
  const written = new Date().toISOString();
  const har = {
    log: {
      version: '1.2',
      creator: { name: creator.name, version: creator.version },
      pages: [],
      entries: entries.map((e) => entry(e.exchange, e.check, written)),
    },
  };
  return `${JSON.stringify(har, null, 2)}\n`;
}
