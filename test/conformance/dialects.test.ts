// The reference target differs where the page is silent, as real firmware does (dialect.ts, sessions.ts): the success
// status (200, 201 for create only, 201 everywhere), errors answered with HTTP 200 and the envelope (an ended session
// too, as {"error": {"code": 401}} on HTTP 200: firmware that "answers 200 whatever happened"), a charset in
// Content-Type, the order of the list, the session cookie's name. The suite passes every combination with no failure,
// and its only warnings are about the rules it infers, each named by its x-cs-quirks id. The real CLI against the
// in-memory reference target.
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../runner/simulate/front/shape/dialect.ts';
import { startSimulator } from '../../runner/simulate/simulator.ts';
import type { SessionOptions } from '../../runner/simulate/front/sessions.ts';
import { pool, runCli } from './run-cli.ts';

const PASSWORD = 'memory-target-password';

interface Combination {
  dialect: Dialect;
  session: SessionOptions;
}

const SUCCESS: Dialect['successStatus'][] = [200, { createNetwork: 201 }, 201];
// The list order: the engine's, or shuffled on every answer (which reverses it often enough).
const COMBINATIONS: Combination[] = SUCCESS.flatMap((successStatus) =>
  [false, true].flatMap((errorsAs200) =>
    [false, true].flatMap((charset) =>
      (['engine', 'shuffled'] as const).flatMap((listOrder) =>
        [undefined, 'NAS_SID'].map((cookieName): Combination => ({
          dialect: { successStatus, errorsAs200, charset, listOrder },
          session: { ...(cookieName ? { cookieName } : {}), ...(errorsAs200 ? { endedAnswer: '200' as const } : {}) },
        })),
      ),
    ),
  ),
);

/** The quirks a dialect departs from: the inferred success status, errors on HTTP 200. */
function expectedQuirks(d: Dialect): string[] {
  return [...(d.successStatus !== 200 ? ['success-status-inferred'] : []), ...(d.errorsAs200 ? ['http-200-with-error-envelope'] : [])].sort();
}

describe('dialects of the reference target', () => {
  it(`passes every combination of the dialect switches (${COMBINATIONS.length}), warning only about inferred rules`, { timeout: 600_000 }, async () => {
    const outcomes = await pool(COMBINATIONS, 2, async ({ dialect, session }) => {
      const target = await startSimulator({ password: PASSWORD, dialect, session });
      try {
        const r = await runCli(['--target', target.url, '--username', target.username, '--container', target.runningContainer, '--allow-destructive', '--timeout', '2000'], { CS_PASSWORD: PASSWORD });
        const causes = r.results?.rootCauses ?? [];
        const findings = (r.results?.suites ?? []).flatMap((s) => s.checks).flatMap((c) => c.findings ?? []);
        return {
          dialect: JSON.stringify({ ...dialect, ...session }),
          code: r.code,
          failed: r.failed,
          skipped: r.skipped,
          // Every root cause: SHOULD, inferred, with the quirk it names.
          causes: causes.map((c) => `${c.level} ${c.evidence?.kind} ${c.evidence?.quirk}`),
          quirks: [...new Set(causes.map((c) => c.evidence?.quirk))].sort(),
          unnamed: findings.filter((f) => !f.evidence?.quirk || !f.message.endsWith(`(${f.evidence.quirk})`)).map((f) => f.message),
          expected: expectedQuirks(dialect),
          tail: r.stdout.split('\n').slice(-3).join(' | '),
        };
      } finally {
        await target.close();
      }
    });
    for (const o of outcomes) console.log(`  ${o.dialect}: exit ${o.code}, ${o.causes.length} root causes (${o.quirks.join(', ') || 'none'})`);
    for (const o of outcomes) {
      expect(o.code, `${o.dialect}: ${o.tail}`).toBe(0);
      expect(o.failed, o.dialect).toEqual([]);
      // The memory engine has no second driver: the only capability skip.
      expect(o.skipped, o.dialect).toEqual(['NET-CREATE-005']);
      for (const c of o.causes) expect(c, o.dialect).toMatch(/^SHOULD inferred [a-z0-9-]+$/);
      expect(o.quirks, o.dialect).toEqual(o.expected);
      expect(o.unnamed, o.dialect).toEqual([]);
    }
  });
});
