// Phase marks of a run (ms since the process started), written to $CS_PHASES_FILE when it is set: what the benchmark
// reads to split a run's time. Free when unset.
import { writeFileSync } from 'node:fs';

const file = process.env.CS_PHASES_FILE;
const marks: { name: string; at: number }[] = [];

export function mark(name: string): void {
  if (file) marks.push({ name, at: Math.round(performance.now() * 10) / 10 });
}

export function writePhases(): void {
  if (!file) return;
  mark('exit');
  writeFileSync(file, JSON.stringify({ marks, maxRssKiB: process.resourceUsage().maxRSS }));
}
