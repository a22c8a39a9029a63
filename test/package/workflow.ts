// Runs a job of a GitHub Actions workflow as the runner does, for the parts our workflows use: its steps through
// steps.ts, the contexts `matrix` (one combination of the job's strategy), `secrets`, `needs` and `github.workspace`,
// the workflow's and the job's `env:`. `uses:` steps go to stand-ins the caller gives; a job key, a matrix feature or
// an expression this harness does not understand is refused rather than ignored. The workflows are those the README
// shows: readReadmeWorkflow finds one by the heading above it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../runner/helpers.ts';
import { condition, interpolate } from './expressions.ts';
import { runSteps, type Step, type StepsRun, type UsesResult } from './steps.ts';

export interface Job {
  name?: string;
  'runs-on': string;
  needs?: string | string[];
  if?: string | boolean;
  'timeout-minutes'?: number;
  env?: Record<string, unknown>;
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: number; matrix: Record<string, unknown[]> };
  steps: Step[];
}

export interface Workflow {
  name?: string;
  on: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const JOB_KEYS = new Set(['name', 'runs-on', 'needs', 'if', 'timeout-minutes', 'env', 'strategy', 'steps']);
const WORKFLOW_KEYS = new Set(['name', 'on', 'permissions', 'concurrency', 'env', 'jobs']);
const STEP_KEYS = new Set(['name', 'id', 'if', 'uses', 'with', 'shell', 'env', 'run', 'working-directory']);

/** The first fenced YAML block after the README heading `heading`, as written and parsed. */
export function readReadmeWorkflow(heading: string): { text: string; workflow: Workflow } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.split('\n').findIndex((line) => line === heading);
  if (at < 0) throw new Error(`README.md has no heading "${heading}"`);
  const after = readme.split('\n').slice(at + 1).join('\n');
  const block = /^```yaml\n([\s\S]*?)^```$/m.exec(after);
  if (!block) throw new Error(`README.md has no yaml block after "${heading}"`);
  const workflow = parse(block[1]) as Workflow;
  const unknown = Object.keys(workflow).filter((k) => !WORKFLOW_KEYS.has(k));
  if (unknown.length) throw new Error(`the workflow uses ${unknown.join(', ')}, which this harness does not know`);
  return { text: block[1], workflow };
}

/** Every combination of a job's matrix (its keys' cartesian product); include and exclude are not supported. */
export function matrixOf(job: Job): Record<string, unknown>[] {
  if (!job.strategy) return [{}];
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(job.strategy.matrix)) {
    if (key === 'include' || key === 'exclude') throw new Error(`matrix ${key} is not supported by this harness`);
    if (!Array.isArray(values) || !values.length) throw new Error(`matrix ${key} is not a list of values`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  return combos;
}

export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs;
}

export interface JobRun extends StepsRun {
  /** The job's `if:` was false: no step ran. */
  skipped: boolean;
  /** Its `name:` with the matrix filled in. */
  name: string;
}

/** A stand-in for one `uses:` step: given the action (owner/name@ref), its evaluated `with:`, and where the job runs. */
export type StandIn = (step: Step, given: Record<string, string>, job: { workspace: string; temp: string; env: Record<string, string> }) => Promise<UsesResult>;

export async function runJob(opts: {
  workflow: Workflow;
  jobId: string;
  matrix?: Record<string, unknown>;
  secrets?: Record<string, string>;
  /** The result of each job this one needs: success, failure, cancelled or skipped. */
  needs?: Record<string, string>;
  workspace: string;
  temp: string;
  timeoutMs: number;
  standIn: StandIn;
}): Promise<JobRun> {
  const job = opts.workflow.jobs[opts.jobId];
  if (!job) throw new Error(`the workflow has no job ${opts.jobId}`);
  const unknown = Object.keys(job).filter((k) => !JOB_KEYS.has(k));
  if (unknown.length) throw new Error(`job ${opts.jobId} uses ${unknown.join(', ')}, which this harness does not run`);
  const needs = Object.fromEntries(needsOf(job).map((id) => [id, { result: opts.needs?.[id] ?? 'success', outputs: {} }]));
  const contexts = {
    matrix: opts.matrix ?? {},
    secrets: opts.secrets ?? {},
    needs,
    github: { workspace: opts.workspace },
  };
  const name = interpolate(job.name ?? opts.jobId, contexts);
  // A job's own if: sees the results of the jobs it needs; failure() is true when one of them failed.
  const needsFailed = Object.values(needs).some((n) => n.result === 'failure');
  if (!condition(job.if, contexts, { failed: needsFailed })) return { name, skipped: true, code: 0, steps: [], summary: '', stepsContext: {} };
  const env = {
    ...Object.fromEntries(Object.entries({ ...opts.workflow.env, ...job.env }).map(([k, v]) => [k, interpolate(String(v), contexts)])),
    RUNNER_TEMP: opts.temp,
  };
  const run = await runSteps({
    steps: job.steps,
    what: `job ${opts.jobId}`,
    keys: STEP_KEYS,
    shellRequired: false,
    contexts,
    env,
    workspace: opts.workspace,
    temp: opts.temp,
    timeoutMs: opts.timeoutMs,
    uses: (step, given) => opts.standIn(step, given, { workspace: opts.workspace, temp: opts.temp, env }),
  });
  return { ...run, name, skipped: false };
}
