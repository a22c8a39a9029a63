// The report directory, made ready before a run sends its first request: created if missing and proven writable,
// so that a typo in --report-dir costs one line and exit 2, not a whole run whose reports cannot be written.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Creates `dir` (and missing parents) and writes and removes a probe file in it; throws an Error with a one-line
 * message naming the directory otherwise. Parents are created one by one: Node's recursive mkdir spins forever
 * under /proc (a path whose parent exists but refuses new entries with ENOENT).
 */
export function prepareReportDir(dir: string): void {
  const path = resolve(dir);
  const missing: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || dirname(p) === p) throw new Error(`cannot use --report-dir ${dir}: ${p} (${code ?? 'error'})`);
      missing.unshift(p);
      continue;
    }
    if (!isDir) throw new Error(`cannot use --report-dir ${dir}: ${p} is not a directory`);
    break;
  }
  for (const p of missing) {
    try {
      mkdirSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new Error(`cannot create --report-dir ${dir}: mkdir ${p} failed (${code ?? 'error'})`);
    }
  }
  const probe = join(path, `.cs-conformance-probe-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
  } catch (err) {
    throw new Error(`cannot write to --report-dir ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    rmSync(probe, { force: true });
  }
}
