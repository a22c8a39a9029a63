// The negative suite's connects and disconnects: generated bodies that break ConnectRequest / DisconnectRequest (or
// name a container nobody has, or are not JSON), sent to a scratch network of the check's own, each of which must be
// refused and change nothing.
import fc from 'fast-check';
import type { Network } from '../../generated/types.gen.ts';
import type { CheckScope } from '../harness/scope.ts';
import * as gen from './generate.ts';
import type { GenRequest } from './generate.ts';
import * as names from './names.ts';
import { NegativeCheck, property } from './property.ts';
import { expectRefused, scratch, send } from './requests.ts';

/** Bodies that break ConnectRequest / DisconnectRequest, or name a container nobody has; text that is not JSON. */
function memberBodies(t: CheckScope, schema: 'ConnectRequest' | 'DisconnectRequest'): fc.Arbitrary<Pick<GenRequest, 'body' | 'raw'>> {
  const slots = gen.slotsOf(gen.requestSchema(schema)).filter((s) => s.path.length === 1);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const slot of slots) {
    const key = String(slot.path[0]);
    const wrong = gen.wrongValue(slot, true).map((w) => w.value);
    fields[key] =
      key === 'container'
        ? fc.oneof(fc.constant<unknown>(gen.ABSENT), wrong, fc.constant(''), names.blank, names.oddName(t.name('neg-ctr-')))
        : fc.oneof(fc.constant<unknown>(gen.ABSENT), ...slot.allowed.map((type) => gen.valueOfType(type)), wrong);
  }
  const json = fc.record(fields).map((b) => ({ body: gen.withoutAbsent(b) }));
  if (t.mock) return json;
  const raw = fc
    .tuple(gen.notJsonObject(JSON.stringify({ container: t.name('neg-ctr-raw') })), fc.constantFrom('application/json', 'text/plain'))
    .map(([text, contentType]) => ({ raw: { text, contentType: gen.noBody(text, contentType) } }));
  return fc.oneof({ arbitrary: json, weight: 4 }, { arbitrary: raw, weight: 1 });
}

/**
 * The connect and disconnect properties: generated connects or disconnects on a scratch network of the check's own (or unknown ids),
 * each refused, and the network's Containers unchanged after them.
 */
export async function membership(n: NegativeCheck, op: 'connectContainer' | 'disconnectContainer', schema: 'ConnectRequest' | 'DisconnectRequest'): Promise<void> {
  const { t } = n;
  const net = await scratch(n, op === 'connectContainer' ? 'neg-scratch-connect' : 'neg-scratch-disconnect');
  if (!t.mock) n.budget.bookkeeping++;
  const before = t.mock ? undefined : t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  const path = fc.oneof(fc.constantFrom(net.name, net.id), names.unknownId(t.name('neg-404-'), false));
  const arb = fc.tuple(path, memberBodies(t, schema)).map(([networkId, b]): GenRequest => ({ op, networkId, ...b }));
  // The documented "No such container": a well-formed body naming a container nobody has, on an existing network.
  const unknown: GenRequest = { op, networkId: net.id, body: { container: t.name('neg-ctr-unknown') } };
  await property(n, arb, async (req) => {
    const r = await send(t, req);
    n.findings.tally(r);
    if (!t.mock) expectRefused(t, r, `the ${op === 'connectContainer' ? 'connect' : 'disconnect'}`);
  }, [unknown]);
  if (!before) return;
  // What a refused connect or disconnect could change is its network: the check's own, looked at by Id.
  n.budget.bookkeeping++;
  const after = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  const keys = (n: Network) => JSON.stringify(Object.keys(n.Containers ?? {}).sort());
  t.expect(keys(after) === keys(before), `the Containers of ${net.name} unchanged (${keys(before)})`, keys(after));
}
