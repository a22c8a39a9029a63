// The seeded faults of the reference front. Each one breaks a single documented behaviour so that a conformance suite
// run against a faulty front must fail where it would pass against the fault-free one. The catalogue is data: the
// front enables faults by name, tests prove none is a no-op, and a CLI can print it.

export const FAULT_FAMILIES = [
  'list', 'create', 'duplicate', 'reference', 'connect', 'remove', 'prune', 'session', 'bad-input', 'schema', 'transport',
] as const;

export type FaultFamily = (typeof FAULT_FAMILIES)[number];

export interface Fault {
  name: string;
  family: FaultFamily;
  description: string;
}

export const FAULTS: readonly Fault[] = [
  // list: reading networks (GET /networks and inspect)
  { name: 'list-hides-predefined', family: 'list', description: 'GET /networks drops the predefined "bridge" network.' },
  { name: 'list-stale', family: 'list', description: 'GET /networks keeps showing networks that were removed since the front first listed them.' },
  { name: 'inspect-by-name-broken', family: 'list', description: 'Inspect by name answers "not found"; inspect by Id or Id prefix still works.' },
  { name: 'list-misses-new', family: 'list', description: 'GET /networks answers from a cache filled when the front started: networks created since are missing.' },
  { name: 'inspect-unknown-empty', family: 'list', description: 'Inspecting an unknown network (both paths) answers HTTP 200 {} instead of the not-found error.' },
  // list: the kinds of network a firmware may keep apart and forget (near-miss-engine.ts)
  { name: 'list-misses-internal', family: 'list', description: 'GET /networks leaves out the networks created with internal: true; inspect still finds them.' },
  { name: 'list-misses-options', family: 'list', description: 'GET /networks leaves out the networks created with options; inspect still finds them.' },
  { name: 'list-misses-ipam', family: 'list', description: 'GET /networks leaves out the networks created with a custom ipam; inspect still finds them.' },
  { name: 'inspect-internal-by-name-broken', family: 'list', description: 'Inspecting an internal network by name answers "not found"; by Id, and every other network by name, still works.' },
  // create
  { name: 'create-ignores-driver', family: 'create', description: 'POST /networks drops `driver` before calling the engine.' },
  { name: 'create-ignores-internal', family: 'create', description: 'POST /networks drops `internal` before calling the engine.' },
  { name: 'create-ignores-options', family: 'create', description: 'POST /networks drops `options` before calling the engine.' },
  { name: 'create-ignores-ipam', family: 'create', description: 'POST /networks drops `ipam` before calling the engine.' },
  { name: 'create-wrong-id', family: 'create', description: 'POST /networks answers a well-formed Id that is not the created network\'s Id.' },
  { name: 'create-without-warning', family: 'create', description: 'POST /networks answers {"Id": …} only, without the engine\'s Warning.' },
  { name: 'create-name-sanitised', family: 'create', description: 'POST /networks silently drops the characters of a name outside [A-Za-z0-9_.-], so an unusual name is created under another one.' },
  { name: 'create-ipam-dropped', family: 'create', description: 'When the engine refuses a create\'s IPAM, the front retries without it and creates the network with a default subnet.' },
  // duplicate
  { name: 'duplicate-allowed', family: 'duplicate', description: 'POST /networks drops `check_duplicate`, so a duplicate name is created instead of refused.' },
  { name: 'duplicate-bad-envelope', family: 'duplicate', description: 'A refused duplicate name is answered as a bare {"message": …} instead of the error envelope.' },
  // reference: how a network reference resolves, in every operation unless said (near-miss-engine.ts)
  { name: 'ref-name-any-case', family: 'reference', description: 'Names match case-insensitively: a network\'s name in another case resolves to it.' },
  { name: 'ref-name-prefix', family: 'reference', description: 'A prefix of one network\'s name resolves to it, as an Id prefix does.' },
  { name: 'ref-id-substring', family: 'reference', description: 'Any part of an Id resolves to the one network whose Id contains it, not only a prefix.' },
  { name: 'ref-id-prefix-unsupported', family: 'reference', description: 'Only a full Id or an exact name resolves: a unique Id prefix answers "not found".' },
  { name: 'ref-ambiguous-first', family: 'reference', description: 'Inspecting by a name several networks share answers the first of them in the engine\'s list instead of the ambiguity error.' },
  { name: 'remove-ambiguous-first', family: 'reference', description: 'DELETE by a name several networks share removes the first of them in the engine\'s list instead of refusing.' },
  // connect
  { name: 'connect-noop', family: 'connect', description: 'POST /networks/{id}/connect answers {} without calling the engine.' },
  { name: 'connect-unknown-container-accepted', family: 'connect', description: 'Connecting a container the engine does not know answers {} instead of the error.' },
  { name: 'connect-answers-not-empty', family: 'connect', description: 'POST /networks/{id}/connect connects, then answers {"connected": true} instead of {}.' },
  { name: 'disconnect-noop', family: 'connect', description: 'POST /networks/{id}/disconnect answers {} without calling the engine.' },
  { name: 'connect-twice-accepted', family: 'connect', description: 'A second connect of a container already on the network answers {} instead of the engine\'s error.' },
  { name: 'reconnect-refused', family: 'connect', description: 'The front remembers every container it connected to a network and refuses to connect it there again, even after a disconnect.' },
  { name: 'connect-unknown-container-html', family: 'connect', description: 'Connecting a container the engine does not know answers an HTML 500 page instead of the error envelope.' },
  { name: 'disconnect-unknown-container-ok', family: 'connect', description: 'Disconnecting a container the engine does not know answers {} (as if already disconnected) instead of the error.' },
  // remove
  { name: 'remove-noop', family: 'remove', description: 'DELETE /networks/{id} answers {} but keeps the network.' },
  { name: 'remove-notfound-ok', family: 'remove', description: 'DELETE /networks/{id} of an unknown network answers {} instead of the not-found error.' },
  { name: 'remove-in-use-forced', family: 'remove', description: 'DELETE /networks/{id} disconnects running containers, then removes the network instead of refusing it.' },
  // prune
  { name: 'prune-takes-attached', family: 'prune', description: 'DELETE /networks/ first disconnects running containers, so networks in use are pruned too.' },
  { name: 'prune-noop', family: 'prune', description: 'DELETE /networks/ answers {"NetworksDeleted": null} without pruning.' },
  { name: 'prune-empty-array', family: 'prune', description: 'DELETE /networks/ answers [] instead of null when nothing was removed.' },
  // session
  { name: 'session-no-auth', family: 'session', description: 'Requests without a session cookie are served.' },
  { name: 'session-forged', family: 'session', description: 'Any value of the session cookie is accepted.' },
  { name: 'session-logout-noop', family: 'session', description: 'PUT /logout answers normally but the session stays valid.' },
  { name: 'login-refresh-anonymous', family: 'session', description: 'GET /login_refresh answers an anonymous user instead of the logged-in one.' },
  { name: 'login-curl-form-refused', family: 'session', description: 'POST /login reads a form Content-Type as form fields only, so the page\'s own curl (JSON text under the form type) is refused.' },
  { name: 'login-form-fields-refused', family: 'session', description: 'POST /login takes JSON only: form fields username=…&password=… are refused as "not valid JSON" (a SHOULD-level departure).' },
  { name: 'login-any-password', family: 'session', description: 'POST /login opens a session for the right username whatever the password.' },
  // bad-input
  { name: 'bad-input-html', family: 'bad-input', description: 'A body that is not a JSON object gets an HTML 500 page instead of the error envelope.' },
  { name: 'bad-input-creates', family: 'bad-input', description: 'POST /networks without `name` creates a network named "unnamed-<n>" instead of failing.' },
  { name: 'bad-input-coerces-name', family: 'bad-input', description: 'POST /networks with a non-string `name` (a number) creates a network named after its text instead of failing.' },
  { name: 'bad-input-empty-name-defaulted', family: 'bad-input', description: 'POST /networks with an empty name ("") creates a network named "network-<n>" instead of failing.' },
  { name: 'create-missing-name-html', family: 'bad-input', description: 'POST /networks without `name` (or with null) answers an HTML 500 page (an unhandled KeyError) instead of the error envelope.' },
  { name: 'create-field-type-html', family: 'bad-input', description: 'POST /networks with a field other than `name` of a JSON type CreateNetworkRequest does not allow answers an HTML 500 page.' },
  { name: 'create-not-object-500', family: 'bad-input', description: 'POST /networks with a body that is not a JSON object answers HTTP 500 with the envelope (code 500) instead of 400.' },
  { name: 'create-content-type-html', family: 'bad-input', description: 'POST /networks with a Content-Type other than JSON or form answers an HTML 415 page.' },
  // schema
  { name: 'schema-created-not-rfc3339', family: 'schema', description: 'List and inspect show Created as "YYYY-MM-DD HH:MM:SS" instead of RFC 3339.' },
  { name: 'schema-id-short', family: 'schema', description: 'List and inspect show Ids truncated to 12 characters.' },
  // transport
  { name: 'inspect-path-missing', family: 'transport', description: 'GET /networks/{id}/inspect answers an HTML 404 page.' },
  { name: 'error-http-500', family: 'transport', description: 'Engine errors are answered with HTTP 500 instead of the envelope\'s status 400.' },
  { name: 'error-envelope-200', family: 'transport', description: 'Engine errors are answered with HTTP 200 and the envelope (a SHOULD-level departure).' },
  { name: 'network-not-found-html', family: 'transport', description: 'An engine "network … not found" (inspect, remove, connect, disconnect) is answered as an HTML 500 page.' },
  { name: 'inspect-heading-missing', family: 'transport', description: 'GET /networks/{id} (the documented heading, without /inspect) answers an HTML 404 page (a SHOULD-level departure).' },
  { name: 'system-without-versions', family: 'schema', description: 'GET /system answers without its `version` object (a SHOULD-level departure).' },
  { name: 'hang-list', family: 'transport', description: 'GET /networks never answers.' },
];

/** The names of the seeded faults, in catalogue order: what `--fault` accepts. */
export const FAULT_NAMES: readonly string[] = FAULTS.map((f) => f.name);

/** The active faults, refusing unknown names so that a typo never yields a silently fault-free front. */
export function activeFaults(names: readonly string[]): ReadonlySet<string> {
  const unknown = names.filter((n) => !FAULT_NAMES.includes(n));
  if (unknown.length > 0) throw new Error(`unknown fault(s): ${unknown.join(', ')} (known: ${FAULT_NAMES.join(', ')})`);
  return new Set(names);
}
