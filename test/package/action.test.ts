// The GitHub Action: action.yml read and its steps run with bash (test/package/action.ts) from a fresh copy of the
// checkout, against the memory reference target, with GITHUB_STEP_SUMMARY and GITHUB_OUTPUT in temp files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { processes, tempDir } from '../runner/helpers.ts';
import { readAction, runAction, type ActionRun } from './action.ts';
import { copyCheckout, describeRan } from './helpers.ts';

const PASSWORD = 'action-test-password';

function describeAction(r: ActionRun): string {
  return r.steps.map((s) => (s.ran ? describeRan(s.name, s.ran) : `${s.name}: stood in for`)).join('\n') + `\n--- summary\n${r.summary}`;
}

describe('the GitHub Action (action.yml), its steps run with bash', () => {
  let actionPath: string;
  let target: Simulator;
  let faulty: Simulator;

  beforeAll(async () => {
    actionPath = tempDir('cs-action-');
    copyCheckout(actionPath);
    [target, faulty] = await Promise.all([startSimulator({ password: PASSWORD }), startSimulator({ password: PASSWORD, faults: ['duplicate-allowed'] })]);
  });
  afterAll(async () => {
    await Promise.all([target?.close(), faulty?.close()]);
  });

  /** Runs the Action from a fresh workspace; `passwordSeen` lists command lines that carried the password. */
  async function run(given: Record<string, string>, jobEnv: Record<string, string> = {}) {
    const workspace = tempDir('cs-action-workspace-');
    const installed = existsSync(join(actionPath, 'node_modules', '.package-lock.json'));
    const passwordSeen = new Set<string>();
    const watch = setInterval(() => {
      for (const p of processes()) if (p.cmdline.includes(PASSWORD)) passwordSeen.add(p.cmdline);
    }, 25);
    try {
      const r = await runAction({ actionPath, workspace, temp: tempDir('cs-action-temp-'), given, jobEnv, timeoutMs: 240_000 });
      const printed = r.steps.map((s) => (s.ran ? s.ran.stdout + s.ran.stderr : '')).join('');
      expect(printed, 'the password in the log').not.toContain(PASSWORD);
      expect(r.summary, 'the password in the summary').not.toContain(PASSWORD);
      expect([...passwordSeen], 'the password on a command line').toEqual([]);
      // The first run installs; later ones find the Action installed.
      const install = r.steps.find((s) => s.name === 'Install cs-conformance')?.ran;
      expect(install?.code, describeAction(r)).toBe(0);
      if (installed) expect(install?.stdout).toBe('');
      else expect(install?.stdout, describeAction(r)).toMatch(/added \d+ packages/);
      return { r, workspace, why: describeAction(r) };
    } finally {
      clearInterval(watch);
    }
  }

  it('declares the inputs and outputs of the issue, and pastes no expression into a script', () => {
    const action = readAction();
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['target', 'username', 'password', 'container', 'allow-destructive', 'strict', 'known-failures', 'report-dir']),
    );
    expect(Object.keys(action.outputs).sort()).toEqual(['report-dir', 'verdict']);
    for (const step of action.runs.steps) expect(step.run ?? '', `step ${step.name}`).not.toContain('${{');
  });

  it('installs the runtime dependencies, runs against the target and reports: conformant, summary and outputs written', async () => {
    const given = {
      target: target.url,
      username: target.username,
      password: PASSWORD,
      container: target.runningContainer,
      'allow-destructive': 'true',
      'report-dir': 'reports',
    };
    const { r, workspace, why } = await run(given);
    expect(r.code, why).toBe(0);
    expect(existsSync(join(actionPath, 'node_modules', 'typescript')), 'a devDependency was installed').toBe(false);
    const reports = join(workspace, 'reports');
    expect(r.outputs).toEqual({ verdict: 'conformant', 'report-dir': reports });
    expect(existsSync(join(reports, 'junit.xml'))).toBe(true);
    expect(r.summary).toBe(readFileSync(join(reports, 'summary.md'), 'utf8'));
    expect(r.summary).toMatch(/^## ✅ cs-conformance: conformant/);
  });

  it('a failing target: exit 1, verdict not-conformant, the failed check in the summary', async () => {
    const given = { target: faulty.url, username: faulty.username, password: PASSWORD };
    const { r, why } = await run(given, { CS_SUITE: 'duplicate' });
    expect(r.code, why).toBe(1);
    expect(r.outputs.verdict).toBe('not-conformant');
    expect(r.summary).toMatch(/^## ❌ cs-conformance: NOT conformant/);
    expect(r.summary).toContain('NET-DUP-001');
  });

  it('a refused login: exit 2, verdict could-not-run, the reason in the summary', async () => {
    const { r, why } = await run({ target: target.url, username: target.username, password: `${PASSWORD}-wrong` });
    expect(r.code, why).toBe(2);
    expect(r.outputs.verdict).toBe('could-not-run');
    expect(r.summary).toMatch(/^## cs-conformance could not run\n\ncs-conformance: login refused for user admin/);
    expect(r.steps.at(-1)?.ran?.stdout, 'the error annotation').toMatch(/^::error title=cs-conformance could not run::cs-conformance: login refused/m);
  });

  it('a boolean input that is neither true nor false: exit 2, named in the summary, nothing run', async () => {
    const { r, workspace, why } = await run({ strict: 'yes' });
    expect(r.code, why).toBe(2);
    expect(r.outputs.verdict).toBe('could-not-run');
    expect(r.summary).toContain('cs-conformance: input strict must be true or false, got "yes"');
    expect(existsSync(join(workspace, 'cs-conformance-reports'))).toBe(false);
  });
});
