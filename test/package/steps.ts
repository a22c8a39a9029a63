// Runs a list of GitHub steps as the runner does, for what our YAML uses: `run:` steps under bash (`shell: bash` is
// `bash --noprofile --norc -eo pipefail`, no shell in a workflow is `bash -e`), each with its own GITHUB_OUTPUT file,
// one GITHUB_STEP_SUMMARY for all, `${{ … }}` in `run`, `env`, `with` and `if`, a step's `if:` against the status of
// the job (later steps skipped after a failure unless they ask for always() or failure()). A `uses:` step is handed to
// the caller, who stands in for that action. Shared by the Action's harness (action.ts) and the workflows' (workflow.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { condition, interpolate, type Contexts } from './expressions.ts';
import { exec, userEnv, type Ran } from './helpers.ts';

export interface Step {
  name?: string;
  id?: string;
  if?: string | boolean;
  uses?: string;
  with?: Record<string, unknown>;
  shell?: string;
  env?: Record<string, unknown>;
  run?: string;
  'working-directory'?: string;
}

export interface StepResult {
  name: string;
  /** The bash process of a `run:` step, or of the stand-in when it ran one. */
  ran?: Ran;
  outputs: Record<string, string>;
  outcome: 'success' | 'failure' | 'skipped';
}

/** What a stand-in for a `uses:` step reports. */
export interface UsesResult {
  code: number | null;
  outputs?: Record<string, string>;
  ran?: Ran;
  /** Appended to the job summary (a composite action's own steps write theirs). */
  summary?: string;
}

export interface StepsRun {
  /** The exit code of the first step that failed, 0 when none did. */
  code: number | null;
  steps: StepResult[];
  /** What the steps appended to $GITHUB_STEP_SUMMARY. */
  summary: string;
  /** The `steps` context at the end: id → outputs, outcome. */
  stepsContext: Record<string, { outputs: Record<string, string>; outcome: string }>;
}

export interface StepsOptions {
  steps: Step[];
  /** Where the steps come from, for the errors that refuse them. */
  what: string;
  /** The step keys the file may use: anything else is refused rather than silently ignored. */
  keys: ReadonlySet<string>;
  /** A composite action must name its shell; a workflow's steps default to bash. */
  shellRequired: boolean;
  /** Every context but `steps`, which the run keeps. */
  contexts: Contexts;
  /** The job's environment (workflow and job `env:`, GITHUB_* variables of the caller's choosing). */
  env: Record<string, string>;
  workspace: string;
  /** A fresh directory for scripts, output files and the summary. */
  temp: string;
  timeoutMs: number;
  uses(step: Step, given: Record<string, string>, index: number): Promise<UsesResult>;
}

export function parseOutputFile(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const at = line.indexOf('=');
    if (at <= 0) throw new Error(`GITHUB_OUTPUT line is not name=value: ${JSON.stringify(line)}`);
    out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

function evaluateMap(map: Record<string, unknown> | undefined, contexts: Contexts): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(String(v), contexts)]));
}

export async function runSteps(opts: StepsOptions): Promise<StepsRun> {
  mkdirSync(opts.temp, { recursive: true });
  const summaryFile = join(opts.temp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const stepsContext: StepsRun['stepsContext'] = {};
  const contexts: Contexts = { ...opts.contexts, steps: stepsContext };
  const status = { failed: false };
  const result: StepsRun = { code: 0, steps: [], summary: '', stepsContext };
  for (const [i, step] of opts.steps.entries()) {
    const unknown = Object.keys(step).filter((k) => !opts.keys.has(k));
    if (unknown.length) throw new Error(`${opts.what}: step ${i} uses ${unknown.join(', ')}, which this harness does not run`);
    const name = step.name ?? step.uses ?? `step ${i}`;
    let done: StepResult;
    if (!condition(step.if, contexts, status)) {
      done = { name, outputs: {}, outcome: 'skipped' };
    } else if (step.uses) {
      const r = await opts.uses(step, evaluateMap(step.with, contexts), i);
      if (r.summary) writeFileSync(summaryFile, r.summary, { flag: 'a' });
      done = { name, ran: r.ran, outputs: r.outputs ?? {}, outcome: r.code === 0 ? 'success' : 'failure' };
      if (r.code !== 0 && !status.failed) result.code = r.code;
    } else {
      if (step.run === undefined) throw new Error(`${opts.what}: step ${i} is neither a uses: nor a run: step`);
      const shell = step.shell ?? (opts.shellRequired ? undefined : 'default');
      if (shell !== 'bash' && shell !== 'default') throw new Error(`${opts.what}: step ${i} runs with shell ${step.shell}, not bash`);
      const script = join(opts.temp, `step-${i}.sh`);
      const outputFile = join(opts.temp, `step-${i}.output`);
      writeFileSync(script, interpolate(step.run, contexts, status));
      writeFileSync(outputFile, '');
      const env = userEnv({
        ...opts.env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: opts.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...evaluateMap(step.env, contexts),
      });
      const flags = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail'] : ['-e'];
      const cwd = resolve(opts.workspace, step['working-directory'] ?? '.');
      const ran = await exec('bash', [...flags, script], { cwd, env, timeoutMs: opts.timeoutMs });
      done = { name, ran, outputs: parseOutputFile(outputFile), outcome: ran.code === 0 ? 'success' : 'failure' };
      if (ran.code !== 0 && !status.failed) result.code = ran.code;
    }
    if (done.outcome === 'failure') status.failed = true;
    if (step.id) stepsContext[step.id] = { outputs: done.outputs, outcome: done.outcome };
    result.steps.push(done);
  }
  result.summary = readFileSync(summaryFile, 'utf8');
  return result;
}
