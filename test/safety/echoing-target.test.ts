// A target that echoes the password, its cookies and its tokens back: none of them, in any form, may reach the
// console or a report, whatever path the text took (a failure message, a warning, the versions of GET /system,
// a transcript, a curl line, stderr).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runner/helpers.ts';
import { formsOf, startEchoingTarget } from '../servers/echoing.ts';

/** A quote, a backslash, a space, %, &, <, / and a non-ASCII letter, as the issue asks. */
const AWKWARD = `pa"ss\\ w%rd&<x/é-42`;

interface Outcome {
  code: number | null;
  texts: Record<string, string>;
  issued: string[];
}

async function runAgainstEcho(password: string, suites: string[] = []): Promise<Outcome> {
  const target = await startEchoingTarget(password);
  const reportDir = mkdtempSync(join(tmpdir(), 'csc-echo-'));
  try {
    // The baseline the run writes quotes the target's answers too: it lands beside the reports and is searched with them.
    const baseline = ['--update-known-failures', join(reportDir, 'known-failures.yaml')];
    const args = ['run', '--target', target.url, '--username', target.username, '--container', target.container, '--allow-destructive', '--timeout', '3000', '--report-dir', reportDir, ...baseline, ...suites.flatMap((s) => ['--suite', s])];
    const r = await runCli(args, { env: { CS_PASSWORD: password }, killAfterMs: 120_000 });
    const texts: Record<string, string> = { stdout: r.stdout, stderr: r.stderr };
    for (const f of readdirSync(reportDir)) texts[f] = readFileSync(join(reportDir, f), 'utf8');
    return { code: r.code, texts, issued: [...target.issued] };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
    await target.close();
  }
}

function leaks(outcome: Outcome, password: string): string[] {
  const found: string[] = [];
  for (const secret of [password, ...outcome.issued]) {
    for (const form of formsOf(secret)) {
      for (const [where, text] of Object.entries(outcome.texts)) if (text.includes(form)) found.push(`${JSON.stringify(form)} in ${where}`);
    }
  }
  return found;
}

describe('an echoing target', () => {
  it('echoes the password, cookies and sid everywhere; none of them reaches stdout, stderr or a report', { timeout: 180_000 }, async () => {
    const outcome = await runAgainstEcho(AWKWARD);
    expect(outcome.code, outcome.texts.stdout + outcome.texts.stderr).not.toBe(2);
    // Not vacuous: the target issued cookies and tokens (login, the second session, login_refresh) and echoed them.
    expect(outcome.issued.length).toBeGreaterThanOrEqual(4);
    // Written (its header names the firmware GET /system echoed): searched for leaks like every report.
    expect(outcome.texts['known-failures.yaml']).toContain('# Known failures of cs-conformance');
    const results = outcome.texts['results.json'];
    expect(results).toContain('<password>');
    expect(results).toContain('<session-cookie>');
    expect(results).toContain('<session-token>');
    expect(leaks(outcome, AWKWARD)).toEqual([]);
    expect(outcome.texts.stdout.split('\n')[0]).toContain('prune enabled (--allow-destructive)');
  });

  it('prints a refused login as one line, the echoed password redacted and the escape sequences escaped', { timeout: 60_000 }, async () => {
    const target = await startEchoingTarget(AWKWARD);
    try {
      const wrong = `${AWKWARD}-but-wrong`;
      const r = await runCli(['run', '--target', target.url, '--username', target.username, '--report-dir', join(tmpdir(), 'csc-echo-unused')], { env: { CS_PASSWORD: wrong }, killAfterMs: 30_000 });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^cs-conformance: login refused for user admin: .*HTTP \d+ .*\\u001b\]0;pwned\\u0007/m);
      expect(r.stderr + r.stdout).not.toContain('\u001b');
      for (const form of formsOf(wrong)) expect(r.stderr.includes(form), form).toBe(false);
    } finally {
      await target.close();
    }
  });

  it('keeps random passwords out of every output (property)', { timeout: 300_000 }, async () => {
    const char = fc.oneof(
      fc.constantFrom(...'"\\ %&<>/\'+=;:?#[]{}'.split('')),
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xa1, max: 0x2fff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('😀', '𝄞'),
    );
    // 12 characters and up: distinctive whatever they are made of (core/redaction/redact.ts).
    const password = fc.array(char, { minLength: 12, maxLength: 24 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(password, async (pw) => {
        const outcome = await runAgainstEcho(pw, ['system', 'session', 'bad-input']);
        expect(leaks(outcome, pw)).toEqual([]);
      }),
      { numRuns: 5, seed: 20261201 },
    );
  });
});
