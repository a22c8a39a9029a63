// The seeded faults of the simulator, in one table: what each one does, and what its run is held to. Each breaks a
// single documented behaviour, so that a conformance run against a faulty simulator must fail where it passes against
// the fault-free one. Which checks catch a fault is said by those checks' own declarations (`Faults:`, read from the
// suites' catalogue): a check ID is written nowhere but in its declaration. The front enables faults by name (front/),
// `cs-conformance simulate --list-faults` prints the table with the checks that catch each fault, and the project's
// fault tests run the suites of those checks and hold the fault to its row: exit 1, one of its checks failing, at
// most `rootCauses` MUST root causes. A name is a type (FaultName): a typo in the front or a test is a compile error,
// and one in a declaration is the catalogue test's error, not a missed fault found by a sweep.
//
// A fault that only changes what an operation's successful answer says is declared wholly in its row (`rewrites`):
// the front hands every such answer to the row's function (front/shape/rewrites.ts). The others are behaviour of the front's
// module for their operation (front/), or of how references resolve (engine/near-miss-engine.ts).
import type { OperationId } from '../../wire/api.ts';

export const FAULT_FAMILIES = [
  'list', 'create', 'duplicate', 'reference', 'connect', 'remove', 'prune', 'session', 'bad-input', 'schema', 'transport',
] as const;

export type FaultFamily = (typeof FAULT_FAMILIES)[number];

export interface FaultSpec {
  name: string;
  family: FaultFamily;
  /** What the fault does to the simulator's answers, in one sentence. */
  description: string;
  /** A departure from a SHOULD requirement or an inferred rule (a warning): caught under --strict. */
  strict?: boolean;
  /**
   * At most how many MUST root causes the fault's run (the suites of its checks, --strict when it says so) reports: one departure is
   * reported once. A fault in one field of one operation's answer is one root cause (create-without-warning,
   * connect-answers-not-empty); in a field several operations answer, at most one per operation
   * (schema-created-not-rfc3339: list and inspect; the list's checks come first). Faults that bend behaviour several
   * checks assert in their own words (create-wrong-id: each check's assertion about the Id) count one per check, and a
   * network left behind by the fault is the final sweep's too. Measured on the simulator.
   */
  rootCauses: number;
  /** A fault in what an answer says, and nothing else: the operations whose successful JSON answers it rewrites, and how. */
  rewrites?: AnswerRewrite;
}

export interface AnswerRewrite {
  operations: readonly OperationId[];
  /** The answer's body as the fault-free front would send it (parsed JSON), to what the faulty one sends. */
  body: (body: any) => unknown;
}

