// The vitest reporter of a conformance run: collects each check's CheckResult from its test meta and prints one
// line per check as it finishes (no animation: the output is the same on a TTY and in a CI log).
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { CheckResult } from '../reporters/model.ts';
import '../suites/lib/check.ts';
import { mark } from './phases.ts';
import type { Redactor } from './redact.ts';

const MARK: Record<CheckResult['status'], string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP', error: 'ERROR' };

export class ProgressReporter implements Reporter {
  readonly results: CheckResult[] = [];
  readonly moduleErrors: string[] = [];
  readonly #out: (line: string) => void;
  readonly #redactor: Redactor;

  /** `out` is the run's guarded console; `redactor` the run's, taught what each check's worker learned. */
  constructor(out: (line: string) => void, redactor: Redactor) {
    this.#out = out;
    this.#redactor = redactor;
  }

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta();
    this.#redactor.learn(meta.secrets ?? []);
    let check = meta.check;
    if (!check) {
      const r = testCase.result();
      check = {
        id: testCase.name.split(' ')[0],
        suite: suiteName(testCase.module.moduleId),
        level: 'MUST',
        requirement: testCase.name,
        operations: [],
        status: r.state === 'skipped' ? 'skip' : 'error',
        reason: r.state === 'skipped' ? r.note ?? 'skipped' : `the check did not report a result: ${r.errors?.[0]?.message ?? r.state}`,
        durationMs: 0,
        transcript: [],
      };
    }
    this.results.push(check);
    this.print(check);
  }

  onTestModuleStart(testModule: TestModule): void {
    mark(`suite-start:${suiteName(testModule.moduleId)}`);
  }

  onTestModuleEnd(testModule: TestModule): void {
    mark(`suite-end:${suiteName(testModule.moduleId)}`);
    for (const e of testModule.errors()) this.moduleErrors.push(`${testModule.moduleId.split('/').pop()}: ${e.message}`);
  }

  print(c: CheckResult): void {
    const tail = c.status === 'skip' ? ` — ${c.reason}` : c.status === 'fail' || c.status === 'error' ? ` — ${firstLines(c.reason)}` : '';
    const warn = c.warning ? ` (warning: ${firstLines(c.warning)})` : '';
    this.#out(`${MARK[c.status].padEnd(5)} ${c.id.padEnd(18)} ${c.level.padEnd(6)} ${c.requirement}${tail}${warn}`);
  }
}

function firstLines(text = ''): string {
  return text.split('\n')[0].slice(0, 300);
}

function suiteName(moduleId: string): string {
  return moduleId.split('/').pop()!.replace(/\.suite\.ts$/, '');
}
