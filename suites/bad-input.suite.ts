import type { CallOptions } from '../runner/api.ts';
import catalogue from './bad-input.checks.ts';
import { defineSuite, type CheckScope } from './lib/check.ts';

type Listed = { Id: string; Name: string }[];
const { check } = defineSuite(catalogue);

/** Sends a bad create and asserts: refused with the envelope or a 4xx JSON error, and the list unchanged. */
async function refusedAndNothingCreated(t: CheckScope, what: string, opts: CallOptions): Promise<void> {
  const before = t.mock ? [] : t.expectOk(await t.call<Listed>('listNetworks'), 'GET /networks');
  const r = await t.call<{ Id?: string }>('createNetwork', { ...opts, allowPlainJsonError: true, prefer: 'code=422' });
  if (r.ok && r.body.Id) t.onCleanup(() => t.call('removeNetwork', { networkId: r.body.Id! }));
  t.expect(!r.ok, `${what} to be refused with the error envelope or a 4xx JSON error`, `HTTP ${r.status} ${JSON.stringify(r.body)}`, r.exchange);
  if (t.mock) return;
  const after = t.expectOk(await t.call<Listed>('listNetworks'), 'GET /networks');
  const known = new Set(before.map((n) => n.Id));
  const created = after.filter((n) => !known.has(n.Id));
  for (const n of created) t.onCleanup(() => t.call('removeNetwork', { networkId: n.Id }));
  t.expect(created.length === 0, `no new network after ${what}`, `new: ${created.map((n) => JSON.stringify(n.Name)).join(', ')}`);
}

check('BAD-001', async (t) => {
  await refusedAndNothingCreated(t, 'a create without name', { body: { check_duplicate: true } });
});

check('BAD-002', async (t) => {
  if (t.mock) t.skip('the Prism mock never answers a request whose body is not JSON');
  await refusedAndNothingCreated(t, 'a create with a body that is not JSON', { rawBody: { text: '{"name": "cs-conformance-not-json', contentType: 'application/json' } });
});

check('BAD-003', async (t) => {
  await refusedAndNothingCreated(t, 'a create whose name is a number', { body: { name: 12345, check_duplicate: true } });
});

check('BAD-004', async (t) => {
  await refusedAndNothingCreated(t, 'a create with an empty name', { body: { name: '', check_duplicate: true } });
});
