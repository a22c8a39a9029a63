// Two clients of the API written the way the public ones are, to show a client author's session runs against the
// simulator as against a NAS. JsonClient is the TypeScript MCP server's client (S6, container-station-api-notes.md
// §1): global fetch, a tough-cookie jar fed from each answer's Set-Cookie, a JSON login with Content-Type
// application/json, one new login and a resend on HTTP 401. FormClient is the Go client's (S3): a cookie jar on the
// HTTP client, a form-field login (username=…&password=…, as before 2.4) under the old base path
// /containerstation/api/v1, and any `error` key in a body taken as a failure whatever the status ("containerstation
// only returns 200 regardless").
import { CookieJar } from 'tough-cookie';

export interface SessionLog {
  /** What each step answered: `<step> <status>`. */
  steps: string[];
}

/** The network operations both clients run, in the order a client author's test would. */
export async function networkSession(c: { call(method: string, path: string, body?: unknown): Promise<unknown> }, name: string, container: string): Promise<void> {
  const listed = (await c.call('GET', '/networks')) as { Name: string }[];
  if (!listed.some((n) => n.Name === 'bridge')) throw new Error('no bridge network in the list');
  const created = (await c.call('POST', '/networks', { name, check_duplicate: true })) as { Id: string };
  const inspected = (await c.call('GET', `/networks/${encodeURIComponent(name)}/inspect`)) as { Id: string };
  if (inspected.Id !== created.Id) throw new Error(`inspect answered ${inspected.Id}, the create ${created.Id}`);
  await c.call('POST', `/networks/${created.Id}/connect`, { container });
  await c.call('POST', `/networks/${created.Id}/disconnect`, { container, force: false });
  await c.call('DELETE', `/networks/${created.Id}`);
}

export class JsonClient {
  readonly log: SessionLog = { steps: [] };
  readonly #base: string;
  readonly #username: string;
  readonly #password: string;
  #jar = new CookieJar();
  #loggedIn = false;

  /** @param origin the NAS, e.g. http://127.0.0.1:8080 (the client adds /container-station/api/v1, as S6 does) */
  constructor(origin: string, username: string, password: string) {
    this.#base = `${origin.replace(/\/$/, '')}/container-station/api/v1`;
    this.#username = username;
    this.#password = password;
  }

  async #fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const url = this.#base + path;
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) };
    const cookie = await this.#jar.getCookieString(url);
    if (cookie) headers.Cookie = cookie;
    const res = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(10_000) });
    for (const setCookie of res.headers.getSetCookie()) await this.#jar.setCookie(setCookie, url);
    this.log.steps.push(`${init.method ?? 'GET'} ${path} ${res.status}`);
    return res;
  }

  async login(): Promise<void> {
    const res = await this.#fetch('/login', { method: 'POST', body: JSON.stringify({ username: this.#username, password: this.#password }) });
    if (!res.ok) throw new Error(`Login failed (${res.status}): ${await res.text()}`);
    this.#loggedIn = true;
  }

  async logout(): Promise<void> {
    await this.#fetch('/logout', { method: 'PUT' });
    this.#loggedIn = false;
    this.#jar = new CookieJar();
  }

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    if (!this.#loggedIn) await this.login();
    const init: RequestInit = { method, body: body === undefined ? undefined : JSON.stringify(body) };
    let res = await this.#fetch(path, init);
    if (res.status === 401) {
      this.#loggedIn = false;
      await this.login();
      res = await this.#fetch(path, init);
    }
    if (!res.ok) throw new Error(`Request failed (${res.status}): ${await res.text()}`);
    return res.json();
  }
}

export class FormClient {
  readonly log: SessionLog = { steps: [] };
  readonly #base: string;
  readonly #jar = new CookieJar();

  /** @param base the NAS and the old base path, e.g. http://127.0.0.1:8080/containerstation/api/v1 */
  constructor(base: string) {
    this.#base = base.replace(/\/$/, '');
  }

  async #do(method: string, path: string, body?: string, type?: string): Promise<unknown> {
    const url = this.#base + path;
    const headers: Record<string, string> = {};
    if (type) headers['Content-Type'] = type;
    const cookie = await this.#jar.getCookieString(url);
    if (cookie) headers.Cookie = cookie;
    const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(10_000) });
    for (const setCookie of res.headers.getSetCookie()) await this.#jar.setCookie(setCookie, url);
    this.log.steps.push(`${method} ${path} ${res.status}`);
    const decoded = (await res.json()) as unknown;
    // checkCSError: an error envelope is a failure on any status.
    if (typeof decoded === 'object' && decoded !== null && 'error' in decoded) throw new Error(`containerstation: ${JSON.stringify((decoded as { error: unknown }).error)}`);
    if (res.status !== 200) throw new Error(`containerstation: Unexpected http status code (${res.status})`);
    return decoded;
  }

  async login(username: string, password: string): Promise<{ username: string }> {
    const form = new URLSearchParams({ username, password });
    return (await this.#do('POST', '/login', form.toString(), 'application/x-www-form-urlencoded')) as { username: string };
  }

  loginRefresh(): Promise<unknown> {
    return this.#do('GET', '/login_refresh');
  }

  logout(): Promise<unknown> {
    return this.#do('PUT', '/logout');
  }

  call(method: string, path: string, body?: unknown): Promise<unknown> {
    return this.#do(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? undefined : 'application/json');
  }
}
