// What a run takes, settled before anything starts (the mock included): the checks it selects, the known failures,
// and a report directory proven writable. Every usage error of those is found here, as one line and exit 2.
import { existsSync } from 'node:fs';
import { prepareReportDir } from '../../reporters/report-dir.ts';
import { CannotRunError } from '../../core/errors.ts';
import { type KnownFailures, loadKnownFailures } from './known-failures/known-failures.ts';
import { type Selection, selectChecks } from './select.ts';
import type { Settings } from './settings.ts';

export interface RunPlan {
  selection: Selection;
  known?: KnownFailures;
}

/** Checks the selection, the known-failures file and the report directory (exit 2 with one line otherwise). */
export function planRun(settings: Settings): RunPlan {
  const selection = selectChecks(settings);
  const known = settings.knownFailures ? loadKnownFailures(settings.knownFailures) : undefined;
  // A file to update must be one before the run starts: a malformed one would otherwise be found only at its end.
  if (settings.updateKnownFailures && existsSync(settings.updateKnownFailures)) loadKnownFailures(settings.updateKnownFailures, '--update-known-failures');
  try {
    prepareReportDir(settings.reportDir);
  } catch (err) {
    throw new CannotRunError((err as Error).message, 'pick a directory this user can write to');
  }
  return { selection, known };
}

