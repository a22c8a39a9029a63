// The suites as the rest of cs-conformance sees them: the one way in for the run and the command line (everything else
// of suites/ is the checks' own). The catalogue (every check's declaration, read from the suite files' text), the
// target the run hands the checks' worker and what the worker hands back, and the channel between the two.
export { SUITE_NAMES, SUITES, catchersOf, checkSuiteNames, renderCatalogue, suiteFile } from './catalogue/catalogue.ts';
export type { CheckDeclaration, SuiteDeclaration } from './catalogue/declaration.ts';
export { TargetChannel } from './harness/target-channel.ts';
export { CHECK_SETTINGS, CHECK_STARTED, CUT_SHORT, NAME_PREFIX, NOT_STARTED, checkTimeoutMs } from './harness/types.ts';
export type { CheckSettings, ProvidedTarget, WorkerSession } from './harness/types.ts';
