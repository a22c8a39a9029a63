// `cs-conformance matrix <results.json|junit.xml>... [--out FILE.html|FILE.md]`: reads every run, builds the matrix,
// writes it (Markdown to stdout without --out). Exit 0 once written (the matrix is a view, not a verdict), 2 with one
// line on bad usage or an unreadable input.

import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.ts';
import type { ComparableRun } from '../../reporters/read/comparable.ts';
import { buildMatrix, renderMatrixMarkdown } from './matrix.ts';
import { renderMatrixHtml } from './matrix-html.ts';
import { readResults } from '../../reporters/results.ts';
import { cleanText, firstLine, truncate } from '../../reporters/text.ts';
import type { Io } from '../../core/output.ts';

export const MATRIX_HELP = `cs-conformance matrix — many runs as one table: a row per check, a column per run

Usage:
  cs-conformance matrix <results.json|junit.xml>... [--out FILE.html|FILE.md]

  --out FILE   write the matrix to FILE: .html (self-contained page) or .md (Markdown); default: Markdown on stdout

Columns are ordered by the versions each run reported; a change of outcome between neighbouring versions of the same
target is marked as a regression or a fix. Exit codes: 0 written, 2 bad usage or an unreadable input.`;


export function runMatrixCommand(argv: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new UsageError(`matrix: ${(err as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(MATRIX_HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('matrix needs at least one results.json or junit.xml');
  const extension = values.out === undefined ? '.md' : extname(values.out).toLowerCase();
  if (!['.md', '.html', '.htm'].includes(extension)) throw new UsageError(`--out must end in .html or .md, got "${values.out}"`);
  const runs: { file: string; run: ComparableRun }[] = [];
  for (const file of positionals) {
    try {
      runs.push({ file, run: readResults(file) });
    } catch (e) {
      io.err(`cs-conformance: matrix: ${truncate(cleanText(file), 200)}: ${truncate(cleanText(firstLine((e as Error).message)), 200)}`);
      return 2;
    }
  }
  const matrix = buildMatrix(runs);
  const text = extension.startsWith('.htm') ? renderMatrixHtml(matrix) : renderMatrixMarkdown(matrix);
  if (values.out === undefined) {
    io.out(text.trimEnd());
    return 0;
  }
  try {
    writeFileSync(values.out, text);
  } catch (e) {
    io.err(`cs-conformance: matrix: cannot write ${values.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  io.out(`matrix of ${matrix.rows.length} checks × ${matrix.columns.length} runs (${matrix.regressions} regressions, ${matrix.fixes} fixes) written to ${values.out}`);
  return 0;
}
