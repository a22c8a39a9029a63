// The runner's single entry point to reporting: every format from one RunResult, side by side in one directory.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderRunHar } from './har.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import type { RunResult } from './model.ts';
import { renderResultsJson } from './results.ts';
import { renderSummary } from './summary.ts';

export const REPORT_FILES = {
  junit: 'junit.xml',
  html: 'report.html',
  summary: 'summary.md',
  results: 'results.json',
  har: 'exchanges.har',
} as const;

export async function writeReports(run: RunResult, dir: string): Promise<{ files: string[] }> {
  // Rendered before anything is written, so a renderer bug leaves no half-written report set behind.
  const outputs: [string, string][] = [
    [REPORT_FILES.junit, renderJunit(run)],
    [REPORT_FILES.html, renderHtml(run)],
    [REPORT_FILES.summary, renderSummary(run)],
    [REPORT_FILES.results, renderResultsJson(run)],
    [REPORT_FILES.har, renderRunHar(run)],
  ];
  await mkdir(dir, { recursive: true });
  const files = outputs.map(([name]) => join(dir, name));
  await Promise.all(outputs.map(([name, text]) => writeFile(join(dir, name), text, 'utf8')));
  return { files };
}

export { renderHar, renderRunHar } from './har.ts';
export { renderHtml } from './html.ts';
export { renderJunit } from './junit.ts';
export { readResults, renderResultsJson } from './results.ts';
export { renderSummary } from './summary.ts';
export { diffRuns, formatDiff, runDiffCommand } from './diff.ts';
export type { RunDiff } from './diff.ts';
export type { ComparableRun } from './comparable.ts';
