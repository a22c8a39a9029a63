// The verdict a firmware team can act on, with the real CLI against the in-memory reference target: a fault in
// create's answer is one root cause, failing the create checks and blocking the connect checks; a fault in one field
// is at most one root cause per operation that answers that field; and a baseline in one command
// (--update-known-failures) makes the same firmware pass with --known-failures and a new fault fail.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult, RootCause } from '../../reporters/model.ts';
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';
import type { FaultName } from '../../runner/simulate/faults.ts';
import { runCli, type CliRun } from './run-cli.ts';

const PASSWORD = 'memory-target-password';
const env = { CS_PASSWORD: PASSWORD };
const FIRMWARE = '5.1.2';
const dir = mkdtempSync(join(tmpdir(), 'csc-root-causes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runAgainst(faults: FaultName[], args: string[]): Promise<CliRun> {
  const target: Simulator = await startSimulator({ password: PASSWORD, faults, versions: { firmware: FIRMWARE } });
  try {
    return await runCli(['--target', target.url, '--username', target.username, '--container', target.runningContainer, '--timeout', '2000', ...args], env);
  } finally {
    await target.close();
  }
}

const checksOf = (r: CliRun): CheckResult[] => r.results?.suites.flatMap((s) => s.checks) ?? [];
const mustCauses = (r: CliRun): RootCause[] => (r.results?.rootCauses ?? []).filter((c) => c.level === 'MUST');
const SUITES = ['--suite', 'list', '--suite', 'create', '--suite', 'connect'];

describe('root causes against a faulty reference target', { timeout: 120_000 }, () => {
  it('a fault in create\'s answer is one root cause: the create checks fail on it, the connect checks are blocked by it', async () => {
    const r = await runAgainst(['create-without-warning'], SUITES);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const causes = mustCauses(r);
    expect(causes.map((c) => c.signature), r.stdout).toEqual([{ operationId: 'createNetwork', rule: 'body-schema', pointer: '/Warning', status: 200 }]);
    const [cause] = causes;
    expect(cause.checks).toEqual(expect.arrayContaining(['NET-CREATE-001', 'NET-CREATE-002', 'NET-LIST-003']));
    const connect = checksOf(r).filter((c) => c.id.startsWith('NET-CONN-') && c.status !== 'skip');
    expect(connect.length).toBeGreaterThan(3);
    for (const c of connect) {
      expect(c.status, c.id).toBe('error');
      expect(c.blockedBy, c.id).toBe(cause.id);
      expect(c.reason, c.id).toMatch(new RegExp(`^blocked by ${cause.id} at createNetwork`));
    }
    expect(cause.blocked).toEqual(expect.arrayContaining(connect.map((c) => c.id)));
    expect(cause.exchange?.response?.status).toBe(200);
    expect(cause.curl).toMatch(/^curl .* -X POST /);
    // The console opens the end of the run on it, and names it on every blocked check's line.
    expect(r.stdout).toMatch(new RegExp(`^1 root cause \\(1 MUST, 0 SHOULD\\):\\n {2}1\\. MUST ${cause.id} {2}createNetwork · body-schema · /Warning · HTTP 200$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^BLOCK NET-CONN-001 .* — blocked by ${cause.id} at createNetwork`, 'm'));
    expect(r.results?.totals.blocked).toBe(cause.blocked.length);
    expect(r.results?.verdict).toBe('not-conformant');
  });

  it('a fault in one field (Created) is at most one root cause per operation that answers it', async () => {
    const r = await runAgainst(['schema-created-not-rfc3339'], SUITES);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const failed = checksOf(r).filter((c) => c.status === 'fail' || c.status === 'error');
    expect(failed.length).toBeGreaterThan(5);
    const causes = r.results!.rootCauses!;
    for (const c of causes) expect(c.signature, c.id).toMatchObject({ rule: 'body-schema', pointer: expect.stringMatching(/^(\/\*)?\/Created$/) });
    const operations = causes.map((c) => c.signature.operationId);
    expect(new Set(operations).size).toBe(operations.length);
    expect(operations.every((op) => ['listNetworks', 'inspectNetworkByInspectPath', 'inspectNetwork'].includes(op!))).toBe(true);
    expect(mustCauses(r).map((c) => c.signature.operationId).sort()).toEqual(['inspectNetworkByInspectPath', 'listNetworks']);
  });
});

describe('a baseline in one command: --update-known-failures, then --known-failures', { timeout: 180_000 }, () => {
  const file = join(dir, 'known.yaml');

  it('writes the file (exit 1: the run is judged as usual); the same firmware then passes; a new fault fails', async () => {
    const first = await runAgainst(['create-without-warning'], [...SUITES, '--update-known-failures', file]);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.stdout).toMatch(new RegExp(`^known failures: wrote ${file.replaceAll('.', '\\.')} for version ${FIRMWARE}: \\d+ added, 0 kept, 0 dropped$`, 'm'));
    const text = readFileSync(file, 'utf8');
    const failing = checksOf(first).filter((c) => c.status === 'fail' || c.blockedBy).map((c) => c.id);
    for (const id of failing) expect(text, id).toContain(`- id: ${id}\n`);
    expect(text).toContain(`versions: [ "${FIRMWARE}" ]`);
    const cause = mustCauses(first)[0];
    expect(text).toContain(`reason: "blocked by ${cause.id} createNetwork · body-schema · /Warning · HTTP 200:`);

    const same = await runAgainst(['create-without-warning'], [...SUITES, '--known-failures', file]);
    expect(same.code, same.stdout + same.stderr).toBe(0);
    expect(same.results?.totals.known).toBe(failing.length);

    const more = await runAgainst(['create-without-warning', 'list-hides-predefined'], [...SUITES, '--known-failures', file]);
    expect(more.code, more.stdout + more.stderr).toBe(1);
    // Only the new departure fails the run; the baseline's are known failures still.
    expect(checksOf(more).filter((c) => (c.status === 'fail' || c.status === 'error') && !c.knownFailure).map((c) => c.id)).toEqual(['NET-LIST-002']);
    expect(mustCauses(more).filter((c) => !c.known).map((c) => c.checks)).toEqual([['NET-LIST-002']]);
  });

  it('keeps hand-written reasons and comments, and drops the entries of checks that pass now, saying so', async () => {
    const kept = join(dir, 'kept.yaml');
    writeFileSync(kept, [
      '# Accepted by QA for firmware 5.1 (ticket QA-7).',
      '- id: NET-CREATE-001',
      '  reason: create answers no Warning (QA-7)',
      '- id: NET-LIST-001',
      '  reason: list was broken once',
      '',
    ].join('\n'));
    const r = await runAgainst(['create-without-warning'], [...SUITES, '--update-known-failures', kept]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^known failures: updated .* \d+ added, 1 kept, 1 dropped$/m);
    expect(r.stdout).toContain('  dropped (the checks they cover pass now): NET-LIST-001');
    const text = readFileSync(kept, 'utf8');
    expect(text.startsWith('# Accepted by QA for firmware 5.1 (ticket QA-7).\n')).toBe(true);
    expect(text).toContain('- id: NET-CREATE-001\n  reason: create answers no Warning (QA-7)\n');
    expect(text).not.toContain('NET-LIST-001');
    expect(text).toContain('- id: NET-CONN-001\n');
  });

  it('writes JSON when the file is .json, and refuses a malformed file before the run starts (exit 2)', async () => {
    const json = join(dir, 'known.json');
    const r = await runAgainst(['list-hides-predefined'], ['--suite', 'list', '--update-known-failures', json]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual([{ id: 'NET-LIST-002', reason: expect.stringMatching(/^rc-[0-9a-f]{8} NET-LIST-002 · listNetworks · check: expected bridge, host and none in the list/), versions: [FIRMWARE] }]);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: not a list\n');
    const refused = await runAgainst([], ['--suite', 'list', '--update-known-failures', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--update-known-failures .*bad\.yaml must hold a list/);
    expect(existsSync(bad)).toBe(true);
  });
});
