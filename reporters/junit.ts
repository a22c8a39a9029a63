// JUnit XML (the Jenkins/Ant junit-10.xsd dialect) for CI dashboards: one <testsuite> per suite, one <testcase> per
// check. Test names are "<ID> <requirement>" so CI history follows a requirement across runs.

import { COMPONENTS, type Outcome, UNKNOWN, optionEntries, outcomeOf, safeOrigin, versionOf } from './facts.ts';
import type { CheckResult, RunResult, SuiteResult } from './model.ts';
import { headline, seconds } from './text.ts';
import { evidenceText, notesText } from './transcript.ts';
import { attrs, xmlText } from './xml.ts';

export const JUNIT_FORMAT = 'cs-conformance-junit/1';
export const CLASSNAME_PREFIX = 'cs-conformance.';

/** Run-level facts repeated in every suite, since CI tools show properties per suite. */
export function runProperties(run: RunResult): [string, string][] {
  const props: [string, string][] = [
    ['cs-conformance.format', JUNIT_FORMAT],
    ['tool.name', run.tool.name],
    ['tool.version', run.tool.version],
    ['spec.title', run.spec.title],
    ['spec.version', run.spec.version],
    ['run.id', run.runId],
    ['run.startedAt', run.startedAt],
    ['run.finishedAt', run.finishedAt],
    ['run.verdict', run.verdict],
    ['target.kind', run.target.kind],
    ['target.origin', safeOrigin(run.target.origin)],
    ['target.basePath', run.target.basePath],
  ];
  for (const [key] of COMPONENTS) props.push([`system.${key}`, versionOf(run, key)]);
  const anyUnknown = COMPONENTS.some(([key]) => versionOf(run, key) === UNKNOWN);
  if (run.system.unknownReason || anyUnknown) {
    props.push(['system.unknownReason', run.system.unknownReason || 'not reported by GET /system']);
  }
  for (const [k, v] of optionEntries(run)) props.push([`option.${k}`, v]);
  return props;
}

export function testName(check: CheckResult): string {
  return `${check.id} ${check.requirement}`;
}

export const KNOWN_FAILURE_PREFIX = 'known failure: ';

/** JUnit readers show the message as a one-line title: the reason's first line, the whole reason in the text. */
function title(text: string | undefined, fallback: string): string {
  return headline(text) || fallback;
}

function testcase(check: CheckResult): string {
  const head = `    <testcase${attrs([
    ['classname', `${CLASSNAME_PREFIX}${check.suite}`],
    ['name', testName(check)],
    ['time', seconds(check.durationMs)],
    // Surefire's "group" is a tag list; the requirement level is what QA filters on.
    ['group', check.level],
    ...(check.file ? [['file', check.file] as [string, string]] : []),
  ])}`;
  const body: string[] = [];
  const outcome = outcomeOf(check);
  if (outcome === 'known') {
    const message = title(`${KNOWN_FAILURE_PREFIX}${check.knownFailure!.reason}`, 'known failure');
    body.push(`<skipped${attrs([['message', message], ['type', 'known-failure']])}>${xmlText(evidenceText(check))}</skipped>`);
  } else if (outcome === 'fail') {
    const message = title(check.reason, `${check.level} requirement not met`);
    body.push(`<failure${attrs([['message', message], ['type', check.level]])}>${xmlText(evidenceText(check))}</failure>`);
  } else if (outcome === 'blocked') {
    // A setup error, as pytest reports a failing fixture: the check never reached its own behaviour.
    body.push(`<error${attrs([['message', title(check.reason, `blocked by ${check.blockedBy}`)], ['type', 'blocked']])}>${xmlText(evidenceText(check))}</error>`);
  } else if (outcome === 'error') {
    const message = title(check.reason, 'check could not complete');
    body.push(`<error${attrs([['message', message], ['type', 'error']])}>${xmlText(evidenceText(check))}</error>`);
  } else if (outcome === 'skip') {
    body.push(`<skipped${attrs([['message', title(check.reason, 'skipped')]])}/>`);
  }
  const notes = notesText(check);
  if (notes) body.push(`<system-out>${xmlText(notes)}</system-out>`);
  if (!body.length) return `${head}/>`;
  return `${head}>\n${body.map((b) => `      ${b}`).join('\n')}\n    </testcase>`;
}

function count(checks: CheckResult[], ...outcomes: Outcome[]): number {
  return checks.filter((c) => outcomes.includes(outcomeOf(c))).length;
}

function testsuite(run: RunResult, suite: SuiteResult, props: [string, string][]): string {
  const time = suite.checks.reduce((t, c) => t + (Number.isFinite(c.durationMs) && c.durationMs > 0 ? c.durationMs : 0), 0);
  const head = `  <testsuite${attrs([
    ['name', suite.name],
    ['tests', suite.checks.length],
    ['failures', count(suite.checks, 'fail')],
    ['errors', count(suite.checks, 'error', 'blocked')],
    ['skipped', count(suite.checks, 'skip', 'known')],
    ['time', seconds(time)],
    ['timestamp', run.startedAt],
    // The host under test: the machine running the suite is irrelevant to a conformance verdict.
    ['hostname', hostOf(run.target.origin)],
    ...(suite.checks[0]?.file ? [['file', suite.checks[0].file] as [string, string]] : []),
  ])}>`;
  const properties = [
    '    <properties>',
    ...props.map(([name, value]) => `      <property${attrs([['name', name], ['value', value]])}/>`),
    '    </properties>',
  ];
  return [head, ...properties, ...suite.checks.map(testcase), '  </testsuite>'].join('\n');
}

function hostOf(origin: string): string {
  const safe = safeOrigin(origin);
  try {
    return new URL(safe).hostname || safe;
  } catch {
    return safe;
  }
}

export function renderJunit(run: RunResult): string {
  const props = runProperties(run);
  const checks = run.suites.flatMap((s) => s.checks);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs([
      ['name', run.tool.name],
      ['tests', checks.length],
      ['failures', count(checks, 'fail')],
      ['errors', count(checks, 'error', 'blocked')],
      ['time', seconds(run.durationMs)],
    ])}>`,
    ...run.suites.map((s) => testsuite(run, s, props)),
    '</testsuites>',
    '',
  ].join('\n');
}
