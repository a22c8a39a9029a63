// Generated requests the spec does not allow, as fast-check properties (negative/property.ts), and what the target
// must do with them. The properties' machinery lives in negative/; this file holds the checks.
import fc from 'fast-check';
import * as gen from './negative/generate.ts';
import * as names from './negative/names.ts';
import type { GenRequest } from './negative/generate.ts';
import { defineSuite } from './harness/define.ts';
import { createSlots, extras, token } from './negative/create-inputs.ts';
import { answerOf } from './negative/findings.ts';
import { membership } from './negative/membership.ts';
import { NegativeCheck, property } from './negative/property.ts';
import { Creates, createOnce, expectRefused, noteOddInspections, scratch, send } from './negative/requests.ts';

/*
 * Suite: Generated bad input (property-based, --seed and --budget)
 */
const { check, bodies } = defineSuite('negative');
export default bodies;

// --- Create -----------------------------------------------------------------------------------------------------

/*
 * Requirement: A create whose required name is missing, null, of another JSON type than CreateNetworkRequest allows,
 *   empty or blank MUST be refused with the error envelope (or a 4xx JSON error), never an HTML page, a hang or a
 *   dropped connection (the refusal SHOULD carry a 4xx status, not a 5xx), and MUST create nothing (the other fields
 *   sent are valid and harmless: option and label keys neg.*, never com.docker.network.bridge.*).
 * Evidence: page: name is "a mandatory field [required]" and a string; the engine refuses it missing, empty or blank
 *   (§3 #47, #48, #53)
 * Faults: create-missing-name-html
 * Operations: createNetwork, listNetworks, removeNetwork
 * Budget: 3
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-001', async (t) => {
  const n = await NegativeCheck.start(t);
  const nameSlot = createSlots().find((s) => s.path.length === 1 && s.path[0] === 'name');
  if (!nameSlot) throw new Error('CreateNetworkRequest documents no name');
  const name = fc.oneof(
    fc.constant<unknown>(gen.ABSENT),
    gen.wrongValue(nameSlot).map((w) => w.value),
    fc.constant(''),
    names.blank,
  );
  const arb = fc.tuple(name, extras).map(([n, rest]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', body: gen.withoutAbsent({ name: n, ...rest }) }));
  const nets = await Creates.start(n);
  // The spec's `required: [name]`, with nothing else.
  const missing: GenRequest<'createNetwork'> = { op: 'createNetwork', body: {} };
  await property(n, arb, async (req) => {
    await createOnce(n, nets, { req, mustRefuse: true });
  }, [missing]);
  await nets?.finalCheck();
});

/*
 * Requirement: A create with any other field of CreateNetworkRequest (IPAM, its Config items and the option, label
 *   and address maps included) of a JSON type its schema does not allow MUST be answered with the error envelope (or
 *   a 4xx JSON error) or a documented success, never HTML, a hang or a dropped connection (a refusal SHOULD carry a
 *   4xx status, not a 5xx); a refused one MUST create nothing and an accepted one MUST create exactly the named
 *   network, listable, inspectable by name and removable (generated map keys are neg.*, never
 *   com.docker.network.bridge.*, and no subnet is sent).
 * Evidence: engine: a field of another JSON type is refused, "cannot unmarshal" (§3 #18, #20, #54); every error the
 *   page shows is the error envelope
 * Faults: create-field-type-html
 * Operations: createNetwork, listNetworks, inspectNetworkByInspectPath, removeNetwork
 * Budget: 4
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-002', async (t) => {
  const n = await NegativeCheck.start(t);
  const prefix = t.name('neg-type-');
  const slots = createSlots().filter((s) => s.path[0] !== 'name');
  const arb = fc.tuple(fc.oneof(...slots.map((s) => gen.wrongValue(s).map((w) => ({ slot: s, ...w })))), token).map(([w, tok]) => {
    const body = gen.setAt({ name: prefix + tok, check_duplicate: true }, w.slot.path, w.value);
    return { field: gen.slotName(w.slot.path), type: w.type, req: { op: 'createNetwork', body } satisfies GenRequest<'createNetwork'> };
  });
  const nets = await Creates.start(n);
  await property(n, arb, async (c, exploring) => {
    if (!gen.breaksSchema('CreateNetworkRequest', c.req.body)) throw new Error(`generator bug: ${JSON.stringify(c.req.body)} is valid`);
    const name = (c.req.body as { name: string }).name;
    const r = await createOnce(n, nets, { req: c.req, mustRefuse: false, name });
    if (exploring) n.findings.types.push({ accepted: r.ok, label: `${c.field} as ${c.type}`, answer: answerOf(r) });
  });
  await nets?.finalCheck();
});

/*
 * Requirement: A create with an unusual name under the run's prefix (300 to 2000 characters, unicode, path-like such
 *   as a/b, ../x or %2F, control characters, spaces) MUST be answered with the error envelope (or a 4xx JSON error)
 *   or a documented success, never HTML, a hang or a dropped connection (a refusal SHOULD carry a 4xx status, not a
 *   5xx); a refused one MUST create nothing and an accepted one MUST create exactly that network under that name,
 *   listable, inspectable by its URL-encoded name (by Id for names with /, \, % or a newline, recorded) and
 *   removable.
 * Evidence: engine: names are not validated beyond a blank one (§3 #49); the page resolves a network by its name
 * Faults: create-name-sanitised
 * Operations: createNetwork, listNetworks, inspectNetworkByInspectPath, removeNetwork
 * Budget: 5
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-003', async (t) => {
  const n = await NegativeCheck.start(t);
  const prefix = t.name('neg-name-');
  const arb = names.unusualName(prefix).map((name): GenRequest<'createNetwork'> => ({ op: 'createNetwork', body: { name, check_duplicate: true } }));
  const nets = await Creates.start(n);
  await property(n, arb, async (req, exploring) => {
    const name = (req.body as { name: string }).name;
    const r = await createOnce(n, nets, { req, mustRefuse: false, name });
    if (exploring) n.findings.recordName(name, prefix, r);
  });
  noteOddInspections(n);
  await nets?.finalCheck();
});

/**
 * A real engine looks a missing driver up as a legacy plugin, retrying for about 15 s before it answers "plugin not
 * found" (measured on Docker 20.10 through the docker reference target); shorter request timeouts would call that a
 * hang.
 */
