// Reporters render the model and nothing else: the fixture's exchanges were recorded with a real password and
// session id and then redacted, and the process environment holds planted secrets; no report may contain either.

import { readFileSync } from 'node:fs';
import { homedir, hostname, userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRuns, formatDiff } from '../../runner/diff/diff.ts';
import { writeReports } from '../../reporters/index.ts';
import type { RunResult } from '../../reporters/model.ts';
import { SECRETS, runMixed } from '../fixtures/run-mixed.ts';
import { allGreen, tempDir } from './helpers.ts';

const ENV_SECRET = 'planted-env-token-4c1d9e77a0';
const ENV = { CS_PASSWORD: SECRETS.password, CS_SESSION: SECRETS.sessionId, CSC_PLANTED_TOKEN: ENV_SECRET };
const saved: Record<string, string | undefined> = {};

beforeAll(() => {
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(() => {
  for (const k of Object.keys(ENV)) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const dir = tempDir();

async function allReports(run: RunResult, name: string): Promise<Record<string, string>> {
  const { files } = await writeReports(run, `${dir}/${name}`);
  const out: Record<string, string> = Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
  out.diff = formatDiff(diffRuns(allGreen(runMixed()), run));
  return out;
}

const planted = [SECRETS.password, encodeURIComponent(SECRETS.password), SECRETS.sessionId, ENV_SECRET];

describe('no secret reaches a report', () => {
  it('renders the placeholders the runner put in, never the planted secrets', async () => {
    const reports = await allReports(runMixed(), 'plain');
    const results = Object.entries(reports).find(([f]) => f.endsWith('results.json'))![1];
    // Not vacuous: the redacted exchanges did carry the secrets' places.
    expect(results).toContain('\\"password\\":\\"<password>\\"');
    expect(results).toContain('NAS_SID=<session>');
    for (const [file, text] of Object.entries(reports)) {
      for (const secret of planted) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  it('adds nothing from the machine it runs on', async () => {
    const run = runMixed();
    const model = JSON.stringify(run);
    const machine = [hostname(), homedir(), process.cwd(), userInfo().username].filter((s) => s.length >= 5 && !model.includes(s));
    const reports = await allReports(run, 'machine');
    for (const [file, text] of Object.entries(reports)) {
      for (const fact of machine) expect(text.includes(fact), `${fact} in ${file}`).toBe(false);
    }
  });

  it('drops credentials from a target origin that carries them', async () => {
    const run = runMixed();
    run.target.origin = `http://admin:${encodeURIComponent(SECRETS.password)}@nas.example:8080`;
    const reports = await allReports(run, 'userinfo');
    for (const [file, text] of Object.entries(reports)) {
      for (const secret of planted) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
      expect(text.includes('admin:'), `userinfo in ${file}`).toBe(false);
    }
  });
});
