// Reads a junit.xml back into the comparable form: ours in full (levels, warnings, versions from <properties>),
// and any JUnit well enough to compare outcomes by ID.

import { COMPONENTS } from '../facts.ts';
import type { ComparableCheck, ComparableRun } from './comparable.ts';
import { CLASSNAME_PREFIX } from '../junit.ts';
import type { Level } from '../model.ts';
import { type XmlElement, childElements, parseXml, textOf } from './xml-parse.ts';

const LEVELS: readonly string[] = ['MUST', 'SHOULD', 'INFO'];

function suitesOf(el: XmlElement): { suite: XmlElement; name: string }[] {
  const found: { suite: XmlElement; name: string }[] = [];
  const walk = (e: XmlElement) => {
    for (const s of childElements(e, 'testsuite')) {
      found.push({ suite: s, name: s.attrs.name ?? '' });
      walk(s);
    }
  };
  if (el.name === 'testsuite') found.push({ suite: el, name: el.attrs.name ?? '' });
  walk(el);
  return found;
}

/** The entries of our <system-out>: "warning: …" / "observation: …", continuation lines indented by two spaces. */
function warningsOf(systemOut: string): string[] {
  const warnings: string[] = [];
  let current: string[] | undefined;
  for (const line of systemOut.split('\n')) {
    if (line.startsWith('warning: ')) {
      current = [line.slice('warning: '.length)];
      warnings.push('');
    } else if (current && line.startsWith('  ')) {
      current.push(line.slice(2));
    } else {
      current = undefined;
      continue;
    }
    warnings[warnings.length - 1] = current.join('\n');
  }
  return warnings;
}

function testcase(tc: XmlElement, suiteName: string): ComparableCheck {
  const name = (tc.attrs.name ?? '').trim();
  const space = name.search(/\s/);
  const id = space < 0 ? name : name.slice(0, space);
  const requirement = space < 0 ? '' : name.slice(space + 1).trim();
  const classname = tc.attrs.classname ?? '';
  const suite = classname.startsWith(CLASSNAME_PREFIX) ? classname.slice(CLASSNAME_PREFIX.length) : suiteName || classname;
  const [failure] = childElements(tc, 'failure');
  const [error] = childElements(tc, 'error');
  const [skipped] = childElements(tc, 'skipped');
  const systemOut = childElements(tc, 'system-out').map(textOf).join('\n');

  const check: ComparableCheck = { id, suite, requirement, outcome: 'pass' };
  const level = LEVELS.includes(tc.attrs.group ?? '') ? tc.attrs.group : failure?.attrs.type;
  if (level && LEVELS.includes(level)) check.level = level as Level;
  // A JUnit writer may emit several; the worst one decides, as in CI dashboards.
  const decisive = error ?? failure ?? skipped;
  if (decisive) {
    check.outcome =
      decisive === error ? (error.attrs.type === 'blocked' ? 'blocked' : 'error') : decisive === failure ? 'fail' : decisive.attrs.type === 'known-failure' ? 'known' : 'skip';
    const reason = decisive.attrs.message ?? textOf(decisive).trim();
    if (reason) check.reason = reason;
  } else {
    const warnings = warningsOf(systemOut);
    if (warnings.length) {
      check.outcome = 'warn';
      check.warning = warnings.join('\n');
    }
  }
  return check;
}

export function parseJunit(xml: string): ComparableRun {
  const root = parseXml(xml);
  if (root.name !== 'testsuites' && root.name !== 'testsuite') {
    throw new Error(`not a JUnit file (root element <${root.name}>)`);
  }
  const props = new Map<string, string>();
  const checks: ComparableCheck[] = [];
  for (const { suite, name } of suitesOf(root)) {
    for (const p of childElements(suite, 'properties').flatMap((ps) => childElements(ps, 'property'))) {
      const key = p.attrs.name;
      if (key !== undefined && !props.has(key)) props.set(key, p.attrs.value ?? textOf(p));
    }
    for (const tc of childElements(suite, 'testcase')) checks.push(testcase(tc, name));
  }
  const run: ComparableRun = { source: 'junit.xml', versions: {}, checks };
  const runId = props.get('run.id');
  if (runId) run.runId = runId;
  const startedAt = props.get('run.startedAt') ?? suitesOf(root)[0]?.suite.attrs.timestamp;
  if (startedAt) run.startedAt = startedAt;
  const target = props.get('target.origin');
  if (target) run.target = target;
  for (const [key] of COMPONENTS) {
    const v = props.get(`system.${key}`);
    if (v) run.versions[key] = v;
  }
  const spec = props.get('spec.version');
  if (spec) run.versions.spec = spec;
  const tool = props.get('tool.version');
  if (tool) run.versions.tool = tool;
  return run;
}
