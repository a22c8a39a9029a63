// The README's fleet workflow (a job per NAS running the Action, then a final job writing `cs-conformance matrix`),
// checked as YAML and then run: each NAS's job through the Action's harness (action.ts) against a memory reference
// target, its artifact kept by the stand-in of upload-artifact, then the final job's steps under bash on those
// artifacts (steps.ts, workflow.ts, stand-ins.ts), from a fresh copy of the checkout with its own install.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import { filesUnder, processes, tempDir } from '../runner/helpers.ts';
import { readAction, runAction } from './action.ts';
import { interpolate } from './expressions.ts';
import { copyCheckout, describeRan } from './helpers.ts';
import { ArtifactStore, checkout, setupNode } from './stand-ins.ts';
import type { Step } from './steps.ts';
import { matrixOf, needsOf, readReadmeWorkflow, runJob, type Job, type JobRun, type StandIn } from './workflow.ts';

const HEADING = '### A fleet in CI: one job per NAS, one table';
const PASSWORD = 'fleet-test-password';
const WRONG_PASSWORD = 'fleet-test-wrong-password';

const { workflow } = readReadmeWorkflow(HEADING);
const jobIds = Object.keys(workflow.jobs);
const matrixJobId = jobIds.find((id) => workflow.jobs[id].strategy)!;
const finalJobId = jobIds.find((id) => needsOf(workflow.jobs[id]).includes(matrixJobId))!;
const matrixJob: Job = workflow.jobs[matrixJobId];
const finalJob: Job = workflow.jobs[finalJobId];
const fleet = matrixOf(matrixJob) as { nas: Record<string, string> }[];

const usesOf = (job: Job, prefix: string): Step[] => job.steps.filter((s) => s.uses?.startsWith(prefix));
const theAction = (): Step => matrixJob.steps.find((s) => s.uses && !s.uses.startsWith('actions/'))!;

function describeJob(r: JobRun): string {
  return `${r.name}\n` + r.steps.map((s) => (s.ran ? describeRan(s.name, s.ran) : `${s.name}: ${s.outcome}`)).join('\n') + `\n--- summary\n${r.summary}`;
}

describe('the fleet workflow of the README, as YAML', () => {
  it('has two jobs: one per NAS, fail-fast false; then a final job that needs it and runs always', () => {
    expect(jobIds).toHaveLength(2);
    expect(matrixJob.strategy?.['fail-fast']).toBe(false);
    expect(fleet.length, 'NAS in the fleet (the run below plays three)').toBeGreaterThanOrEqual(3);
    expect(finalJob.strategy).toBeUndefined();
    expect(String(finalJob.if)).toMatch(/^(\$\{\{\s*)?always\(\)(\s*\}\})?$/);
    for (const { nas } of fleet) expect(Object.keys(nas).sort()).toEqual(['container', 'name', 'secret', 'url', 'user']);
    expect(new Set(fleet.map(({ nas }) => nas.name)).size).toBe(fleet.length);
  });

  it('uploads one artifact per NAS, named after it, always; the final job downloads them all and not its own', () => {
    const [upload] = usesOf(matrixJob, 'actions/upload-artifact@');
    expect(String(upload.if)).toBe('always()');
    const recorder = matrixJob.steps.find((s) => s.run?.includes('verdict.txt'));
    expect(String(recorder?.if), 'the step that records the verdict').toBe('always()');
    const names = fleet.map((matrix) => interpolate(String(upload.with?.name), { matrix }));
    expect(new Set(names).size).toBe(fleet.length);
    names.forEach((name, i) => expect(name).toContain(fleet[i].nas.name));
    const [download] = usesOf(finalJob, 'actions/download-artifact@');
    const [matrixUpload] = usesOf(finalJob, 'actions/upload-artifact@');
    const pattern = new RegExp(`^${String(download.with?.pattern).replaceAll('*', '.*')}$`);
    for (const name of names) expect(name).toMatch(pattern);
    expect(String(matrixUpload.with?.name)).not.toMatch(pattern);
  });

  it('passes each secret to the Action input `password` only; no step pastes an expression into a script', () => {
    const action = theAction();
    expect(action.with?.password).toBe('${{ secrets[matrix.nas.secret] }}');
    const mentions = JSON.stringify(workflow).match(/secrets/g) ?? [];
    expect(mentions, 'secrets named anywhere else').toHaveLength(1);
    for (const job of [matrixJob, finalJob]) for (const step of job.steps) expect(step.run ?? '', `step ${step.name}`).not.toContain('${{');
  });

  it('the final job installs the cs-conformance the Action ran, on the Node the Action sets up, as the Action does', () => {
    const [co] = usesOf(finalJob, 'actions/checkout@');
    expect(`${co.with?.repository}@${co.with?.ref}`).toBe(theAction().uses);
    const [node] = usesOf(finalJob, 'actions/setup-node@');
    const actionNode = readAction().runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node.uses).toBe(actionNode?.uses);
    expect(String(node.with?.['node-version'])).toBe(String(actionNode?.with?.['node-version']));
    expect(finalJob.steps.some((s) => s.run?.includes('npm ci --omit=dev --ignore-scripts'))).toBe(true);
  });
});

