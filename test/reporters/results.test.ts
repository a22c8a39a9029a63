import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../reporters/junit.ts';
import type { RunResult } from '../../reporters/model.ts';
import { RESULTS_FORMAT, parseResultsJson, readResults, renderResultsJson } from '../../reporters/results.ts';
import { runMixed } from '../fixtures/run-mixed.ts';
import { tempDir } from './helpers.ts';

const dir = tempDir();

/** The same value with every object's keys inserted in reverse order. */
function reversedKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reversedKeys) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)])) as T;
  }
  return v;
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('renderResultsJson', () => {
  it('is the RunResult itself, tagged with its format first', () => {
    const text = renderResultsJson(runMixed());
    expect(text.startsWith(`{\n  "format": "${RESULTS_FORMAT}",\n  "tool": {`)).toBe(true);
    const { format, ...rest } = JSON.parse(text);
    expect(format).toBe('cs-conformance-results/1');
    expect(rest).toEqual(runMixed());
  });

  it('round-trips through parseResultsJson, hostile bytes included', () => {
    const run = runMixed();
    const back = parseResultsJson(renderResultsJson(run));
    expect(back).toEqual(run);
    expect(back.suites[1].checks[2].transcript[1].response?.body).toContain('nul:\u0000');
  });

  it('has a key order that does not depend on how the runner built the object', () => {
    const run: RunResult = runMixed();
    expect(renderResultsJson(reversedKeys(run))).toBe(renderResultsJson(run));
  });

  it('rejects other files with a one-line message', () => {
    expect(() => parseResultsJson('{"suites":[]}')).toThrow('not a cs-conformance results file (no "format")');
    expect(() => parseResultsJson('{"format":"cs-conformance-results/9","suites":[]}')).toThrow('unsupported format');
    expect(() => parseResultsJson('{"format":"cs-conformance-results/1"')).toThrow(/^invalid JSON/);
  });
});

describe('readResults', () => {
  it('reads results.json and junit.xml of the same run to the same comparable form', () => {
    const run = runMixed();
    const fromJson = readResults(write('results.json', renderResultsJson(run)));
    const fromJunit = readResults(write('junit.xml', renderJunit(run)));
    expect(fromJson.source).toBe('results.json');
    expect(fromJunit.source).toBe('junit.xml');
    expect({ ...fromJunit, source: '' }).toEqual({ ...fromJson, source: '' });
    expect(fromJson.checks).toHaveLength(12);
  });

  it('agrees on unknown versions too', () => {
    const run = runMixed();
    run.system = { unknownReason: 'GET /system answered 403' };
    const a = readResults(write('u.json', renderResultsJson(run)));
    const b = readResults(write('u.xml', renderJunit(run)));
    expect(a.versions).toEqual(b.versions);
    expect(a.versions.firmware).toBe('unknown');
  });

  it('tells the file type by content, not by name', () => {
    const run = runMixed();
    expect(readResults(write('results.txt', renderJunit(run))).source).toBe('junit.xml');
    expect(readResults(write('junit.txt', renderResultsJson(run))).source).toBe('results.json');
  });

  it('fails with short messages', () => {
    expect(() => readResults(join(dir, 'missing.json'))).toThrow('no such file');
    expect(() => readResults(dir)).toThrow('is a directory');
    expect(() => readResults(write('empty', ''))).toThrow('empty file');
    expect(() => readResults(write('garbage', 'hello'))).toThrow('neither a results.json nor a junit.xml');
    expect(() => readResults(write('cut.xml', renderJunit(runMixed()).slice(0, 500)))).toThrow(/^invalid XML at line \d+/);
    expect(() => readResults(write('html.xml', '<html></html>'))).toThrow('not a JUnit file (root element <html>)');
  });
});
