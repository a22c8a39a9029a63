// CONTRIBUTING.md's worked example, followed as written: its two blocks applied to a fresh copy of the checkout where
// the text says (the check appended to its suite file, the fault's row just above the line the text names), then its
// steps run there — `npm run catalogue` changes exactly the third file it names and nothing else, the copy typechecks,
// and the tests it names pass with its fault picked. A guide whose example no longer applies fails here, not on the
// next contributor.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCheckout } from '../package/helpers.ts';
import { ROOT, tempDir } from '../runner/helpers.ts';

const HEADING = '## Adding a check: a worked example';

interface Step {
  /** The file the block goes into (the last `path.ts` the text before it names). */
  file: string;
  /** The line the block goes just above, when its paragraph names one ("just above `…`"); else appended. */
  above?: string;
  block: string;
}

/** The worked example's section and its ```ts blocks with where each goes. */
function workedExample(): { section: string; steps: Step[] } {
  const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const section = text.slice(text.indexOf(HEADING), text.indexOf('\n## ', text.indexOf(HEADING) + HEADING.length));
  const steps: Step[] = [];
  const block = /^( *)```ts\n([\s\S]*?)^\1```$/gm;
  let last = 0;
  for (let m = block.exec(section); m; m = block.exec(section)) {
    const paragraph = section.slice(last, m.index);
    last = m.index + m[0].length;
    const file = [...paragraph.matchAll(/`([\w/.-]+\.ts)`/g)].pop()?.[1];
    if (!file) throw new Error(`no file named before the block at ${m.index} of the worked example`);
    const above = /just above\s+`([^`]+)`/.exec(paragraph)?.[1];
    const indent = m[1].length;
    steps.push({ file, above, block: m[2].split('\n').map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join('\n') });
  }
  return { section, steps };
}

/** Every file under `dir` (node_modules and .git aside) with the hash of its content. */
function hashes(dir: string, sub = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, sub))) {
    if (!sub && (name === 'node_modules' || name === '.git')) continue;
    const path = join(dir, sub, name);
    if (statSync(path).isDirectory()) for (const [k, v] of hashes(dir, join(sub, name))) out.set(k, v);
    else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}) {
  const path = `${join(cwd, 'node_modules', '.bin')}:${process.env.PATH}`;
  const r = spawnSync(command, args, { cwd, env: { ...process.env, PATH: path, ...env }, encoding: 'utf8', timeout: 600_000 });
  // Without the colours vitest may print even to a pipe.
  const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { code: r.status, output, tail: output.split('\n').slice(-40).join('\n') };
}

describe("CONTRIBUTING.md's worked example, followed in a copy of the checkout", () => {
  it('applies, changes exactly the three files it names, typechecks, and its fault is caught by its check', { timeout: 900_000 }, () => {
    const { section, steps } = workedExample();
    expect(steps.map((s) => s.file)).toEqual(['suites/create.suite.ts', 'runner/simulate/faults.ts']);
    const fault = /Faults: ([\w-]+)/.exec(steps[0].block)?.[1];
    expect(fault, 'the check names its fault').toBeTruthy();
    expect(steps[1].block).toContain(`name: '${fault}'`);

    const copy = tempDir('cs-worked-example-');
    copyCheckout(copy);
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const before = hashes(copy);

    for (const step of steps) {
      const file = join(copy, step.file);
      if (!step.above) {
        appendFileSync(file, `\n${step.block}`);
        continue;
      }
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.findIndex((l) => l.trim() === step.above);
      expect(at, `${step.file} has the line "${step.above}"`).toBeGreaterThanOrEqual(0);
      lines.splice(at, 0, ...step.block.replace(/\n$/, '').split('\n'));
      writeFileSync(file, lines.join('\n'));
    }
    const catalogue = run(copy, 'npm', ['run', '--silent', 'catalogue']);
    expect(catalogue.code, catalogue.tail).toBe(0);

    const after = hashes(copy);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
    expect(changed).toEqual(['runner/simulate/faults.ts', 'suites/create.suite.ts', 'suites/requirements.md']);
    expect(section).toContain('Three files change, and only three');

    const typecheck = run(copy, 'npx', ['tsc', '--noEmit', '-p', '.']);
    expect(typecheck.code, typecheck.tail).toBe(0);
    const tests = run(copy, 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', 'test/simulate/fault-caught.test.ts', 'test/suites/catalogue.test.ts', 'test/simulate/front.test.ts', '--reporter', 'verbose'], { CS_FAULT: fault! });
    expect(tests.code, tests.tail).toBe(0);
    // The fault's own test ran (and passed): CS_FAULT picked it.
    expect(tests.output).toMatch(new RegExp(`✓ .*a seeded fault is caught by the checks that name it .*${fault}`));
  });
});
