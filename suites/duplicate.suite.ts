import { defineSuite } from './harness/define.ts';
import type { CheckScope } from './harness/scope.ts';

/*
 * Suite: Duplicate network names
 */
const { check, bodies } = defineSuite('duplicate');
export default bodies;

async function refusedDuplicate(t: CheckScope, purpose: string) {
  if (t.mock) {
    const r = await t.call('createNetwork', { body: { name: 'doc_test_network', check_duplicate: true }, prefer: 'code=400, example=duplicate' });
    t.expectError(r, 'alreadyExists', 'a duplicate create');
    return undefined;
  }
  const net = await t.createNetwork(purpose);
  const again = await t.call('createNetwork', { body: { name: net.name, check_duplicate: true } });
  if (again.ok) t.removeAtEnd({ id: again.body.Id, name: net.name, proof: 'create' });
  t.expectError(again, 'alreadyExists', `a second create of ${net.name} with check_duplicate: true`);
  return net;
}

/*
 * Requirement: A create of an existing name with check_duplicate: true MUST be refused with the error envelope
 *   meaning "already exists".
 * Evidence: page: the documented "Example response with duplicated network"
 * Faults: duplicate-allowed, duplicate-bad-envelope
 * Operations: createNetwork
 */
check('NET-DUP-001', async (t) => {
  await refusedDuplicate(t, 'dup-refused');
});

/*
 * Requirement: After a refused duplicate create, exactly one network MUST carry that name.
 * Evidence: engine: a create refused with CheckDuplicate (409) creates nothing (§3 #3)
 * Faults: duplicate-allowed
 * Operations: createNetwork, listNetworks
 * Needs: state
 */
check('NET-DUP-002', async (t) => {
  const net = await refusedDuplicate(t, 'dup-count');
  const list = t.expectOk(await t.call('listNetworks'), 'GET /networks');
  const carrying = list.filter((n) => n.Name === net!.name);
  t.expect(carrying.length === 1, `exactly one network named ${net!.name}`, `${carrying.length} (${carrying.map((n) => n.Id.slice(0, 12)).join(', ')})`);
});

/*
 * Requirement: MAY-INFO: what a create of an existing name without check_duplicate does is recorded (the 20.10 engine
 *   creates a second network with a Warning).
 * Evidence: engine: without CheckDuplicate the 20.10 engine creates a duplicate with a Warning (§3 #2)
 * Operations: createNetwork, listNetworks, removeNetwork
 * Needs: state
 */
check('NET-DUP-003', async (t) => {
  const net = await t.createNetwork('dup-unchecked');
  const again = await t.call('createNetwork', { body: { name: net.name } });
  if (!again.ok) {
    t.observe(`a duplicate create without check_duplicate was refused: ${again.envelope?.message ?? `HTTP ${again.status}`}`);
    return;
  }
  // Remove the second one by Id: with two networks of one name, the name is ambiguous.
  t.removeAtEnd({ id: again.body.Id, name: net.name, proof: 'create' });
  t.observe(`a duplicate create without check_duplicate created a second network (Warning: ${JSON.stringify(again.body.Warning)})`);
});
