// The vitest reporter of a conformance run: collects each check's CheckResult from its test meta and prints one
// line per check, with a counter ([12/54]), in catalogue order whatever order the checks finish in (a line waits
// for the checks before it): the output is the same at every --concurrency. While a check runs long, a heartbeat
// line every 10 s (CI services kill a job that prints nothing for 10 minutes). No animation: the output is the same
// on a TTY and in a CI log.
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { outcomeOf } from '../../reporters/facts.ts';
import type { CheckResult } from '../../reporters/model.ts';
import { CHECK_STARTED, CUT_SHORT, NOT_STARTED, type WorkerSession } from '../../suites/index.ts';
import { mark } from './phases.ts';
import type { Redactor } from '../../core/redaction/redact.ts';
import { declaredResult } from './unfinished.ts';

const MARK: Record<ReturnType<typeof outcomeOf>, string> = { pass: 'PASS', warn: 'PASS', fail: 'FAIL', blocked: 'BLOCK', skip: 'SKIP', error: 'ERROR', known: 'KNOWN' };
export const HEARTBEAT_MS = 10_000;

export interface ProgressOptions {
  /** The check IDs that run, in catalogue order: the order lines are printed in. */
  order: readonly string[];
  /** How many result lines the run will print, for the counter. */
  total: number;
  /** Applied to each result before it is kept and printed: a listed known failure becomes `known`. */
  reclassify?: (check: CheckResult) => CheckResult;
  heartbeatMs?: number;
}

export class ProgressReporter implements Reporter {
  readonly results: CheckResult[] = [];
  readonly moduleErrors: string[] = [];
  /** The worker's session as the latest result left it: its renewals and the failed-login budget it spent. */
  workerSession?: WorkerSession;
  readonly #out: (line: string) => void;
  readonly #redactor: Redactor;
  readonly #options: ProgressOptions;
  #printed = 0;
  /** The checks running now, by ID, since when. */
  readonly #running = new Map<string, number>();
  /** Finished results waiting for the checks before them in catalogue order. */
  readonly #waiting = new Map<string, CheckResult>();
  #next = 0;
  #heartbeat?: ReturnType<typeof setInterval>;

  /** `out` is the run's guarded console; `redactor` the run's, taught what each check's worker learned. */
  constructor(out: (line: string) => void, redactor: Redactor, options: ProgressOptions) {
    this.#out = out;
    this.#redactor = redactor;
    this.#options = options;
  }

  onTestCaseReady(): void {
    this.#heartbeat ??= setInterval(() => this.#beat(), this.#options.heartbeatMs ?? HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  /** A check started its work (a concurrent one may have waited for a slot since it was ready). */
  onTestCaseAnnotate(testCase: TestCase, annotation: { type: string }): void {
    if (annotation.type === CHECK_STARTED) this.#running.set(idOf(testCase), performance.now());
  }

  onTestCaseResult(testCase: TestCase): void {
    const wasRunning = this.#running.delete(idOf(testCase));
    const meta = testCase.meta();
    // Only what the worker learned since its previous result: flat in the number of secrets the run learns.
    this.#redactor.learn(meta.secrets ?? []);
    if (meta.session) this.#adoptSession(meta.session);
    let check = meta.check;
    if (!check) {
      // Only a stopped run skips a check before it reports (suites/harness/register.ts): its declaration stands for it.
      const r = testCase.result();
      check = r.state === 'skipped'
        ? declaredResult(idOf(testCase), 'skip', wasRunning ? CUT_SHORT : NOT_STARTED)
        : declaredResult(idOf(testCase), 'error', `the check did not report a result: ${r.errors?.[0]?.message ?? r.state}`);
    }
    if (this.#options.reclassify) check = this.#options.reclassify(check);
    this.results.push(check);
    this.#waiting.set(check.id, check);
    this.#flush();
  }

  /** Results arrive in any order: the furthest state of each count is the worker's. */
  #adoptSession(s: WorkerSession): void {
    const known = this.workerSession;
    this.workerSession = {
      renewals: Math.max(known?.renewals ?? 0, s.renewals),
      failedLogins: known && known.failedLogins.spentOn.length > s.failedLogins.spentOn.length ? known.failedLogins : s.failedLogins,
    };
  }

  /** Prints the finished results whose predecessors in catalogue order are all printed. */
  #flush(): void {
    const order = this.#options.order;
    for (let c = this.#waiting.get(order[this.#next]); c; c = this.#waiting.get(order[this.#next])) {
      this.#waiting.delete(c.id);
      this.#next++;
      this.print(c);
    }
  }

  onTestModuleStart(): void {
    mark('suites-start');
  }

  onTestModuleEnd(testModule: TestModule): void {
    for (const e of testModule.errors()) this.moduleErrors.push(`${testModule.moduleId.split('/').pop()}: ${e.message}`);
  }

  onTestRunEnd(): void {
    // Results of checks that never reported (a run cut short) do not hold back the ones after them.
    for (const c of [...this.#waiting.values()].sort((a, b) => this.#options.order.indexOf(a.id) - this.#options.order.indexOf(b.id))) this.print(c);
    this.#waiting.clear();
    this.stop();
  }

  stop(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
    this.#running.clear();
  }

  print(c: CheckResult): void {
    const o = outcomeOf(c);
    this.#printed++;
    const total = Math.max(this.#options.total, this.#printed);
    const counter = `[${String(this.#printed).padStart(String(total).length)}/${total}]`;
    const tail =
      o === 'skip' ? ` — ${c.reason}` : o === 'fail' || o === 'error' || o === 'blocked' ? ` — ${firstLines(c.reason)}` : o === 'known' ? ` — known failure: ${firstLines(c.knownFailure?.reason)}` : '';
    const fixed = c.knownFailure?.fixed && c.status === 'pass' ? ' (listed as a known failure, passes now: remove it from the file)' : '';
    // The counter follows the ID, so that "<MARK> <ID>" stays the start of the line that scripts read.
    this.#out(`${MARK[o].padEnd(5)} ${c.id.padEnd(18)} ${counter} ${c.level.padEnd(6)} ${c.requirement}${tail}${fixed}${this.#warningRefs(c)}`);
  }

  /** " (warning rc-…, listed at the end)": each departure is listed once, with its root cause, at the end of the run. */
  #warningRefs(c: CheckResult): string {
    if (outcomeOf(c) !== 'warn') return '';
    const refs = [...new Set((c.findings ?? []).filter((f) => f.level === 'SHOULD').map((f) => f.rootCause))];
    return refs.length ? ` (warning ${refs.join(', ')}, listed at the end)` : ' (warning)';
  }

  #beat(): void {
    const now = performance.now();
    for (const [id, since] of this.#running) {
      const seconds = Math.round((now - since) / 1000);
      if (seconds * 1000 >= (this.#options.heartbeatMs ?? HEARTBEAT_MS)) this.#out(`      … ${id} still running (${seconds} s)`);
    }
  }
}

function firstLines(text = ''): string {
  return text.split('\n')[0].slice(0, 300);
}

/** Test names are "<ID> <requirement>" (suites/harness/register.ts). */
function idOf(testCase: TestCase): string {
  return testCase.name.split(' ')[0];
}
