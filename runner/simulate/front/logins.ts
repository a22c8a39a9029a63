// Logins and sessions at the front: POST /login in the encodings this firmware reads, the session a request carries
// (or the one the session faults hand anyone), GET /login_refresh and PUT /logout. What a session is, how long it
// lasts and how its cookie is named are the session store's (sessions.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accepted } from './answers.ts';
import type { FrontContext } from './context.ts';
import { readText, sendEnvelope, sendJson } from './http.ts';
import type { Session } from './sessions.ts';

/** The session the request carries; the session faults let anyone in. */
export function sessionOf(ctx: FrontContext, req: IncomingMessage): Session | undefined {
  const known = ctx.sessions.session(req);
  if (known) return known;
  if (ctx.faults.has('session-no-auth')) return ctx.sessions.anyone();
  if (ctx.faults.has('session-forged') && ctx.sessions.hasCookie(req)) return ctx.sessions.anyone();
  return undefined;
}

/**
 * A login in the encodings this firmware reads (sessions.ts; by default the three clients use: JSON; the page's
 * curl -d, which sends the JSON text under the form Content-Type; and form fields username=…&password=…, as before
 * 2.4). Every refusal counts towards the address's lockout, when one is set.
 */
export async function login(ctx: FrontContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const address = req.socket.remoteAddress ?? '';
  const read = await readText(req);
  if (ctx.sessions.lockedOut(address)) return sendEnvelope(res, 403, 403, 'this address is locked out after too many failed logins');
  const refuse = (answer: () => void) => {
    ctx.sessions.failed(address);
    answer();
  };
  if (!read.ok) return refuse(() => accepted(ctx, res, read));
  const parsed = ctx.sessions.readLogin(req.headers['content-type'], read.text);
  if (!parsed.ok) return refuse(() => accepted(ctx, res, parsed));
  const body = parsed.value;
  // Refused logins answer HTTP 400 with code 400, the v1 backend's usual failure code. 401 stays reserved for
  // "no valid session", which clients answer by logging in again, and 403 means "2-step verification: use sid".
  if (body.sid !== undefined && body.username === undefined) {
    return refuse(() => sendEnvelope(res, 400, 400, 'login with a QTS sid is not supported by this simulator'));
  }
  const opened = ctx.sessions.login(body);
  if (!opened) return refuse(() => sendEnvelope(res, 400, 400, 'invalid username or password'));
  const { session, setCookie } = opened;
  sendJson(res, 200, { anonymous: false, isAdmin: true, logintime: session.logintime, username: session.username }, { 'set-cookie': setCookie });
}

export function loginRefresh(ctx: FrontContext, res: ServerResponse, session: Session): void {
  if (ctx.faults.has('login-refresh-anonymous')) return sendJson(res, 200, { anonymous: true, isAdmin: false, logintime: session.logintime, username: 'nobody' });
  sendJson(res, 200, { anonymous: false, isAdmin: true, logintime: session.logintime, username: session.username });
}

export function logout(ctx: FrontContext, req: IncomingMessage, res: ServerResponse, session: Session): void {
  if (!ctx.faults.has('session-logout-noop')) ctx.sessions.logout(req);
  sendJson(res, 200, { username: session.username });
}