describe('the fleet workflow of the README, run: a job per NAS, then the final job under bash', () => {
  let actionPath: string;
  let targets: Simulator[];
  let store: ArtifactStore;
  const passwordSeen = new Set<string>();
  let watch: ReturnType<typeof setInterval>;

  /** Stands in for every action the workflow uses; the project's Action runs through its own harness. */
  function standIns(artifacts: ArtifactStore): StandIn {
    return async (step, given, job) => {
      const uses = step.uses!;
      if (uses === theAction().uses) {
        const r = await runAction({ actionPath, workspace: job.workspace, temp: join(job.temp, 'action'), given, jobEnv: job.env, timeoutMs: 240_000 });
        // The log of the Action's step is the logs of its own steps, one after the other.
        const ran = r.steps.flatMap((s) => (s.ran ? [s.ran] : []));
        const log = { code: r.code, stdout: ran.map((x) => x.stdout).join(''), stderr: ran.map((x) => x.stderr).join(''), killed: ran.some((x) => x.killed), ms: ran.reduce((t, x) => t + x.ms, 0) };
        return { code: r.code, outputs: r.outputs, ran: log, summary: r.summary };
      }
      if (uses === 'actions/checkout@v4') return checkout(given, job.workspace);
      if (uses === 'actions/setup-node@v4') return setupNode(given, job.workspace);
      if (uses === 'actions/upload-artifact@v4') return artifacts.upload(given, job.workspace);
      if (uses === 'actions/download-artifact@v4') return artifacts.download(given, job.workspace);
      throw new Error(`the workflow uses ${uses}, which this test cannot stand in for`);
    };
  }

  function runFinal(artifacts: ArtifactStore): Promise<JobRun> {
    return runJob({
      workflow,
      jobId: finalJobId,
      needs: { [matrixJobId]: 'failure' },
      workspace: tempDir('cs-fleet-final-'),
      temp: tempDir('cs-fleet-final-temp-'),
      timeoutMs: 240_000,
      standIn: standIns(artifacts),
    });
  }

  const jobs: JobRun[] = [];

  beforeAll(async () => {
    watch = setInterval(() => {
      for (const p of processes()) if (p.cmdline.includes(PASSWORD)) passwordSeen.add(p.cmdline);
    }, 25);
    actionPath = tempDir('cs-fleet-action-');
    copyCheckout(actionPath);
    // Versions out of the artifacts' order (nas-a is the newer), and nas-b with a fault, so the table has something to show.
    targets = await Promise.all([
      startSimulator({ password: PASSWORD, versions: { qpkg: '2.4.10' } }),
      startSimulator({ password: PASSWORD, versions: { qpkg: '2.4.9' }, faults: ['duplicate-allowed'] }),
      startSimulator({ password: PASSWORD }),
    ]);
    store = new ArtifactStore(tempDir('cs-fleet-artifacts-'));
    // One job per NAS, as the matrix expands; the URL, user and container are the reference targets', the third NAS's
    // secret is wrong, so its run cannot happen.
    for (const [i, { nas }] of fleet.slice(0, 3).entries()) {
      const target = targets[i];
      const matrix = { nas: { ...nas, url: target.url, user: target.username, container: target.runningContainer } };
      const secrets = { [nas.secret]: i === 2 ? WRONG_PASSWORD : PASSWORD };
      const workspace = tempDir('cs-fleet-job-');
      jobs.push(await runJob({ workflow, jobId: matrixJobId, matrix, secrets, workspace, temp: tempDir('cs-fleet-temp-'), timeoutMs: 240_000, standIn: standIns(store) }));
    }
  }, 600_000);

  afterAll(async () => {
    clearInterval(watch);
    await Promise.all((targets ?? []).map((t) => t.close()));
  });

  it('each NAS job ends as its verdict says and uploads its artifact, named after it, even when its run could not happen', () => {
    const [a, b, c] = fleet.map(({ nas }) => nas.name);
    expect(jobs.map((j) => j.name)).toEqual([a, b, c].map((n) => `conformance (${n})`));
    expect(jobs.map((j) => j.code), jobs.map(describeJob).join('\n')).toEqual([0, 1, 2]);
    const artifacts = [a, b, c].map((n) => `cs-conformance-${n}`);
    expect(store.names()).toEqual(artifacts.sort());
    expect(readFileSync(join(store.path(`cs-conformance-${a}`), 'verdict.txt'), 'utf8')).toBe('conformant\n');
    expect(readFileSync(join(store.path(`cs-conformance-${b}`), 'verdict.txt'), 'utf8')).toBe('not-conformant\n');
    expect(filesUnder(store.path(`cs-conformance-${c}`)).map((f) => f.path.split('/').at(-1))).toEqual(['verdict.txt']);
  });

  it('the final job writes the fleet and the matrix to the job summary and matrix.html, exit 0, no password anywhere', async () => {
    const [a, b, c] = fleet.map(({ nas }) => nas.name);
    const r = await runFinal(store);
    const why = describeJob(r);
    expect(r.skipped, why).toBe(false);
    expect(r.code, why).toBe(0);
    expect(r.steps.map((s) => s.outcome), why).not.toContain('failure');

    // Every NAS in the fleet table, the one that could not run included.
    expect(r.summary, why).toMatch(new RegExp(`^\\| ${a} \\| ✅ conformant \\| \`cs-conformance-${a}/results.json\` \\|$`, 'm'));
    expect(r.summary, why).toMatch(new RegExp(`^\\| ${b} \\| ❌ not-conformant \\| \`cs-conformance-${b}/results.json\` \\|$`, 'm'));
    expect(r.summary, why).toMatch(new RegExp(`^\\| ${c} \\| ⚠️ could-not-run \\| \\*\\*none\\*\\*: the run could not happen`, 'm'));

    // The matrix: a column per NAS that ran, ordered by version (2.4.9 before 2.4.10), nas-b's failure in its cell.
    expect(r.summary).toContain('# Conformance matrix');
    expect(r.summary).toMatch(/^\d+ checks × 2 runs · 0 regressions/m);
    const columns = [...r.summary.matchAll(/^\| (\d) \| (\S+) \| Container Station (\S+),.*\| (\S+)\/results\.json/gm)].map((m) => [m[1], m[3], m[4]]);
    expect(columns).toEqual([
      ['1', '2.4.9', `cs-conformance-${b}`],
      ['2', '2.4.10', `cs-conformance-${a}`],
    ]);
    expect(r.summary).toMatch(/^\| `NET-DUP-001` \| MUST \| [^|]+ \| \*\*fail\*\* \| pass \|$/m);
    expect(r.summary).toMatch(/^\| `NET-LIST-002` \| MUST \| [^|]+ \| pass \| pass \|$/m);

    // matrix.html as the artifact the final job uploads: a self-contained page naming both NAS.
    expect(store.names()).toContain('fleet-matrix');
    const html = readFileSync(join(store.path('fleet-matrix'), 'matrix.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    expect(html).not.toMatch(/<script/i);
    const references = [...html.matchAll(/\b(?:href|src)="([^"]*)"|url\(([^)]*)\)/gi)].map((m) => m[1] ?? m[2]);
    for (const ref of references) expect(ref, 'a reference out of the page').toMatch(/^(data:|#)/);
    expect(html).toContain(`cs-conformance-${a}/results.json`);
    expect(html).toContain(`cs-conformance-${b}/results.json`);

    // No password: not in a log, a summary, an artifact, nor on a command line.
    const texts = [...jobs, r].flatMap((j) => [j.summary, ...j.steps.map((s) => (s.ran ? s.ran.stdout + s.ran.stderr : ''))]);
    for (const f of filesUnder(store.root)) texts.push(f.text);
    for (const secret of [PASSWORD, WRONG_PASSWORD]) for (const t of texts) expect(t).not.toContain(secret);
    expect([...passwordSeen], 'the password on a command line').toEqual([]);
  }, 300_000);

  it('a results.json it cannot read: the final job fails, says which in an error annotation, and still lists the fleet', async () => {
    const [a] = fleet.map(({ nas }) => nas.name);
    const broken = store.copy(tempDir('cs-fleet-broken-'));
    const file = join(broken.path(`cs-conformance-${a}`), 'results.json');
    writeFileSync(file, '<html>502 Bad Gateway</html>');
    const r = await runFinal(broken);
    const why = describeJob(r);
    expect(r.code, why).toBe(1);
    const failedStep = r.steps.find((s) => s.outcome === 'failure');
    expect(failedStep?.ran?.stdout, why).toMatch(new RegExp(`^::error title=No fleet matrix::cs-conformance: matrix: cs-conformance-${a}/results.json: \\S`, 'm'));
    expect(r.summary).toMatch(new RegExp(`^\\| ${a} \\| ✅ conformant \\|`, 'm'));
    expect(r.steps.at(-1)?.outcome, 'the upload of matrix.html').toBe('skipped');
  }, 300_000);
});
