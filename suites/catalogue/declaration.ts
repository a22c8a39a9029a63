// What a check declares about itself, read from the structured comment directly above its body, as Kubernetes'
// test/conformance/walk.go reads the comments above framework.ConformanceIt:
//
//   /*
//    * Requirement: DELETE /networks/{network_id} of an unknown network MUST answer the error envelope meaning "not found".
//    * Evidence: page: the documented "network not found" capture
//    * Operations: removeNetwork
//    * Needs: state, container
//    * Runs alone: why it may not run beside other checks
//    * Runs first: why it starts before the others (its chain of requests is the longest)
//    */
//   check('NET-RM-001', async (t) => { … });
//
// The requirement sentence carries the level (its strongest of MUST and SHOULD, or a leading "MAY-INFO:"), so the
// two cannot disagree. Evidence says where the requirement comes from (reporters/findings/evidence.ts): `page: <why>`,
// `engine: <why>` or `inferred: <x-cs-quirks id>`; an inferred rule never fails a MUST, so a MUST requirement with
// inferred evidence is refused. The comment `Suite: <title>` directly above the file's defineSuite() titles the suite.
//
// The comments are parsed from the source text, not imported: `cs-conformance list`, --check and the catalogue read
// every declaration without loading a check body (and the CLI plans a run before the embedded mock starts). The
// compiled package keeps them, since tsc keeps a comment above a statement it emits (not one above type-only imports,
// hence the suite's comment sits above defineSuite()). The operations are checked against the spec where the spec
// is at hand (the catalogue test), not on every read, and so are the quirk ids of inferred evidence.
import type { Evidence, Level } from '../../reporters/model.ts';
import type { OperationId } from '../../wire/api.ts';
import { parseEvidence } from '../../reporters/findings/evidence.ts';

/** What a check needs from the target (or the run); a missing need skips the check with its reason. */
export type Need = 'state' | 'container' | 'destructive' | 'login' | 'wrong-password';
const NEEDS: readonly Need[] = ['state', 'container', 'destructive', 'login', 'wrong-password'];

/** A generated property's part of --budget (the negative suite): its weight, and whether it runs on the Prism mock. */
export interface BudgetShare {
  weight: number;
  /** False when the check never sends on the mock: its share goes to the others there. */
  onMock: boolean;
}

export interface CheckDeclaration {
  id: string;
  level: Level;
  /** One sentence with MUST, SHOULD or MAY-INFO. */
  requirement: string;
  /** Where the requirement comes from: the page, the engine, or an inference (never for a MUST). */
  evidence: Evidence;
  operations: OperationId[];
  needs: Need[];
  /** The seeded faults of the simulator (runner/simulate/faults.ts) that this check catches: proof that it can fail. */
  faults: string[];
  /** A generated property's share of --budget (`Budget: 3`, or `Budget: 2, none on the mock`). */
  budget?: BudgetShare;
  /**
   * Why the check may not run beside others (it needs the target quiet, or reads what other checks recorded): it runs
   * alone, after every check that may run concurrently, in catalogue order. Undefined: it may run beside any other.
   */
  alone?: string;
  /**
   * Why the check starts before the other concurrent ones: its chain of requests in series is long, and started
   * last it would run on alone at the end. Only the order at --concurrency above 1 changes, never the results.
   */
  first?: string;
}

export interface SuiteDeclaration {
  name: string;
  title: string;
  checks: CheckDeclaration[];
}

const KEYS = ['Requirement', 'Evidence', 'Faults', 'Operations', 'Needs', 'Budget', 'Runs alone', 'Runs first'] as const;
type Key = (typeof KEYS)[number];

/** A declaration that does not parse: names the file and line, for the developer who wrote it. */
export class DeclarationError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'DeclarationError';
  }
}

/**
 * What a declaration may name, where it is at hand (the catalogue test): the spec's operationIds and `x-cs-quirks`
 * ids, and the simulator's fault names. Checked when given, so that a typo is an error at once, not a coverage gap, a
 * warning naming nothing or a fault no check is held to.
 */
export interface KnownNames {
  operationIds?: ReadonlySet<string>;
  quirkIds?: ReadonlySet<string>;
  faultNames?: ReadonlySet<string>;
}

/** The suite declared in one suite file's source. */
export function parseSuiteSource(name: string, file: string, source: string, known: KnownNames = {}): SuiteDeclaration {
  const lines = source.split('\n');
  const comments = structuredComments(lines);
  const title = comments.find((c) => c.fields.has('Suite'))?.fields.get('Suite');
  if (!title) throw new DeclarationError(file, 'no `Suite: <title>` comment');
  const checks: CheckDeclaration[] = [];
  lines.forEach((line, i) => {
    const call = /^check\('([^']+)'/.exec(line);
    if (!call) return;
    const where = `${file}:${i + 1}`;
    const comment = comments.find((c) => c.endLine === i - 1 && !c.fields.has('Suite'));
    if (!comment) throw new DeclarationError(where, `check ${call[1]} has no structured comment directly above it`);
    checks.push(declaration(call[1], comment.fields, where, known));
  });
  const ids = checks.map((c) => c.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new DeclarationError(file, `check ${twice.join(', ')} declared twice`);
  return { name, title, checks };
}

