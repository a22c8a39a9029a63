// The cost of a NAS that sets a new session cookie value on every answer: the same full stateful run (memory target,
// --container, --allow-destructive) against a target that rotates the cookie and one that does not, repetitions
// interleaved after one warm-up run each so that the machine's drift hits both alike; medians and their ratio (goal:
// at most 1.5×). Every value is a secret the run learns, in both threads, so whatever grows per secret shows here.
import { startSimulator, type Simulator } from '../../runner/simulate/simulator.ts';

type TimedRun = (args: string[], env: Record<string, string>) => Promise<{ wallMs: number; code: number | null }>;

export interface RotationRow {
  reps: number;
  plainMs: number;
  plainMinMs: number;
  plainMaxMs: number;
  rotatingMs: number;
  rotatingMinMs: number;
  rotatingMaxMs: number;
  /** Session cookie values the rotating target issued in one run (median). */
  cookiesPerRun: number;
  ratio: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function rotationRow(reps: number, timedRun: TimedRun): Promise<RotationRow> {
  const password = 'bench-password';
  const plain = await startSimulator({ password });
  const rotating = await startSimulator({ password, session: { rotateCookie: true }, recordIssued: true });
  const env = { CS_PASSWORD: password };
  const args = (t: Simulator) => ['--target', t.url, '--username', t.username, '--container', t.runningContainer, '--allow-destructive'];
  const run = async (t: Simulator) => {
    const r = await timedRun(args(t), env);
    if (r.code !== 0) throw new Error(`cookie rotation row: a run against the ${t === rotating ? 'rotating' : 'plain'} target exited ${r.code}`);
    return r.wallMs;
  };
  try {
    await run(plain);
    await run(rotating);
    const plainMs: number[] = [];
    const rotatingMs: number[] = [];
    const cookies: number[] = [];
    for (let i = 0; i < reps; i++) {
      plainMs.push(await run(plain));
      const before = rotating.issued().length;
      rotatingMs.push(await run(rotating));
      cookies.push(rotating.issued().length - before);
    }
    return {
      reps,
      plainMs: median(plainMs),
      plainMinMs: Math.min(...plainMs),
      plainMaxMs: Math.max(...plainMs),
      rotatingMs: median(rotatingMs),
      rotatingMinMs: Math.min(...rotatingMs),
      rotatingMaxMs: Math.max(...rotatingMs),
      cookiesPerRun: median(cookies),
      ratio: median(rotatingMs) / median(plainMs),
    };
  } finally {
    await plain.close();
    await rotating.close();
  }
}

export function printRotationRow(r: RotationRow, log: (line: string) => void): void {
  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  log(`| memory target, ${r.reps} rep${r.reps === 1 ? '' : 's'} interleaved (median wall) | min–max | session cookie values issued per run |`);
  log('|---|---|---|');
  log(`| the same cookie all along: ${f(r.plainMs)} | ${f(r.plainMinMs)}–${f(r.plainMaxMs)} | 1 per login |`);
  log(`| a new cookie value on every answer: ${f(r.rotatingMs)} | ${f(r.rotatingMinMs)}–${f(r.rotatingMaxMs)} | ${r.cookiesPerRun} |`);
  log(`cookie rotation costs ${r.ratio.toFixed(2)}× the run without it`);
}

export function rotationGoal(r: RotationRow): { goal: string; measured: string; met: boolean } {
  return { goal: 'a run against a target rotating the session cookie on every answer at most 1.5× the same run without rotation', measured: `${r.ratio.toFixed(2)}× (${r.cookiesPerRun} cookie values)`, met: r.ratio <= 1.5 };
}
