// Shared by the reporter tests: temp dirs, the xmllint probe, and edits of the fixture that keep totals honest.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { CheckResult, RunResult } from '../../reporters/model.ts';

export const XSD = new URL('../fixtures/junit-10.xsd', import.meta.url).pathname;

export const HAS_XMLLINT = !spawnSync('xmllint', ['--version']).error;

/** A temp directory removed when the test file ends; call it at module level (hooks registered inside a test never run). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csc-reporters-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function xmllint(file: string, xsd = XSD): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8', timeout: 20_000 });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function findCheck(run: RunResult, id: string): CheckResult {
  const c = run.suites.flatMap((s) => s.checks).find((x) => x.id === id);
  if (!c) throw new Error(`fixture has no check ${id}`);
  return c;
}

/** Totals (disjoint buckets: a warned pass counts as warn only) and verdict, recomputed after a test edited checks. */
export function recount(run: RunResult): RunResult {
  const checks = run.suites.flatMap((s) => s.checks);
  const n = (f: (c: CheckResult) => boolean) => checks.filter(f).length;
  run.totals = {
    pass: n((c) => c.status === 'pass' && !c.warning),
    fail: n((c) => c.status === 'fail'),
    error: n((c) => c.status === 'error' && !c.blockedBy),
    blocked: n((c) => c.status === 'error' && !!c.blockedBy),
    skip: n((c) => c.status === 'skip'),
    warn: n((c) => c.status === 'pass' && !!c.warning),
  };
  run.verdict = run.totals.fail || run.totals.error || run.totals.blocked ? 'not-conformant' : 'conformant';
  return run;
}

export function setOutcome(run: RunResult, id: string, status: CheckResult['status'], reason?: string): RunResult {
  const c = findCheck(run, id);
  c.status = status;
  if (reason === undefined) delete c.reason;
  else c.reason = reason;
  if (status !== 'fail') delete c.curl;
  return recount(run);
}

/** The fixture with its failure and error fixed: a conformant run. */
export function allGreen(run: RunResult): RunResult {
  setOutcome(run, 'NET-CREATE-003', 'pass');
  return setOutcome(run, 'NET-CONNECT-002', 'pass');
}
