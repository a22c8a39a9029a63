// Where a rule comes from, written as `page: <why>`, `engine: <why>` or `inferred: <quirk-id>[ <why>]`: the check
// declarations' Evidence field and the spec's `x-cs-evidence` read the same way. An inferred rule names the
// `x-cs-quirks` id that records the inference, so that a warning can say which one (quirkIds lists the spec's).
import type { Evidence } from '../model.ts';

const KINDS: readonly Evidence['kind'][] = ['page', 'engine', 'inferred'];
/** A quirk id: lower-case words joined by hyphens (success-status-inferred). */
const QUIRK_ID = /^([a-z0-9]+(?:-[a-z0-9]+)+)\b/;

/** The evidence `text` states, or a sentence saying what is wrong with it. */
export function parseEvidence(text: string): Evidence | string {
  const m = /^(\w+):\s*(\S.*)$/s.exec(text.trim());
  if (!m || !(KINDS as readonly string[]).includes(m[1])) return `evidence must read "page: <why>", "engine: <why>" or "inferred: <quirk-id>", got "${text}"`;
  const kind = m[1] as Evidence['kind'];
  const why = m[2].trim();
  if (kind !== 'inferred') return { kind, why };
  const quirk = QUIRK_ID.exec(why)?.[1];
  if (!quirk) return `inferred evidence must start with the x-cs-quirks id of the inference (e.g. "inferred: success-status-inferred"), got "${why}"`;
  return { kind, why, quirk };
}

/** `page: the documented duplicate capture`, as it was written. */
export function describeEvidence(e: Evidence): string {
  return `${e.kind}: ${e.why}`;
}

/** Every `x-cs-quirks` id the document holds, wherever it is (document, operation, field). */
export function quirkIds(doc: unknown): Set<string> {
  const ids = new Set<string>();
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-cs-quirks' && Array.isArray(value)) {
        for (const q of value) if (q && typeof q === 'object' && typeof (q as { id?: unknown }).id === 'string') ids.add((q as { id: string }).id);
      } else stack.push(value);
    }
  }
  return ids;
}
