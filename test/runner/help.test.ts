// The settings table is the one source of `run --help`, the README's option table and the settings parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandHelp, topHelp, wantsHelp } from '../../runner/cli/help.ts';
import { DEFAULT_SEED, FIELDS, optionsMarkdown, parseRunArgs, runOptionsHelp } from '../../runner/run/settings.ts';
import { ROOT } from './helpers.ts';

describe('help and the settings table', () => {
  it("the README's option table is the one generated from the settings table", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- options:[^\n]*-->\n([\s\S]*?)\n<!-- \/options -->/.exec(readme);
    expect(m, 'the options markers in README.md').not.toBeNull();
    expect(m![1], 'README.md is stale: paste optionsMarkdown() from runner/run/settings.ts').toBe(optionsMarkdown());
  });

  it('every command of the table has its own help; unknown ones have none', () => {
    for (const c of COMMANDS.filter((x) => !x.ownHelp)) expect(commandHelp(c.name)).toContain(`cs-conformance ${c.name}`);
    // The commands that print their own help are still listed, and answered by their own module.
    for (const c of COMMANDS.filter((x) => x.ownHelp)) expect(commandHelp(c.name)).toBeUndefined();
    expect(commandHelp('nope')).toBeUndefined();
    for (const c of COMMANDS) expect(topHelp()).toContain(`cs-conformance ${c.name}`);
    expect(wantsHelp(['--suite', 'x', '-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });

  it('every option is parsed from its flag and its CS_* variable', () => {
    for (const [key, f] of Object.entries(FIELDS)) {
      const value = f.kind === 'boolean' ? 'true' : f.range ? String(f.range.max) : ['integer', 'number', 'seed'].includes(f.kind) ? '500' : key === 'target' ? 'http://127.0.0.1:9' : key === 'basePath' ? '/x' : key === 'passwordEnv' ? 'MY_PW' : 'NET-LIST-001';
      const fromEnv = parseRunArgs([], { [f.env]: value, CS_CONFIG: undefined });
      const fromFlag = parseRunArgs(f.kind === 'boolean' ? [`--${f.flag}`] : [`--${f.flag}`, value], {});
      expect(fromEnv[key as keyof typeof fromEnv], f.env).toEqual(fromFlag[key as keyof typeof fromFlag]);
    }
  });

  it('--concurrency: 4 by default, 1 to 64; --rate-limit: unlimited by default, any positive number', () => {
    const defaults = parseRunArgs([], {});
    expect(defaults.concurrency).toBe(4);
    expect(defaults.rateLimit).toBeUndefined();
    expect(parseRunArgs(['--concurrency', '1', '--rate-limit', '0.5'], {})).toMatchObject({ concurrency: 1, rateLimit: 0.5 });
    expect(parseRunArgs([], { CS_CONCURRENCY: '64', CS_RATE_LIMIT: '20' })).toMatchObject({ concurrency: 64, rateLimit: 20 });
    for (const bad of ['0', '65', '2.5', 'many', '']) {
      expect(() => parseRunArgs(['--concurrency', bad], {}), bad).toThrow(`--concurrency: concurrency must be a whole number from 1 to 64, got "${bad}"`);
    }
    expect(() => parseRunArgs([], { CS_CONCURRENCY: '0' })).toThrow('environment CS_CONCURRENCY: concurrency must be a whole number from 1 to 64, got "0"');
    for (const bad of ['0', '-3', 'fast', 'Infinity']) {
      expect(() => parseRunArgs([`--rate-limit=${bad}`], {}), bad).toThrow(`--rate-limit: rateLimit must be a positive number, got "${bad}"`);
    }
    const help = runOptionsHelp();
    expect(help).toMatch(/--concurrency <n> +.*64 = every check at once \[CS_CONCURRENCY, default 4\]/);
    expect(help).toMatch(/--rate-limit <per-second> +.*\[CS_RATE_LIMIT, default unlimited\]/);
  });

  it('the seed is fixed by default; `random` draws one', () => {
    expect(parseRunArgs([], {}).seed).toBe(DEFAULT_SEED);
    const drawn = new Set(Array.from({ length: 5 }, () => parseRunArgs(['--seed', 'random'], {}).seed));
    expect(drawn.size).toBeGreaterThan(1);
    expect(() => parseRunArgs(['--seed', 'abc'], {})).toThrow(/seed/);
  });
});
