// Settings of a run: flags > CS_* environment variables > cs-conformance.config.json > defaults.
// Passwords come only from an environment variable or a file, never from argv or the config file.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.ts';
import type { CheckSettings } from '../../suites/index.ts';

/** Every setting of `cs-conformance run`; those the checks read too are CheckSettings (handed to their worker). */
export interface Settings extends CheckSettings {
  target: string;
  basePath: string;
  username?: string;
  passwordEnv: string;
  passwordFile?: string;
  timeout: number;
  reportDir: string;
  suites: string[];
  /** Check IDs or globs (NET-CONN-*) to run; empty: every check of the selected suites. */
  checks: string[];
  /** Check IDs or globs to leave out. */
  skipChecks: string[];
  /** A YAML or JSON file listing accepted failures. */
  knownFailures?: string;
  /** A known-failures file to write or update from the run (its failures, for the target's firmware). */
  updateKnownFailures?: string;
  /** At most this many refused logins in a run (wire/login-budget.ts). */
  maxFailedLogins: number;
}

/** The negative suite's seed when none is given: a constant, so two runs against one target send the same requests. */
export const DEFAULT_SEED = 24301;

type Kind = 'string' | 'boolean' | 'integer' | 'number' | 'list' | 'seed';

/** One option of `run`: parsing, --help, the README's option table and reports all read this table. */
export interface Field {
  flag: string;
  env: string;
  kind: Kind;
  /** The value's placeholder in --help, e.g. `<ms>`. */
  arg?: string;
  help: string;
  /** Bounds of an integer option, checked where the value is read (flag, environment or config file). */
  range?: { min: number; max: number };
  /** The default shown in --help and the README when the setting is unset (otherwise "none"). */
  unset?: string;
}