function declaration(id: string, fields: Map<string, string>, where: string, { operationIds, quirkIds, faultNames }: KnownNames): CheckDeclaration {
  const unknown = [...fields.keys()].filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new DeclarationError(where, `${id}: unknown field ${unknown.join(', ')} (known: ${KEYS.join(', ')})`);
  const requirement = fields.get('Requirement');
  if (!requirement) throw new DeclarationError(where, `${id}: no Requirement`);
  const operations = list(fields.get('Operations'));
  const strange = operationIds ? operations.filter((o) => !operationIds.has(o)) : [];
  if (strange.length) throw new DeclarationError(where, `${id}: ${strange.join(', ')} is not an operationId of the spec`);
  const needs = list(fields.get('Needs'));
  const badNeed = needs.filter((n) => !(NEEDS as readonly string[]).includes(n));
  if (badNeed.length) throw new DeclarationError(where, `${id}: unknown need ${badNeed.join(', ')} (known: ${NEEDS.join(', ')})`);
  const alone = fields.get('Runs alone');
  const first = fields.get('Runs first');
  if (alone && first) throw new DeclarationError(where, `${id}: a check that runs alone does not run first`);
  const faults = list(fields.get('Faults'));
  const notFaults = faultNames ? faults.filter((f) => !faultNames.has(f)) : [];
  if (notFaults.length) throw new DeclarationError(where, `${id}: ${notFaults.join(', ')} is not a seeded fault of the simulator (runner/simulate/faults.ts)`);
  const level = levelOf(requirement, `${where}: ${id}`);
  const evidence = evidenceOf(fields.get('Evidence'), level, `${where}: ${id}`, quirkIds);
  const budget = budgetOf(fields.get('Budget'), `${where}: ${id}`);
  return {
    id,
    level,
    requirement,
    evidence,
    operations: operations as OperationId[],
    needs: needs as Need[],
    faults,
    ...(budget ? { budget } : {}),
    ...(alone ? { alone } : {}),
    ...(first ? { first } : {}),
  };
}

/** `Budget: 3` or `Budget: 2, none on the mock (why)`: a generated property's share of --budget. */
function budgetOf(text: string | undefined, where: string): BudgetShare | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)(, none on the mock\b.*)?$/.exec(text);
  if (!m || Number(m[1]) < 1) throw new DeclarationError(where, `Budget must be a whole weight of at least 1, optionally followed by ", none on the mock (why)"; got "${text}"`);
  return { weight: Number(m[1]), onMock: !m[2] };
}

/** The declared evidence: present, well-formed, naming a quirk of the spec when inferred, never inferred for a MUST. */
function evidenceOf(text: string | undefined, level: Level, where: string, quirkIds?: ReadonlySet<string>): Evidence {
  if (!text) throw new DeclarationError(where, 'no Evidence (page: <why>, engine: <why> or inferred: <x-cs-quirks id>)');
  const evidence = parseEvidence(text);
  if (typeof evidence === 'string') throw new DeclarationError(where, evidence);
  if (evidence.kind === 'inferred' && level === 'MUST') {
    throw new DeclarationError(where, `a MUST requirement cannot rest on inferred evidence (${evidence.quirk}): an inferred rule only warns, so state it with SHOULD`);
  }
  if (evidence.quirk && quirkIds && !quirkIds.has(evidence.quirk)) throw new DeclarationError(where, `${evidence.quirk} is not an x-cs-quirks id of the spec`);
  return evidence;
}

/** The strongest level the sentence states: MUST, else SHOULD; "MAY-INFO:" leads a sentence that only records. */
function levelOf(requirement: string, where: string): Level {
  if (requirement.startsWith('MAY-INFO:')) return 'INFO';
  if (/\bMUST\b/.test(requirement)) return 'MUST';
  if (/\bSHOULD\b/.test(requirement)) return 'SHOULD';
  throw new DeclarationError(where, `the requirement states no level (MUST, SHOULD, or a leading "MAY-INFO:"): ${requirement}`);
}

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

interface StructuredComment {
  /** The line index of the closing `*\/`. */
  endLine: number;
  fields: Map<string, string>;
}

/** Every `/* … *\/` block whose lines are ` * Key: value`, with more-indented lines continuing the value before. */
function structuredComments(lines: string[]): StructuredComment[] {
  const found: StructuredComment[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '/*') continue;
    const fields = new Map<string, string>();
    let key: Key | 'Suite' | undefined;
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== '*/'; j++) {
      const text = lines[j].replace(/^\s*\*/, '');
      const field = /^ ([A-Z][a-z]+(?: [a-z]+)?): (.*)$/.exec(text);
      if (field) {
        key = field[1] as Key;
        fields.set(key, field[2].trim());
      } else if (key && /^ {2,}\S/.test(text)) fields.set(key, `${fields.get(key)} ${text.trim()}`);
      else if (text.trim()) {
        key = undefined;
        fields.clear();
        break;
      }
    }
    if (fields.size) found.push({ endLine: j, fields });
    i = j;
  }
  return found;
}
