// Running `cs-conformance proxy` the way a user does (a child process, stopped by a signal) and driving real clients
// through it: undici scripts and curl.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type Dispatcher } from 'undici';
import type { ProxyReport } from '../../reporters/proxy-report.ts';
import { describeRun, runCli, type CliResult } from '../runner/helpers.ts';

export const BASE = '/container-station/api/v1';

export interface RunningProxy {
  origin: string;
  reportDir: string;
  /** SIGTERM, then the exit and the three reports. */
  stop(): Promise<ProxyOutcome>;
}

export interface ProxyOutcome {
  cli: CliResult;
  report: ProxyReport;
  markdown: string;
  har: string;
  /** Everything the proxy wrote: console and files, for secret checks. */
  everything: string;
  why: string;
}

export async function startProxy(args: string[]): Promise<RunningProxy> {
  const reportDir = mkdtempSync(join(tmpdir(), 'csc-proxy-'));
  let kill: (() => void) | undefined;
  let listening: (origin: string) => void;
  const ready = new Promise<string>((resolve) => (listening = resolve));
  const done = runCli(['proxy', '--report-dir', reportDir, ...args], {
    killAfterMs: 120_000,
    onLine: (line, child) => {
      kill = () => child.kill('SIGTERM');
      const m = /^listening (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (m) listening(m[1]);
    },
  });
  const origin = await Promise.race([ready, done.then((r) => Promise.reject(new Error(`the proxy ended before listening: ${describeRun(r)}`)))]);
  return {
    origin,
    reportDir,
    stop: async () => {
      kill?.();
      const cli = await done;
      const why = describeRun(cli);
      const read = (f: string) => {
        try {
          return readFileSync(join(reportDir, f), 'utf8');
        } catch {
          throw new Error(`no ${f}: ${why}`);
        }
      };
      const json = read('proxy.json');
      const outcome = { cli, report: JSON.parse(json) as ProxyReport, markdown: read('proxy.md'), har: read('exchanges.har'), everything: '', why };
      outcome.everything = [cli.stdout, cli.stderr, json, outcome.markdown, outcome.har].join('\n');
      rmSync(reportDir, { recursive: true, force: true });
      return outcome;
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

/** An undici client script's one call, with the session cookie it holds. */
export async function call(origin: string, method: string, path: string, opts: { cookie?: string; body?: unknown } = {}): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await request(origin + path, { method: method as Dispatcher.HttpMethod, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), headersTimeout: 10_000, bodyTimeout: 10_000 });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** The name=value of the answer's first Set-Cookie. */
export function cookieOf(reply: Reply): string {
  const sc = reply.headers['set-cookie'];
  const first = Array.isArray(sc) ? sc[0] : sc;
  if (!first) throw new Error(`no Set-Cookie in the answer (HTTP ${reply.status}): ${reply.text}`);
  return first.split(';')[0];
}

/**
 * A whole session of an undici script, every operation of the spec once: login, refresh, system, list, create,
 * inspect (both paths), connect, disconnect, remove, prune, logout. Answers the session cookie it was given.
 */
export async function fullSession(origin: string, username: string, password: string, container: string, name: string): Promise<{ cookie: string; replies: Reply[] }> {
  const login = await call(origin, 'POST', `${BASE}/login`, { body: { username, password } });
  if (login.status !== 200) throw new Error(`login through the proxy: HTTP ${login.status} ${login.text}`);
  const cookie = cookieOf(login);
  const replies = [login];
  const go = async (method: string, path: string, body?: unknown) => {
    const r = await call(origin, method, BASE + path, { cookie, body });
    replies.push(r);
    return r;
  };
  await go('GET', '/login_refresh');
  await go('GET', '/system');
  await go('GET', '/networks');
  const created = await go('POST', '/networks', { name, check_duplicate: true });
  const id = (created.json() as { Id: string }).Id;
  await go('GET', `/networks/${id}`);
  await go('GET', `/networks/${id}/inspect`);
  await go('POST', `/networks/${id}/connect`, { container });
  await go('POST', `/networks/${id}/disconnect`, { container, force: false });
  await go('DELETE', `/networks/${id}`);
  await go('DELETE', '/networks/');
  await go('PUT', '/logout');
  return { cookie, replies };
}

/** curl, bounded; answers stdout. */
export function curl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('curl', ['-sS', '--max-time', '10', ...args], { timeout: 15_000 }, (err, stdout, stderr) => (err ? reject(new Error(`curl ${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout)));
  });
}
