// Runs the composite Action of action.yml as the GitHub runner does, for the parts the Action uses: `run:` steps under
// `bash --noprofile --norc -eo pipefail` (the runner's `shell: bash`), each step with its own GITHUB_OUTPUT file, one
// GITHUB_STEP_SUMMARY, the expressions `${{ inputs.NAME }}` and `${{ steps.ID.outputs.NAME }}`, later steps skipped
// after a failure. `uses: actions/setup-node` is stood in for by the Node on PATH, which must be the major it asks for.
// Anything else in action.yml is refused, so the file cannot grow a feature this harness silently ignores. The steps
// run through steps.ts, which the workflows' harness (workflow.ts) shares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../runner/helpers.ts';
import { interpolate, strictContext } from './expressions.ts';
import type { Ran } from './helpers.ts';
import { runSteps, type Step } from './steps.ts';

export type ActionStep = Step;

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

// No `if:`: the Action's steps run in order and the first failure ends it.
const STEP_KEYS = new Set(['name', 'id', 'uses', 'with', 'shell', 'env', 'run']);

/** The stand-in for `uses: actions/setup-node`: the Node on PATH, which must be the major the step asks for. */
export function checkSetupNode(with_: Record<string, string>, where: string): void {
  const wanted = String(with_['node-version']);
  if (wanted.split('.')[0] !== process.versions.node.split('.')[0]) throw new Error(`${where}: setup-node asks for Node ${wanted}, the tests run on ${process.versions.node}`);
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
  const inputs = strictContext(
    Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, opts.given[name] ?? spec.default ?? ''])),
    'action.yml: inputs',
  );
  const run = await runSteps({
    steps: action.runs.steps,
    what: 'action.yml',
    keys: STEP_KEYS,
    shellRequired: true,
    contexts: { inputs },
    env: { ...opts.jobEnv, GITHUB_ACTION_PATH: opts.actionPath, RUNNER_TEMP: opts.temp },
    workspace: opts.workspace,
    temp: opts.temp,
    timeoutMs: opts.timeoutMs,
    async uses(step, with_, i) {
      if (!/^actions\/setup-node@v\d+$/.test(step.uses!)) throw new Error(`action.yml: step ${i} uses ${step.uses}, which this harness cannot stand in for`);
      checkSetupNode(with_, `action.yml: step ${i}`);
      return { code: 0 };
    },
  });
  const ran = run.steps.filter((s) => s.outcome !== 'skipped');
  const contexts = { inputs, steps: run.stepsContext };
  return {
    code: run.code,
    steps: ran.map(({ name, ran, outputs }) => ({ name, ran, outputs })),
    outputs: Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, interpolate(o.value, contexts)])),
    summary: run.summary,
  };
}
