// Runs the composite Action of action.yml as the GitHub runner does, for the parts the Action uses: `run:` steps under
// `bash --noprofile --norc -eo pipefail` (the runner's `shell: bash`), each step with its own GITHUB_OUTPUT file, one
// GITHUB_STEP_SUMMARY, the expressions `${{ inputs.NAME }}` and `${{ steps.ID.outputs.NAME }}`, later steps skipped
// after a failure. `uses: actions/setup-node` is stood in for by the Node on PATH, which must be the major it asks for.
// Anything else in action.yml is refused, so the file cannot grow a feature this harness silently ignores.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../runner/helpers.ts';
import { exec, userEnv, type Ran } from './helpers.ts';

export interface ActionStep {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

export interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface ActionRun {
  /** The exit code of the last step that ran. */
  code: number | null;
  steps: { name: string; ran?: Ran; outputs: Record<string, string> }[];
  outputs: Record<string, string>;
  /** What the steps appended to $GITHUB_STEP_SUMMARY. */
  summary: string;
}

export function readAction(): ActionYaml {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;
}

const STEP_KEYS = new Set(['name', 'id', 'uses', 'with', 'shell', 'env', 'run']);

function evaluate(text: string, inputs: Record<string, string>, steps: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) {
      if (!(m[1] in inputs)) throw new Error(`action.yml uses an undeclared input: ${expr}`);
      return inputs[m[1]];
    }
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return steps[m[1]]?.[m[2]] ?? '';
    throw new Error(`action.yml uses an expression this harness does not evaluate: ${expr}`);
  });
}

function parseOutputFile(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const at = line.indexOf('=');
    if (at <= 0) throw new Error(`GITHUB_OUTPUT line is not name=value: ${JSON.stringify(line)}`);
    out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

/**
 * @param given the `with:` of the workflow step; the others take their defaults
 * @param jobEnv the workflow's `env:` (e.g. CS_* settings the Action has no input for)
 */
export async function runAction(opts: {
  actionPath: string;
  workspace: string;
  temp: string;
  given: Record<string, string>;
  jobEnv?: Record<string, string>;
  timeoutMs: number;
}): Promise<ActionRun> {
  const action = readAction();
  if (action.runs.using !== 'composite') throw new Error(`runs.using is ${action.runs.using}, expected composite`);
  for (const name of Object.keys(opts.given)) if (!(name in action.inputs)) throw new Error(`the Action has no input ${name}`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, opts.given[name] ?? spec.default ?? '']));
  const summaryFile = join(opts.temp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const stepOutputs: Record<string, Record<string, string>> = {};
  const result: ActionRun = { code: 0, steps: [], outputs: {}, summary: '' };
  for (const [i, step] of action.runs.steps.entries()) {
    const unknown = Object.keys(step).filter((k) => !STEP_KEYS.has(k));
    if (unknown.length) throw new Error(`step ${i} uses ${unknown.join(', ')}, which this harness does not run`);
    const name = step.name ?? step.uses ?? `step ${i}`;
    if (step.uses) {
      if (!/^actions\/setup-node@v\d+$/.test(step.uses)) throw new Error(`step ${i} uses ${step.uses}, which this harness cannot stand in for`);
      const wanted = String(step.with?.['node-version']);
      if (wanted.split('.')[0] !== process.versions.node.split('.')[0]) throw new Error(`setup-node asks for Node ${wanted}, the tests run on ${process.versions.node}`);
      result.steps.push({ name, outputs: {} });
      continue;
    }
    if (step.shell !== 'bash' || step.run === undefined) throw new Error(`step ${i} is neither setup-node nor a bash run step`);
    const script = join(opts.temp, `step-${i}.sh`);
    const outputFile = join(opts.temp, `step-${i}.output`);
    writeFileSync(script, evaluate(step.run, inputs, stepOutputs));
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), inputs, stepOutputs)]));
    const env = userEnv({
      ...opts.jobEnv,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: opts.actionPath,
      GITHUB_WORKSPACE: opts.workspace,
      RUNNER_TEMP: opts.temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...stepEnv,
    });
    const ran = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: opts.workspace, env, timeoutMs: opts.timeoutMs });
    const outputs = parseOutputFile(outputFile);
    if (step.id) stepOutputs[step.id] = outputs;
    result.steps.push({ name, ran, outputs });
    result.code = ran.code;
    if (ran.code !== 0) break;
  }
  result.outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, evaluate(o.value, inputs, stepOutputs)]));
  result.summary = readFileSync(summaryFile, 'utf8');
  return result;
}