const DRIVER_LOOKUP_MS = 20_000;

/*
 * Requirement: A create with a malformed IPAM (bad CIDR, gateway outside its subnet or not an address, Config not an
 *   array or with non-object items, two IPv4 subnets on a bridge) or, with --timeout 20000 or more, an unknown driver
 *   (the engine spends about 15 s looking for a driver plugin) MUST be refused with the error envelope (or a 4xx JSON
 *   error), never HTML, a hang or a dropped connection (a refusal SHOULD carry a 4xx status, not a 5xx), and MUST
 *   create nothing (generated subnets lie only in 198.18.0.0/15, RFC 2544's benchmark range, never on a NAS's LAN,
 *   and no option is sent, so never com.docker.network.bridge.*).
 * Evidence: engine: malformed IPAM and unknown drivers are refused and create nothing (§3 #11, #27–#33)
 * Faults: create-ipam-dropped
 * Operations: createNetwork, listNetworks, removeNetwork
 * Budget: 3
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-004', async (t) => {
  const n = await NegativeCheck.start(t);
  const prefix = t.name('neg-bad-');
  const ipam = gen.malformedIpam.map((bad): Record<string, unknown> => ({ ipam: bad }));
  const drivers = t.target.timeoutMs >= DRIVER_LOOKUP_MS;
  if (!drivers) t.observe(`unknown drivers not generated: the engine takes about 15 s to refuse one, more than --timeout ${t.target.timeoutMs} ms; run with --timeout ${DRIVER_LOOKUP_MS} to include them`);
  const bad = drivers ? fc.oneof({ arbitrary: ipam, weight: 3 }, { arbitrary: gen.unknownDriver.map((driver): Record<string, unknown> => ({ driver })), weight: 1 }) : ipam;
  const arb = fc
    .tuple(bad, token)
    .map(([b, tok]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', body: { name: prefix + tok, check_duplicate: true, ...b } }));
  const nets = await Creates.start(n);
  await property(n, arb, async (req) => {
    await createOnce(n, nets, { req, mustRefuse: true });
  });
  await nets?.finalCheck();
});

/*
 * Requirement: A create whose body is not a JSON object (malformed or truncated JSON down to an empty body, an array,
 *   null, a string, a number) sent as application/json MUST be refused with the error envelope (or a 4xx JSON error),
 *   never HTML, a hang or a dropped connection (a refusal SHOULD carry a 4xx status, not a 5xx), and MUST create
 *   nothing.
 * Evidence: engine: a body that is not a JSON object is refused (§3 #47, #50–#52); every error the page shows is the
 *   error envelope
 * Faults: create-not-object-500
 * Operations: createNetwork, listNetworks, removeNetwork
 * Budget: 2, none on the mock (it never answers a body that is not JSON)
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-005', async (t) => {
  const n = await NegativeCheck.start(t);
  if (t.mock) t.skip('the Prism mock never answers a request whose body is not JSON');
  const valid = JSON.stringify({ name: t.name('neg-raw'), check_duplicate: true });
  const arb = fc
    .tuple(gen.notJsonObject(valid), fc.constantFrom('application/json', 'application/json; charset=utf-8'))
    .map(([text, contentType]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', raw: { text, contentType: gen.noBody(text, contentType) } }));
  const nets = await Creates.start(n);
  await property(n, arb, async (req) => {
    await createOnce(n, nets, { req, mustRefuse: true });
  });
  await nets?.finalCheck();
});

/*
 * Requirement: A valid JSON create sent with a wrong Content-Type (text/plain, application/x-www-form-urlencoded,
 *   application/octet-stream, application/xml) MUST be answered with the error envelope (or a 4xx JSON error) or a
 *   documented success, never HTML, a hang or a dropped connection (a refusal SHOULD carry a 4xx status, not a 5xx);
 *   a refused one MUST create nothing and an accepted one MUST create exactly the named network, listable,
 *   inspectable by name and removable.
 * Evidence: page: every answer the page shows is a JSON document and every error the envelope (the documented curl -d
 *   sends a form Content-Type)
 * Faults: create-content-type-html
 * Operations: createNetwork, listNetworks, inspectNetworkByInspectPath, removeNetwork
 * Budget: 2, none on the mock (it answers a wrong Content-Type with its own 415)
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-006', async (t) => {
  const n = await NegativeCheck.start(t);
  // Prism does answer these, but with its own 415 around an example envelope whose code 400 differs from the status:
  // a SHOULD warning about the mock (a failure under --strict) that says nothing about a target.
  if (t.mock) t.skip('the Prism mock answers a wrong Content-Type with its own 415, not with anything a target would say');
  const prefix = t.name('neg-ct-');
  const arb = fc
    .tuple(token, fc.constantFrom('text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/xml'))
    .map(([tok, contentType]): GenRequest<'createNetwork'> => ({ op: 'createNetwork', raw: { text: JSON.stringify({ name: prefix + tok, check_duplicate: true }), contentType } }));
  const nets = await Creates.start(n);
  await property(n, arb, async (req, exploring) => {
    const name = (JSON.parse(req.raw!.text) as { name: string }).name;
    const r = await createOnce(n, nets, { req, mustRefuse: false, name });
    if (exploring) n.findings.contentTypes.push({ accepted: r.ok, label: req.raw!.contentType, answer: answerOf(r) });
  });
  await nets?.finalCheck();
});

// --- Connect and disconnect -------------------------------------------------------------------------------------

/*
 * Requirement: A connect whose container is missing, null, of another JSON type than ConnectRequest allows, empty,
 *   blank or an unknown name under the run's prefix, or whose body is not JSON, MUST be refused with the error
 *   envelope (or a 4xx JSON error), never HTML, a hang or a dropped connection (a refusal SHOULD carry a 4xx status,
 *   not a 5xx), and MUST change no network (generated numbers are negative or fractional, never a container's Id
 *   prefix).
 * Evidence: engine: connect without a container, or of an unknown one, is refused (§5); every error the page shows is
 *   the error envelope
 * Faults: connect-unknown-container-html
 * Operations: connectContainer, listNetworks, inspectNetworkByInspectPath, removeNetwork
 * Budget: 3
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-007', async (t) => {
  const n = await NegativeCheck.start(t);
  await membership(n, 'connectContainer', 'ConnectRequest');
});

/*
 * Requirement: A disconnect whose container is missing, null, of another JSON type than DisconnectRequest allows,
 *   empty, blank or an unknown name under the run's prefix (with force absent, valid or of a wrong JSON type), or
 *   whose body is not JSON, MUST be refused with the error envelope (or a 4xx JSON error), never HTML, a hang or a
 *   dropped connection (a refusal SHOULD carry a 4xx status, not a 5xx), and MUST change no network.
 * Evidence: engine: disconnect without a container, or of an unknown one, is refused (§6); every error the page shows
 *   is the error envelope
 * Faults: disconnect-unknown-container-ok
 * Operations: disconnectContainer, listNetworks, inspectNetworkByInspectPath, removeNetwork
 * Budget: 3
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-008', async (t) => {
  const n = await NegativeCheck.start(t);
  await membership(n, 'disconnectContainer', 'DisconnectRequest');
});

// --- Unknown ids ------------------------------------------------------------------------------------------------

/*
 * Requirement: An unknown network id (a random name under the run's prefix with special characters, URL-encoded by
 *   the client) MUST be refused with the error envelope (or a 4xx JSON error) by inspect on both paths, remove,
 *   connect and disconnect, never HTML, a hang or a dropped connection (a refusal SHOULD carry a 4xx status, not a
 *   5xx), and MUST change no network (ids sent to remove never hold .., /, % or \, which a front decoding them could
 *   turn into DELETE /networks/, the prune route).
 * Evidence: page: the documented "Example response of network not found"; the engine answers "not found" on every
 *   route (§4–§7)
 * Faults: network-not-found-html
 * Operations: inspectNetwork, inspectNetworkByInspectPath, removeNetwork, connectContainer, disconnectContainer, listNetworks
 * Budget: 5
 * Runs first: one generated case after another, its chain of requests is the longest of the run
 */
