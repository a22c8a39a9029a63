// The README's section on `cs-conformance simulate` in step with what it shows: the page's curl session as the page
// prints it (page.ts reads the page), the lines --list-faults prints, and every switch of the command's help.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultLines, SIMULATE_HELP } from '../../runner/simulate/command.ts';
import { ROOT } from '../runner/helpers.ts';
import { pageSteps, PAGE_LOGIN } from './page.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Testing your client against a simulated NAS'), readme.indexOf('## Watching real clients'));

describe("the README's simulate section", () => {
  it("shows the page's curl session as printed, after the System page's login", () => {
    expect(section.length).toBeGreaterThan(1000);
    const session = [PAGE_LOGIN, ...new Set(pageSteps().map((s) => s.command))].join('\n');
    expect(section).toContain(session);
  });

  it('shows --list-faults lines as the command prints them', () => {
    const [first, second] = faultLines();
    expect(section).toContain(`${first}\n${second}\n`);
  });

  it('names every switch the command takes', () => {
    const flags = [...SIMULATE_HELP.matchAll(/^ {2}(--[a-z0-9-]+)/gm)].map((m) => m[1]);
    expect(flags.length).toBeGreaterThan(20);
    for (const flag of flags) expect(section, flag).toMatch(new RegExp(`${flag}(?![a-z0-9-])`));
  });
});