export const FIELDS: Record<keyof Settings, Field> = {
  target: { flag: 'target', env: 'CS_TARGET', kind: 'string', arg: '<mock|URL>', help: 'mock, or the NAS origin (e.g. https://nas.local:443); a URL with a path sets the base path' },
  basePath: { flag: 'base-path', env: 'CS_BASE_PATH', kind: 'string', arg: '<path>', help: 'API base path (firmware before 2.4: /containerstation/api/v1)' },
  username: { flag: 'username', env: 'CS_USERNAME', kind: 'string', arg: '<name>', help: 'log in as this user; without it, no login' },
  passwordEnv: { flag: 'password-env', env: 'CS_PASSWORD_ENV', kind: 'string', arg: '<VAR>', help: 'the environment variable holding the password (never argv)' },
  passwordFile: { flag: 'password-file', env: 'CS_PASSWORD_FILE', kind: 'string', arg: '<path>', help: 'read the password from this file instead' },
  container: { flag: 'container', env: 'CS_CONTAINER', kind: 'string', arg: '<name>', help: 'an existing container the suite may connect to its own networks and disconnect' },
  allowDestructive: { flag: 'allow-destructive', env: 'CS_ALLOW_DESTRUCTIVE', kind: 'boolean', help: 'permit the prune checks; prune removes every unused network on the target, so each one is sent only when the list just before shows no unused network but the run\'s own (each other network inspected); otherwise they skip, naming up to 10 of those networks and how many there are' },
  insecure: { flag: 'insecure', env: 'CS_INSECURE', kind: 'boolean', help: 'accept self-signed TLS certificates' },
  timeout: { flag: 'timeout', env: 'CS_TIMEOUT', kind: 'integer', arg: '<ms>', help: 'per request; a target that hangs fails the check, never the run' },
  reportDir: { flag: 'report-dir', env: 'CS_REPORT_DIR', kind: 'string', arg: '<dir>', help: 'where the reports go (created, and proven writable, before the first request)' },
  suites: { flag: 'suite', env: 'CS_SUITE', kind: 'list', arg: '<name>', help: 'repeatable (or comma-separated): run only these suites' },
  checks: { flag: 'check', env: 'CS_CHECK', kind: 'list', arg: '<ID>', help: 'repeatable, globs allowed (NET-CONN-*): run only these checks' },
  skipChecks: { flag: 'skip-check', env: 'CS_SKIP_CHECK', kind: 'list', arg: '<ID>', help: 'repeatable, globs allowed: leave these checks out' },
  knownFailures: { flag: 'known-failures', env: 'CS_KNOWN_FAILURES', kind: 'string', arg: '<file>', help: 'YAML or JSON list of {id, reason, versions?}: accepted failures that do not fail the run' },
  updateKnownFailures: {
    flag: 'update-known-failures',
    env: 'CS_UPDATE_KNOWN_FAILURES',
    kind: 'string',
    arg: '<file>',
    help: 'write (or update) this known-failures file from the run: each failing or blocked check with its root cause as the reason, for the firmware GET /system reports; entries and reasons already there are kept, entries of checks that pass now are dropped',
  },
  strict: { flag: 'strict', env: 'CS_STRICT', kind: 'boolean', help: 'SHOULD departures and fixed known failures fail the run' },
  seed: { flag: 'seed', env: 'CS_SEED', kind: 'seed', arg: '<n|random>', help: 'seed of the generated bad input (negative suite); printed and recorded' },
  budget: { flag: 'budget', env: 'CS_BUDGET', kind: 'integer', arg: '<n>', help: 'generated requests of the negative suite' },
  maxFailedLogins: { flag: 'max-failed-logins', env: 'CS_MAX_FAILED_LOGINS', kind: 'integer', arg: '<n>', range: { min: 1, max: 100 }, help: 'at most this many refused logins per run, 1 to 100: the runner\'s login in each encoding it tries, session renewals, the wrong-password check and the login-encoding probes all count (a NAS locks an address out after a few: QTS IP Access Protection); a check that would need more skips, saying why' },
  noWrongPassword: { flag: 'no-wrong-password', env: 'CS_NO_WRONG_PASSWORD', kind: 'boolean', help: 'skip the one deliberate wrong-password login (NAS units block addresses)' },
  concurrency: { flag: 'concurrency', env: 'CS_CONCURRENCY', kind: 'integer', arg: '<n>', range: { min: 1, max: 64 }, help: 'checks at work at the same time, 1 to 64 (each one removes its networks beside the next); 1 keeps the catalogue order, one check and one request after another; 64 = every check at once' },
  rateLimit: { flag: 'rate-limit', env: 'CS_RATE_LIMIT', kind: 'number', arg: '<per-second>', unset: 'unlimited', help: 'at most this many requests per second to the target (e.g. 5, or 0.5), for fragile or rate-limiting NAS units' },
};

export const DEFAULTS: Omit<Settings, 'seed'> & { seed: number } = {
  target: 'mock',
  basePath: '/container-station/api/v1',
  passwordEnv: 'CS_PASSWORD',
  allowDestructive: false,
  insecure: false,
  timeout: 10_000,
  reportDir: './reports',
  suites: [],
  checks: [],
  skipChecks: [],
  strict: false,
  seed: DEFAULT_SEED,
  budget: 40,
  noWrongPassword: false,
  concurrency: 4,
  maxFailedLogins: 2,
};

export const CONFIG_FILE = 'cs-conformance.config.json';

/** Options of `run` that are not settings: where settings come from, and help. */
const EXTRA_OPTIONS: { flag: string; arg?: string; env?: string; help: string; default?: string }[] = [
  { flag: 'config', arg: '<file>', env: 'CS_CONFIG', help: 'settings file (JSON; never a password)', default: `./${CONFIG_FILE} when present` },
  { flag: 'help', help: 'print this help (also -h)' },
];