export const FAULTS = [
  // list: reading networks (GET /networks and inspect)
  { name: 'list-hides-predefined', family: 'list', rootCauses: 1,
    description: 'GET /networks drops the predefined "bridge" network.' },
  { name: 'list-stale', family: 'list', rootCauses: 2,
    description: 'GET /networks keeps showing networks that were removed since the front first listed them.' },
  { name: 'inspect-by-name-broken', family: 'list', rootCauses: 4, // four create checks each inspect by name, in their own words
    description: 'Inspect by name answers "not found"; inspect by Id or Id prefix still works.' },
  { name: 'list-misses-new', family: 'list', rootCauses: 2,
    description: 'GET /networks answers from a cache filled when the front started: networks created since are missing.' },
  { name: 'inspect-unknown-empty', family: 'list', rootCauses: 1,
    description: 'Inspecting an unknown network (both paths) answers HTTP 200 {} instead of the not-found error.' },
  // list: the kinds of network a firmware may keep apart and forget (near-miss-engine.ts)
  { name: 'list-misses-internal', family: 'list', rootCauses: 1,
    description: 'GET /networks leaves out the networks created with internal: true; inspect still finds them.' },
  { name: 'list-misses-options', family: 'list', rootCauses: 1,
    description: 'GET /networks leaves out the networks created with options; inspect still finds them.' },
  { name: 'list-misses-ipam', family: 'list', rootCauses: 1,
    description: 'GET /networks leaves out the networks created with a custom ipam; inspect still finds them.' },
  { name: 'inspect-internal-by-name-broken', family: 'list', rootCauses: 1,
    description: 'Inspecting an internal network by name answers "not found"; by Id, and every other network by name, still works.' },
  // create
  { name: 'create-ignores-driver', family: 'create', rootCauses: 1,
    description: 'POST /networks drops `driver` before calling the engine.' },
  { name: 'create-ignores-internal', family: 'create', rootCauses: 1,
    description: 'POST /networks drops `internal` before calling the engine.' },
  { name: 'create-ignores-options', family: 'create', rootCauses: 1,
    description: 'POST /networks drops `options` before calling the engine.' },
  { name: 'create-ignores-ipam', family: 'create', rootCauses: 1,
    description: 'POST /networks drops `ipam` before calling the engine.' },
  { name: 'create-wrong-id', family: 'create', rootCauses: 6,
    description: 'POST /networks answers a well-formed Id that is not the created network\'s Id.' },
  { name: 'create-without-warning', family: 'create', rootCauses: 1,
    description: 'POST /networks answers {"Id": …} only, without the engine\'s Warning.',
    rewrites: { operations: ['createNetwork'], body: ({ Id }) => ({ Id }) } },
  { name: 'create-name-sanitised', family: 'create', rootCauses: 1,
    description: 'POST /networks silently drops the characters of a name outside [A-Za-z0-9_.-], so an unusual name is created under another one.' },
  { name: 'create-ipam-dropped', family: 'create', rootCauses: 1,
    description: 'When the engine refuses a create\'s IPAM, the front retries without it and creates the network with a default subnet.' },
  // duplicate
  { name: 'duplicate-allowed', family: 'duplicate', rootCauses: 2,
    description: 'POST /networks drops `check_duplicate`, so a duplicate name is created instead of refused.' },
  { name: 'duplicate-bad-envelope', family: 'duplicate', rootCauses: 1,
    description: 'A refused duplicate name is answered as a bare {"message": …} instead of the error envelope.' },
  // reference: how a network reference resolves, in every operation unless said (near-miss-engine.ts)
  { name: 'ref-name-any-case', family: 'reference', rootCauses: 2,
    description: 'Names match case-insensitively: a network\'s name in another case resolves to it.' },
  { name: 'ref-name-prefix', family: 'reference', rootCauses: 2,
    description: 'A prefix of one network\'s name resolves to it, as an Id prefix does.' },
  { name: 'ref-id-substring', family: 'reference', rootCauses: 1,
    description: 'Any part of an Id resolves to the one network whose Id contains it, not only a prefix.' },
  { name: 'ref-id-prefix-unsupported', family: 'reference', rootCauses: 3,
    description: 'Only a full Id or an exact name resolves: a unique Id prefix answers "not found".' },
  { name: 'ref-ambiguous-first', family: 'reference', rootCauses: 1,
    description: 'Inspecting by a name several networks share answers the first of them in the engine\'s list instead of the ambiguity error.' },
  { name: 'remove-ambiguous-first', family: 'reference', rootCauses: 1,
    description: 'DELETE by a name several networks share removes the first of them in the engine\'s list instead of refusing.' },
  // connect
  { name: 'connect-noop', family: 'connect', rootCauses: 6,
    description: 'POST /networks/{id}/connect answers {} without calling the engine.' },
  { name: 'connect-unknown-container-accepted', family: 'connect', rootCauses: 1,
    description: 'Connecting a container the engine does not know answers {} instead of the error.' },
  { name: 'connect-answers-not-empty', family: 'connect', rootCauses: 1,
    description: 'POST /networks/{id}/connect connects, then answers {"connected": true} instead of {}.',
    rewrites: { operations: ['connectContainer'], body: () => ({ connected: true }) } },
  { name: 'disconnect-noop', family: 'connect', rootCauses: 4,
    description: 'POST /networks/{id}/disconnect answers {} without calling the engine.' },
  { name: 'connect-twice-accepted', family: 'connect', rootCauses: 1,
    description: 'A second connect of a container already on the network answers {} instead of the engine\'s error.' },
  { name: 'reconnect-refused', family: 'connect', rootCauses: 1,
    description: 'The front remembers every container it connected to a network and refuses to connect it there again, even after a disconnect.' },
  { name: 'connect-unknown-container-html', family: 'connect', rootCauses: 1,
    description: 'Connecting a container the engine does not know answers an HTML 500 page instead of the error envelope.' },
  { name: 'disconnect-unknown-container-ok', family: 'connect', rootCauses: 1,
    description: 'Disconnecting a container the engine does not know answers {} (as if already disconnected) instead of the error.' },
  // remove
  { name: 'remove-noop', family: 'remove', rootCauses: 5,
    description: 'DELETE /networks/{id} answers {} but keeps the network.' },
  { name: 'remove-notfound-ok', family: 'remove', rootCauses: 1,
    description: 'DELETE /networks/{id} of an unknown network answers {} instead of the not-found error.' },
  { name: 'remove-in-use-forced', family: 'remove', rootCauses: 1,
    description: 'DELETE /networks/{id} disconnects running containers, then removes the network instead of refusing it.' },
  // prune
  { name: 'prune-takes-attached', family: 'prune', rootCauses: 2,
    description: 'DELETE /networks/ first disconnects running containers, so networks in use are pruned too.' },
  { name: 'prune-noop', family: 'prune', rootCauses: 2,
    description: 'DELETE /networks/ answers {"NetworksDeleted": null} without pruning.' },
  { name: 'prune-empty-array', family: 'prune', strict: true, rootCauses: 1,
    description: 'DELETE /networks/ answers [] instead of null when nothing was removed.' },
  // session
  { name: 'session-no-auth', family: 'session', rootCauses: 4,
    description: 'Requests without a session cookie are served.' },
  { name: 'session-forged', family: 'session', rootCauses: 2,
    description: 'Any value of the session cookie is accepted.' },
  { name: 'session-logout-noop', family: 'session', rootCauses: 1,
    description: 'PUT /logout answers normally but the session stays valid.' },
  { name: 'login-refresh-anonymous', family: 'session', rootCauses: 1,
    description: 'GET /login_refresh answers an anonymous user instead of the logged-in one.' },
  { name: 'login-curl-form-refused', family: 'session', rootCauses: 1,
    description: 'POST /login reads a form Content-Type as form fields only, so the page\'s own curl (JSON text under the form type) is refused.' },
  { name: 'login-form-fields-refused', family: 'session', strict: true, rootCauses: 1,
    description: 'POST /login takes JSON only: form fields username=…&password=… are refused as "not valid JSON" (a SHOULD-level departure).' },
  { name: 'login-any-password', family: 'session', rootCauses: 1,
    description: 'POST /login opens a session for the right username whatever the password.' },
  // bad-input (the create-* ones are caught by the negative suite's properties, with the CLI's default --seed and --budget)
  { name: 'bad-input-html', family: 'bad-input', rootCauses: 1,
    description: 'A body that is not a JSON object gets an HTML 500 page instead of the error envelope.' },
  { name: 'bad-input-creates', family: 'bad-input', rootCauses: 2,
    description: 'POST /networks without `name` creates a network named "unnamed-<n>" instead of failing.' },
  { name: 'bad-input-coerces-name', family: 'bad-input', rootCauses: 1,
    description: 'POST /networks with a non-string `name` (a number) creates a network named after its text instead of failing.' },
  { name: 'bad-input-empty-name-defaulted', family: 'bad-input', rootCauses: 1,
    description: 'POST /networks with an empty name ("") creates a network named "network-<n>" instead of failing.' },
  { name: 'create-missing-name-html', family: 'bad-input', rootCauses: 1,
    description: 'POST /networks without `name` (or with null) answers an HTML 500 page (an unhandled KeyError) instead of the error envelope.' },
  { name: 'create-field-type-html', family: 'bad-input', rootCauses: 1,
    description: 'POST /networks with a field other than `name` of a JSON type CreateNetworkRequest does not allow answers an HTML 500 page.' },
  { name: 'create-not-object-500', family: 'bad-input', strict: true, rootCauses: 1,
    description: 'POST /networks with a body that is not a JSON object answers HTTP 500 with the envelope (code 500) instead of 400.' },
  { name: 'create-content-type-html', family: 'bad-input', rootCauses: 1,
    description: 'POST /networks with a Content-Type other than JSON or form answers an HTML 415 page.' },
  // schema
  { name: 'schema-created-not-rfc3339', family: 'schema', rootCauses: 1,
    description: 'List and inspect show Created as "YYYY-MM-DD HH:MM:SS" instead of RFC 3339.' },
  { name: 'schema-id-short', family: 'schema', rootCauses: 1,
    description: 'List and inspect show Ids truncated to 12 characters.' },
  // transport
  { name: 'inspect-path-missing', family: 'transport', rootCauses: 2,
    description: 'GET /networks/{id}/inspect answers an HTML 404 page.' },
  // The status of an error is inferred (status-codes-undocumented): a 5xx with the envelope is a warning.
  { name: 'error-http-500', family: 'transport', strict: true, rootCauses: 4,
    description: 'Engine errors are answered with HTTP 500 instead of the envelope\'s status 400.' },
  { name: 'error-envelope-200', family: 'transport', strict: true, rootCauses: 4,
    description: 'Engine errors are answered with HTTP 200 and the envelope (a SHOULD-level departure).' },
  { name: 'network-not-found-html', family: 'transport', rootCauses: 1,
    description: 'An engine "network … not found" (inspect, remove, connect, disconnect) is answered as an HTML 500 page.' },
  { name: 'inspect-heading-missing', family: 'transport', strict: true, rootCauses: 1,
    description: 'GET /networks/{id} (the documented heading, without /inspect) answers an HTML 404 page (a SHOULD-level departure).' },
  { name: 'system-without-versions', family: 'schema', strict: true, rootCauses: 1,
    description: 'GET /system answers without its `version` object (a SHOULD-level departure).',
    rewrites: { operations: ['getSystem'], body: ({ version: _, ...system }) => system } },
  { name: 'hang-list', family: 'transport', rootCauses: 1,
    description: 'GET /networks never answers.' },

] as const satisfies readonly FaultSpec[];

/** The name of a seeded fault: what `--fault` accepts. */
export type FaultName = (typeof FAULTS)[number]['name'];

/** A row of the table, its name typed. */
export type Fault = FaultSpec & { name: FaultName };

/** The table's rows, each as a Fault (FAULTS keeps every row's literal type). */
export const FAULT_TABLE: readonly Fault[] = FAULTS;

/** The names of the seeded faults, in the table's order. */
export const FAULT_NAMES: readonly FaultName[] = FAULTS.map((f) => f.name);

export const isFaultName = (name: string): name is FaultName => (FAULT_NAMES as readonly string[]).includes(name);

/** The row of `name`. */
export function faultNamed(name: FaultName): Fault {
  return FAULT_TABLE.find((f) => f.name === name)!;
}

/** The active faults, refusing unknown names so that a typo never yields a silently fault-free front. */
export function activeFaults(names: readonly string[]): ReadonlySet<FaultName> {
  const unknown = names.filter((n) => !isFaultName(n));
  if (unknown.length > 0) throw new Error(`unknown fault(s): ${unknown.join(', ')} (cs-conformance simulate --list-faults lists them)`);
  return new Set(names as readonly FaultName[]);
}
