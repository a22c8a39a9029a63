// What the run's final sweep needs from the checks beside their results: every Id their creates answered (the test
// meta `created`, suites/harness/register.ts). Such an Id is proof that the network is the run's own, so the sweep
// removes a network with it by that Id, without an inspect a target may fail or never answer (wire/ownership.ts).
import type { Reporter, TestCase } from 'vitest/node';

export class CreatedIds implements Reporter {
  readonly ids = new Set<string>();

  onTestCaseResult(testCase: TestCase): void {
    for (const id of testCase.meta().created ?? []) this.ids.add(id);
  }
}
