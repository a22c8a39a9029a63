// exchanges.har: HAR 1.2 as viewers read it — one header per Set-Cookie line, the request's cookies and query, status
// 0 and _error for an exchange without an answer, _check naming the check (or broken rule).
import { describe, expect, it } from 'vitest';
import { renderHar } from '../../reporters/har.ts';
import type { Exchange } from '../../reporters/model.ts';

const answered: Exchange = {
  operationId: 'login',
  request: { method: 'POST', url: 'http://nas:8080/container-station/api/v1/login?lang=en', headers: { 'content-type': 'application/json', cookie: 'a=<session-cookie>; b=<session-cookie>' }, body: '{"username":"admin","password":"<password>"}' },
  response: { status: 200, headers: { 'content-type': 'application/json', 'set-cookie': 'CS_SESS_ID=<session-cookie>; Path=/\nNAS_SID=<session-cookie>; HttpOnly' }, body: '{"username":"admin"}' },
  durationMs: 12.5,
};
const unanswered: Exchange = { request: { method: 'GET', url: 'http://nas:8080/container-station/api/v1/networks', headers: {} }, error: 'no complete answer within 800 ms', durationMs: 800 };

describe('renderHar', () => {
  const har = JSON.parse(renderHar([{ exchange: answered, check: 'SESSION-001' }, { exchange: unanswered }], { name: 'cs-conformance', version: '0.1.0' })) as {
    log: { version: string; creator: { name: string }; entries: Record<string, any>[] };
  };

  it('is HAR 1.2 with one entry per exchange, in order', () => {
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('cs-conformance');
    expect(har.log.entries.map((e) => e.request.method)).toEqual(['POST', 'GET']);
    expect(new Date(har.log.entries[0].startedDateTime).toString()).not.toBe('Invalid Date');
  });

  it('keeps the request and the answer, one header per Set-Cookie line, and the check in _check', () => {
    const [e] = har.log.entries;
    expect(e._check).toBe('SESSION-001');
    expect(e._operationId).toBe('login');
    expect(e.time).toBe(12.5);
    expect(e.request.queryString).toEqual([{ name: 'lang', value: 'en' }]);
    expect(e.request.cookies).toEqual([{ name: 'a', value: '<session-cookie>' }, { name: 'b', value: '<session-cookie>' }]);
    expect(e.request.postData).toEqual({ mimeType: 'application/json', text: answered.request.body });
    expect(e.response.status).toBe(200);
    expect(e.response.headers.filter((h: { name: string }) => h.name === 'set-cookie')).toHaveLength(2);
    expect(e.response.cookies.map((c: { name: string }) => c.name)).toEqual(['CS_SESS_ID', 'NAS_SID']);
    expect(e.response.content).toEqual({ size: 20, mimeType: 'application/json', text: '{"username":"admin"}' });
  });

  it('marks an exchange without an answer as status 0 with the reason', () => {
    const e = har.log.entries[1];
    expect(e.response.status).toBe(0);
    expect(e.response._error).toBe('no complete answer within 800 ms');
    expect(e._check).toBeUndefined();
  });
});
