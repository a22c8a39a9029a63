// Settings of a run: flags > CS_* environment variables > cs-conformance.config.json > defaults.
// Passwords come only from an environment variable or a file, never from argv or the config file.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export interface Settings {
  target: string;
  basePath: string;
  username?: string;
  passwordEnv: string;
  passwordFile?: string;
  container?: string;
  allowDestructive: boolean;
  insecure: boolean;
  timeout: number;
  reportDir: string;
  suites: string[];
  strict: boolean;
  /** Seed of the generated bad input; printed in every run. */
  seed: number;
  /** How many generated requests the negative suite may send. */
  budget: number;
  /** Skip the one deliberate wrong-password login (NAS units block addresses after repeated failures). */
  noWrongPassword: boolean;
}

type Kind = 'string' | 'boolean' | 'integer' | 'list';
const FIELDS: Record<keyof Settings, { flag: string; env: string; kind: Kind }> = {
  target: { flag: 'target', env: 'CS_TARGET', kind: 'string' },
  basePath: { flag: 'base-path', env: 'CS_BASE_PATH', kind: 'string' },
  username: { flag: 'username', env: 'CS_USERNAME', kind: 'string' },
  passwordEnv: { flag: 'password-env', env: 'CS_PASSWORD_ENV', kind: 'string' },
  passwordFile: { flag: 'password-file', env: 'CS_PASSWORD_FILE', kind: 'string' },
  container: { flag: 'container', env: 'CS_CONTAINER', kind: 'string' },
  allowDestructive: { flag: 'allow-destructive', env: 'CS_ALLOW_DESTRUCTIVE', kind: 'boolean' },
  insecure: { flag: 'insecure', env: 'CS_INSECURE', kind: 'boolean' },
  timeout: { flag: 'timeout', env: 'CS_TIMEOUT', kind: 'integer' },
  reportDir: { flag: 'report-dir', env: 'CS_REPORT_DIR', kind: 'string' },
  suites: { flag: 'suite', env: 'CS_SUITE', kind: 'list' },
  strict: { flag: 'strict', env: 'CS_STRICT', kind: 'boolean' },
  seed: { flag: 'seed', env: 'CS_SEED', kind: 'integer' },
  budget: { flag: 'budget', env: 'CS_BUDGET', kind: 'integer' },
  noWrongPassword: { flag: 'no-wrong-password', env: 'CS_NO_WRONG_PASSWORD', kind: 'boolean' },
};

export const DEFAULTS: Omit<Settings, 'seed'> = {
  target: 'mock',
  basePath: '/container-station/api/v1',
  passwordEnv: 'CS_PASSWORD',
  allowDestructive: false,
  insecure: false,
  timeout: 10_000,
  reportDir: './reports',
  suites: [],
  strict: false,
  budget: 40,
  noWrongPassword: false,
};

export const CONFIG_FILE = 'cs-conformance.config.json';

export const HELP = `cs-conformance — conformance suite for the Networks API of QNAP Container Station

Usage:
  cs-conformance run [options]          run the suites (npm start -- [options])
  cs-conformance list                   print the suites and their checks
  cs-conformance mock [--port N]        serve the Prism mock of the spec for manual exploration
  cs-conformance diff <old> <new>       compare two runs (junit.xml or results.json); exit 1 on a regression

Options of run (flags > CS_* environment > ${CONFIG_FILE} > defaults):
  --target <mock|URL>       mock (default) or the NAS origin, e.g. https://nas.local:443      CS_TARGET
  --base-path <path>        default /container-station/api/v1 (older firmware: /containerstation/api/v1)
  --username <name>         log in as this user; absent: no login                              CS_USERNAME
  --password-env <VAR>      the environment variable holding the password (default CS_PASSWORD)
  --password-file <path>    read the password from this file instead
  --container <name>        an existing container the suite may connect/disconnect             CS_CONTAINER
  --allow-destructive       permit scenarios that can remove what the suite did not create (prune)
  --insecure                accept self-signed TLS certificates
  --timeout <ms>            per request, default 10000
  --report-dir <dir>        default ./reports
  --suite <name>            repeatable; run only these suites
  --strict                  SHOULD requirements fail the run instead of warning
  --seed <n>                seed of the generated bad input (default: random, printed)
  --budget <n>              generated requests of the negative suite (default 40)
  --no-wrong-password       skip the one deliberate wrong-password login attempt
  --config <file>           settings file (default ./${CONFIG_FILE} when present)

Exit codes: 0 conformant (skips allowed), 1 a conformance failure, 2 could not run.`;

