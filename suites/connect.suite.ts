import { defineSuite } from './harness/define.ts';
import type { CheckScope, ScratchNetwork } from './harness/scope.ts';

/*
 * Suite: Connect and disconnect a container
 */
const { check, bodies } = defineSuite('connect');
export default bodies;

/** A scratch network of this run, or the documented fixture on the mock. The user's container joins only ours. */
async function network(t: CheckScope, purpose: string): Promise<ScratchNetwork> {
  if (t.mock) return { name: 'doc_test_network', id: 'doc_test_network' };
  return t.createNetwork(purpose);
}

async function connect(t: CheckScope, net: ScratchNetwork, container = t.container!) {
  return t.call('connectContainer', { networkId: net.id, body: { container } });
}

async function disconnect(t: CheckScope, net: ScratchNetwork, container = t.container!) {
  return t.call('disconnectContainer', { networkId: net.id, body: { container, force: false } });
}

async function listedUnderContainers(t: CheckScope, net: ScratchNetwork, container: string): Promise<boolean> {
  const n = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  return Object.entries(n.Containers ?? {}).some(([id, ep]) => ep.Name === container || id === container || id.startsWith(container));
}

/** Whether the user's container is running, as the engine shows it: only running containers appear in Containers. */
async function requireRunning(t: CheckScope, net: ScratchNetwork): Promise<void> {
  const connected = await connect(t, net);
  t.expectOk(connected, `connecting ${t.container} to ${net.name}`);
  if (!(await listedUnderContainers(t, net, t.container!))) {
    t.expectOk(await disconnect(t, net), `disconnecting ${t.container} from ${net.name}`);
    t.skip(`${t.container} is not listed under Containers after connect: it is not running (the engine lists only running containers); the disconnect round trip covers it`);
  }
}

/*
 * Requirement: POST /networks/{network_id}/connect with {container} MUST answer {}.
 * Evidence: page: the documented connect response {}
 * Faults: connect-answers-not-empty
 * Operations: connectContainer
 * Needs: container
 */
check('NET-CONN-001', async (t) => {
  const net = await network(t, 'conn-answer');
  const r = await connect(t, net);
  if (r.ok && !t.mock) t.onCleanup(() => disconnect(t, net));
  const body = t.expectOk(r, `connecting ${t.container} to ${net.name}`);
  t.expect(Object.keys(body as object).length === 0, '{}', JSON.stringify(body));
  if (t.mock) {
    // The documentation's "inspect result after container connected".
    t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id, prefer: 'example=afterConnect' }), 'inspect after connect');
  }
});

/*
 * Requirement: POST /networks/{network_id}/disconnect of a connected container MUST answer {}.
 * Evidence: page: the documented disconnect response {}
 * Faults: connect-noop
 * Operations: connectContainer, disconnectContainer
 * Needs: container
 */
check('NET-CONN-002', async (t) => {
  const net = await network(t, 'conn-roundtrip');
  t.expectOk(await connect(t, net), `connecting ${t.container} to ${net.name}`);
  const body = t.expectOk(await disconnect(t, net), `disconnecting ${t.container} from ${net.name}`);
  t.expect(Object.keys(body as object).length === 0, '{}', JSON.stringify(body));
});

/*
 * Requirement: A second disconnect of the same container MUST be refused with the error envelope meaning "is not
 *   connected to".
 * Evidence: engine: a disconnect of a container that is not connected is "is not connected to" (§6)
 * Faults: disconnect-noop
 * Operations: connectContainer, disconnectContainer
 * Needs: state, container
 */
check('NET-CONN-003', async (t) => {
  const net = await network(t, 'conn-twice-out');
  t.expectOk(await connect(t, net), `connecting ${t.container} to ${net.name}`);
  t.expectOk(await disconnect(t, net), `disconnecting ${t.container} from ${net.name}`);
  t.expectError(await disconnect(t, net), 'notConnected', `a second disconnect of ${t.container} from ${net.name}`);
});

/*
 * Requirement: Connecting a container again after a disconnect MUST succeed, and the disconnect after it too.
 * Evidence: engine: a container reconnects after a disconnect (§5, §6)
 * Faults: reconnect-refused
 * Operations: connectContainer, disconnectContainer
 * Needs: state, container
 */
check('NET-CONN-004', async (t) => {
  const net = await network(t, 'conn-again');
  t.expectOk(await connect(t, net), `connecting ${t.container} to ${net.name}`);
  t.expectOk(await disconnect(t, net), `disconnecting ${t.container} from ${net.name}`);
  t.expectOk(await connect(t, net), `connecting ${t.container} again to ${net.name}`);
  t.expectOk(await disconnect(t, net), `disconnecting ${t.container} again from ${net.name}`);
});

/*
 * Requirement: Connecting an unknown container MUST be refused with the error envelope meaning "No such container"
 *   and change nothing.
 * Evidence: engine: an unknown container is "No such container", looked up first (§5)
 * Faults: connect-unknown-container-accepted
 * Operations: connectContainer, inspectNetworkByInspectPath
 * Needs: state
 */
check('NET-CONN-005', async (t) => {
  const net = await network(t, 'conn-unknown');
  const ghost = t.name('no-such-container');
  const before = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  t.expectError(await connect(t, net, ghost), 'noSuchContainer', `connecting the unknown container ${ghost}`);
  const after = t.expectOk(await t.call('inspectNetworkByInspectPath', { networkId: net.id }), `inspecting ${net.name}`);
  t.expect(JSON.stringify(after.Containers ?? {}) === JSON.stringify(before.Containers ?? {}), `Containers unchanged (${JSON.stringify(before.Containers)})`, JSON.stringify(after.Containers));
});

/*
 * Requirement: A running container MUST be listed under Containers by inspect after connect and not after disconnect
 *   (a created-only container is never listed: the round trip of NET-CONN-002..004 covers it).
 * Evidence: engine: inspect lists running containers under Containers, never created-only ones (§2.1, §5)
 * Faults: connect-noop, disconnect-noop
 * Operations: connectContainer, disconnectContainer, inspectNetworkByInspectPath
 * Needs: state, container
 */
check('NET-CONN-006', async (t) => {
  const net = await network(t, 'conn-listed');
  await requireRunning(t, net);
  t.expectOk(await disconnect(t, net), `disconnecting ${t.container} from ${net.name}`);
  t.expect(!(await listedUnderContainers(t, net, t.container!)), `${t.container} absent from Containers after disconnect`, 'still listed');
});

/*
 * Requirement: A second connect of a running container to the same network MUST be refused with the error envelope.
 * Evidence: engine: a running container connected twice is refused, "endpoint with name … already exists" (§5)
 * Faults: connect-twice-accepted
 * Operations: connectContainer
 * Needs: state, container
 */
check('NET-CONN-007', async (t) => {
  const net = await network(t, 'conn-twice-in');
  await requireRunning(t, net);
  t.onCleanup(() => disconnect(t, net));
  const again = await connect(t, net);
  t.expect(!again.ok, `a second connect of the running ${t.container} to be refused`, `HTTP ${again.status} ${JSON.stringify(again.body)}`, again.exchange);
  t.expect(again.envelope, 'the error envelope', JSON.stringify(again.body), again.exchange);
});
