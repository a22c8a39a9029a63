import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRunHar } from '../../reporters/har.ts';
import { renderHtml } from '../../reporters/html/html.ts';
import { writeReports } from '../../reporters/index.ts';
import { renderJunit } from '../../reporters/junit.ts';
import { renderResultsJson } from '../../reporters/results.ts';
import { renderSummary } from '../../reporters/summary.ts';
import { runMixed } from '../fixtures/run-mixed.ts';
import { tempDir } from './helpers.ts';

const root = tempDir();

describe('writeReports', () => {
  it('creates the directory and writes the five reports', async () => {
    const dir = join(root, 'reports', 'nested');
    const run = runMixed();
    const { files } = await writeReports(run, dir);
    expect(files).toEqual(['junit.xml', 'report.html', 'summary.md', 'results.json', 'exchanges.har'].map((f) => join(dir, f)));
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(read('junit.xml')).toBe(renderJunit(run));
    expect(read('report.html')).toBe(renderHtml(run));
    expect(read('summary.md')).toBe(renderSummary(run));
    expect(read('results.json')).toBe(renderResultsJson(run));
    expect(read('exchanges.har')).toBe(renderRunHar(run));
  });

  it('overwrites an earlier run in the same directory', async () => {
    const dir = join(root, 'again');
    await writeReports(runMixed(), dir);
    const run = runMixed();
    run.runId = 'second';
    await writeReports(run, dir);
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).runId).toBe('second');
  });
});