function coerce(key: keyof Settings, kind: Kind, raw: unknown, source: string): unknown {
  if (kind === 'list') {
    if (Array.isArray(raw)) return raw.map(String);
    return String(raw).split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (kind === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const s = String(raw).toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(s)) return true;
    if (['0', 'false', 'no', 'off', ''].includes(s)) return false;
    throw new UsageError(`${source}: ${key} must be true or false, got "${String(raw)}"`);
  }
  if (kind === 'integer') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${source}: ${key} must be a whole number, got "${String(raw)}"`);
    return n;
  }
  if (typeof raw !== 'string') throw new UsageError(`${source}: ${key} must be a string`);
  return raw;
}

function readConfigFile(path: string, explicit: boolean): Partial<Settings> {
  if (!existsSync(path)) {
    if (explicit) throw new UsageError(`config file ${path} not found`);
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`config file ${path} is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`config file ${path} must hold a JSON object`);
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'password') throw new UsageError(`config file ${path}: a password is never read from the config file; use passwordEnv or passwordFile`);
    const field = FIELDS[key as keyof Settings];
    if (!field) throw new UsageError(`config file ${path}: unknown setting "${key}"`);
    (out as Record<string, unknown>)[key] = coerce(key as keyof Settings, field.kind, value, `config file ${path}`);
  }
  return out;
}

export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Settings {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = { config: { type: 'string' } };
  for (const f of Object.values(FIELDS)) options[f.flag] = { type: f.kind === 'boolean' ? 'boolean' : 'string', multiple: f.kind === 'list' };
  if (argv.includes('--password')) throw new UsageError('--password is not accepted (argv is visible to other users); use --password-env or --password-file');
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options, allowPositionals: false, strict: true }));
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const configPath = (values.config as string | undefined) ?? env.CS_CONFIG ?? CONFIG_FILE;
  const merged: Record<string, unknown> = { ...DEFAULTS, ...readConfigFile(configPath, values.config !== undefined || env.CS_CONFIG !== undefined) };
  for (const [key, f] of Object.entries(FIELDS)) {
    const raw = env[f.env];
    if (raw !== undefined && raw !== '') merged[key] = coerce(key as keyof Settings, f.kind, raw, `environment ${f.env}`);
  }
  for (const [key, f] of Object.entries(FIELDS)) {
    if (values[f.flag] !== undefined) merged[key] = coerce(key as keyof Settings, f.kind, values[f.flag], `--${f.flag}`);
  }
  if (merged.seed === undefined) merged.seed = Math.floor(Math.random() * 2 ** 31);
  const s = merged as unknown as Settings;
  validate(s);
  return s;
}

function validate(s: Settings): void {
  if (s.target !== 'mock') {
    let url: URL;
    try {
      url = new URL(s.target);
    } catch {
      throw new UsageError(`--target must be "mock" or a URL such as http://nas:8080, got "${s.target}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--target must be an http:// or https:// URL, got "${url.protocol}"`);
    if (url.username || url.password) throw new UsageError('--target must not carry credentials; use --username and --password-env');
    if (url.search || url.hash) throw new UsageError(`--target is the NAS origin (e.g. ${url.origin}), without a query or fragment`);
    // A URL with a path (as the reference targets print it) names the base path too.
    const path = url.pathname.replace(/\/+$/, '');
    if (path) {
      if (s.basePath !== DEFAULTS.basePath && s.basePath.replace(/\/+$/, '') !== path) {
        throw new UsageError(`--target names the base path ${path} but --base-path says ${s.basePath}; give one of them`);
      }
      s.basePath = path;
    }
    s.target = url.origin;
  }
  if (!s.basePath.startsWith('/')) throw new UsageError(`--base-path must start with "/", got "${s.basePath}"`);
  if (s.timeout < 100 || s.timeout > 600_000) throw new UsageError(`--timeout must be between 100 and 600000 ms, got ${s.timeout}`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s.passwordEnv)) throw new UsageError(`--password-env must name an environment variable, got "${s.passwordEnv}"`);
  if (s.budget > 10_000) throw new UsageError(`--budget must be at most 10000, got ${s.budget}`);
}

/** The password, from the file or the environment variable; undefined when there is none. */
export function readPassword(s: Settings, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (s.passwordFile) {
    try {
      return readFileSync(s.passwordFile, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new UsageError(`cannot read --password-file ${s.passwordFile} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return env[s.passwordEnv];
}

/** What goes into reports as "options in effect": no secrets, no password source contents. */
export function reportableOptions(s: Settings): Record<string, string | number | boolean | string[]> {
  const out: Record<string, string | number | boolean | string[]> = {};
  for (const [key, value] of Object.entries(s)) if (value !== undefined) out[key] = value as string | number | boolean | string[];
  return out;
}
