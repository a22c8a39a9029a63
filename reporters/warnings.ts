// SHOULD departures grouped across checks: a target that answers every error with HTTP 200 shows the same warning on
// dozens of checks, which belongs in a report once, with the checks and operations it was seen on. JUnit keeps the
// warning on each check (CI history is per test case); the console, summary.md and report.html show the groups.

import { outcomeOf } from './facts.ts';
import type { CheckResult } from './model.ts';

export interface WarningGroup {
  /** The departure with what varies from one sighting to the next (error codes, names, ids) elided. */
  text: string;
  /** Check IDs it was seen on, in report order. */
  checks: string[];
  /** operationIds it was seen on, in order of first sighting. */
  operations: string[];
}

// The API layer prefixes a departure with "<operationId> (<METHOD> <path>): ".
const OPERATION_PREFIX = /^([A-Za-z][\w]*) \((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) [^)]*\): /;
// A check's warnings are joined with "; "; a departure itself may hold "; " (e.g. "…; it SHOULD carry a 4xx status").
const SEPARATOR = /; (?=[A-Za-z][\w]* \((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) )/;

/** One departure of a check's warning text: the operation it names, and the departure as grouped. */
export function warningEntries(warning: string | undefined): { operation?: string; text: string }[] {
  if (!warning) return [];
  return warning.split(SEPARATOR).map((part) => {
    const m = OPERATION_PREFIX.exec(part);
    return { operation: m?.[1], text: normalize(m ? part.slice(m[0].length) : part) };
  });
}

function normalize(text: string): string {
  return text
    .trim()
    .replace(/\berror\.code \d+/g, 'error.code …')
    .replace(/\bcs-conformance-[0-9a-f]{8}-[\w.-]+/g, 'cs-conformance-…')
    .replace(/\b[0-9a-f]{12,64}\b/g, '…');
}

/** Warnings of passed checks (the SHOULD departures outside --strict), grouped by departure, largest group first. */
export function groupWarnings(checks: CheckResult[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const c of checks) {
    if (outcomeOf(c) !== 'warn') continue;
    for (const { operation, text } of warningEntries(c.warning)) {
      let g = groups.get(text);
      if (!g) groups.set(text, (g = { text, checks: [], operations: [] }));
      if (!g.checks.includes(c.id)) g.checks.push(c.id);
      if (operation && !g.operations.includes(operation)) g.operations.push(operation);
    }
  }
  return [...groups.values()].sort((a, b) => b.checks.length - a.checks.length);
}