check('NEG-009', async (t) => {
  const n = await NegativeCheck.start(t);
  const prefix = t.name('neg-404-');
  const container = t.name('neg-ctr-404');
  const id = names.unknownId(prefix, false);
  const arb = fc.oneof(
    id.map((networkId): GenRequest => ({ op: 'inspectNetworkByInspectPath', networkId })),
    id.map((networkId): GenRequest => ({ op: 'inspectNetwork', networkId })),
    names.unknownId(prefix, true).map((networkId): GenRequest => ({ op: 'removeNetwork', networkId })),
    id.map((networkId): GenRequest => ({ op: 'connectContainer', networkId, body: { container } })),
    id.map((networkId): GenRequest => ({ op: 'disconnectContainer', networkId, body: { container } })),
  );
  // What a refused remove could wrongly take is a network whose name is close to the ids sent: the check's own
  // sentinel, named under the same prefix (others' networks are never looked at: they come and go).
  const sentinel = t.mock ? undefined : await scratch(n, 'neg-404-sentinel');
  await property(n, arb, async (req) => {
    const r = await send(t, req);
    n.findings.tally(r);
    if (!t.mock) expectRefused(t, r, `${req.op} of an unknown network`);
  });
  if (!sentinel) return;
  n.budget.bookkeeping++;
  const still = await t.call('inspectNetworkByInspectPath', { networkId: sentinel.id, allowPlainJsonError: true });
  t.expect(still.ok && still.body.Id === sentinel.id, `the check's own ${sentinel.name} still there after the refused requests`, `inspect answered HTTP ${still.status}`, still.exchange);
});

/*
 * Requirement: MAY-INFO: which generated inputs the target accepted (unusual names, wrong JSON types, Content-Types)
 *   and how it answered the refused ones is recorded, with the generated requests sent against --budget.
 * Evidence: engine: what the engine accepts and refuses (§3, §5, §6) is recorded
 * Operations: createNetwork, connectContainer, disconnectContainer, inspectNetworkByInspectPath, removeNetwork
 * Needs: state
 * Runs alone: it reports what NEG-001..009 recorded, so it runs after them
 */
check('NEG-010', async (t) => {
  const n = await NegativeCheck.start(t);
  for (const line of n.findings.report()) t.observe(line);
  t.observe(`generated requests: ${n.budget.spent} of --budget ${n.budget.total} (seed ${t.target.seed}); bookkeeping requests (list, inspect, remove, scratch): ${n.budget.bookkeeping}`);
  for (const line of n.findings.runLines()) t.observe(line);
});
