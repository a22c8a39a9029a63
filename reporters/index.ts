// The runner's single entry point to reporting: every format from one RunResult, side by side in one directory.
// This is the reports' side of the redaction choke point: the model is redacted before rendering (after every
// message was formatted, before any format escapes it), and each rendered file once more (the escaped forms of a
// secret are among the forms the Redactor knows).
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Redactor } from '../core/redaction/redact.ts';
import { renderRunHar } from './har.ts';
import { renderHtml } from './html/html.ts';
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

export async function writeReports(run: RunResult, dir: string, redactor: Redactor = new Redactor()): Promise<{ files: string[] }> {
  const safe = redactor.deep(run);
  // Rendered before anything is written, so a renderer bug leaves no half-written report set behind.
  const outputs: [string, string][] = [
    [REPORT_FILES.junit, renderJunit(safe)],
    [REPORT_FILES.html, renderHtml(safe)],
    [REPORT_FILES.summary, renderSummary(safe)],
    [REPORT_FILES.results, renderResultsJson(safe)],
    [REPORT_FILES.har, renderRunHar(safe)],
  ];
  await mkdir(dir, { recursive: true });
  const files = outputs.map(([name]) => join(dir, name));
  await Promise.all(outputs.map(([name, text]) => writeReplacing(join(dir, name), redactor.text(text))));
  return { files };
}

/**
 * Writes a new file beside `path` and renames it over `path`: a reader never sees half a report, and a symlink
 * planted at `path` is replaced, never written through (the temporary name is created exclusively, so it cannot be a
 * link either).
 */
export async function writeReplacing(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export { renderHar, renderRunHar } from './har.ts';
export { renderHtml } from './html/html.ts';
export { renderJunit } from './junit.ts';
export { readResults, renderResultsJson } from './results.ts';
export { renderSummary } from './summary.ts';
export type { ComparableRun } from './read/comparable.ts';