function defaultText(key: keyof Settings): string {
  const v = (DEFAULTS as Partial<Settings>)[key];
  if (key === 'seed') return `${DEFAULT_SEED} (fixed)`;
  if (v === undefined || (Array.isArray(v) && !v.length)) return key === 'suites' || key === 'checks' ? 'all' : (FIELDS[key].unset ?? 'none');
  return Array.isArray(v) ? v.join(',') : String(v);
}

/** Every option of `run` with its environment variable and default, as rows. */
export function optionRows(): { option: string; env: string; default: string; help: string }[] {
  const rows = (Object.entries(FIELDS) as [keyof Settings, Field][]).map(([key, f]) => ({
    option: `--${f.flag}${f.arg ? ` ${f.arg}` : ''}`,
    env: f.env,
    default: defaultText(key),
    help: f.help,
  }));
  for (const x of EXTRA_OPTIONS) rows.push({ option: `--${x.flag}${x.arg ? ` ${x.arg}` : ''}`, env: x.env ?? '', default: x.default ?? '', help: x.help });
  return rows;
}

/** The options part of `run --help`: each option, what it does, its CS_* variable and default. */
export function runOptionsHelp(): string {
  const rows = optionRows();
  const width = Math.max(...rows.map((r) => r.option.length)) + 2;
  const lines = rows.map((r) => {
    const facts = [r.env, r.default && `default ${r.default}`].filter(Boolean).join(', ');
    return `  ${r.option.padEnd(width)}${r.help}${facts ? ` [${facts}]` : ''}`;
  });
  return [`Options (flags > CS_* environment > ${CONFIG_FILE} > defaults):`, ...lines].join('\n');
}

/** The README's option table, generated from the same rows (a test keeps the README in step). */
export function optionsMarkdown(): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  return [
    '| option | environment | default | meaning |',
    '|---|---|---|---|',
    ...optionRows().map((r) => `| \`${cell(r.option)}\` | ${r.env ? `\`${r.env}\`` : ''} | ${cell(r.default)} | ${cell(r.help)} |`),
  ].join('\n');
}

function coerce(key: keyof Settings, { kind, range }: Field, raw: unknown, source: string): unknown {
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
  if (kind === 'seed') {
    // A fresh seed only when asked for: by default two runs send the same generated requests.
    if (String(raw).trim().toLowerCase() === 'random') return Math.floor(Math.random() * 2 ** 31);
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${source}: seed must be a whole number or "random", got "${String(raw)}"`);
    return n;
  }
  if (kind === 'integer') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (range && !(Number.isSafeInteger(n) && n >= range.min && n <= range.max)) {
      throw new UsageError(`${source}: ${key} must be a whole number from ${range.min} to ${range.max}, got "${String(raw)}"`);
    }
    if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${source}: ${key} must be a whole number, got "${String(raw)}"`);
    return n;
  }
  if (kind === 'number') {
    const text = String(raw).trim();
    const n = typeof raw === 'number' ? raw : text === '' ? NaN : Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${source}: ${key} must be a positive number, got "${String(raw)}"`);
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
    (out as Record<string, unknown>)[key] = coerce(key as keyof Settings, field, value, `config file ${path}`);
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
  const given: Partial<Settings> = readConfigFile(configPath, values.config !== undefined || env.CS_CONFIG !== undefined);
  for (const [key, f] of Object.entries(FIELDS)) {
    const raw = env[f.env];
    if (raw !== undefined && raw !== '') (given as Record<string, unknown>)[key] = coerce(key as keyof Settings, f, raw, `environment ${f.env}`);
  }
  for (const [key, f] of Object.entries(FIELDS)) {
    if (values[f.flag] !== undefined) (given as Record<string, unknown>)[key] = coerce(key as keyof Settings, f, values[f.flag], `--${f.flag}`);
  }
  const s: Settings = { ...DEFAULTS, ...given };
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
  if (s.seed >= 2 ** 31) throw new UsageError(`--seed must be below 2^31 (or "random"), got ${s.seed}`);
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
