import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'session',
  title: 'Session security',
  checks: [
    { id: 'SESSION-001', level: 'MUST', operations: ['listNetworks'], requirement: 'A request without the session cookie MUST be refused (HTTP 401/403 or the error envelope) and carry no network data.' },
    { id: 'SESSION-002', level: 'MUST', operations: ['listNetworks'], needs: ['state'], requirement: 'A request with a forged session cookie value MUST be refused and carry no network data.' },
    { id: 'SESSION-003', level: 'MUST', operations: ['login', 'logout', 'listNetworks'], needs: ['login'], requirement: 'After PUT /logout answers {username}, the ended session MUST be refused.' },
    { id: 'SESSION-004', level: 'MUST', operations: ['loginRefresh'], needs: ['login'], requirement: 'GET /login_refresh MUST answer the logged-in user.' },
    { id: 'SESSION-005', level: 'MUST', operations: ['login'], needs: ['login', 'state'], requirement: 'A login with a wrong password MUST be refused and open no session (attempted once at most; --no-wrong-password skips it).' },
    { id: 'SESSION-006', level: 'MUST', operations: ['login', 'listNetworks', 'logout'], needs: ['login'], requirement: 'POST /login MUST open a session for the page\'s own curl -d (the JSON text under curl\'s default Content-Type application/x-www-form-urlencoded) and SHOULD for the form fields username=…&password=… (the body before 2.4, posted by the Go client go-containerstation) and for JSON with application/json (popster\'s qnap module); which encodings the target accepts is recorded.' },
  ],
} satisfies SuiteDef;
