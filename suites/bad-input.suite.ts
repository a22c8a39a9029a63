import type { CallOptions } from '../wire/api.ts';
import { Attribution, described, tag } from './shared-nas/attribution.ts';
import { defineSuite } from './harness/define.ts';
import type { CheckScope } from './harness/scope.ts';

/*
 * Suite: Bad input to create
 */
const { check, bodies } = defineSuite('bad-input');
export default bodies;

/**
 * Sends a bad create and asserts: refused with the envelope or a 4xx JSON error, and nothing made by it — judged by
 * the request's own fingerprints (its name, its label), so another client's networks never count
 * (suites/shared-nas/attribution.ts).
 */
async function refusedAndNothingCreated(t: CheckScope, what: string, opts: CallOptions<'createNetwork'>): Promise<void> {
  const attribution = t.mock ? undefined : await Attribution.start(t);
  const { body, print } = attribution && opts.bodyOutsideSpec !== undefined ? tag(opts.bodyOutsideSpec, attribution.nextLabel()) : { body: opts.bodyOutsideSpec, print: {} };
  const request: CallOptions<'createNetwork'> = { ...opts, bodyOutsideSpec: body, allowPlainJsonError: true, prefer: 'code=422' };
  const r = await t.call('createNetwork', request);
  if (r.ok && r.body.Id) t.removeAtEnd({ id: r.body.Id, proof: 'create' });
  t.expect(!r.ok, `${what} to be refused with the error envelope or a 4xx JSON error`, `HTTP ${r.status} ${JSON.stringify(r.body)}`, r.exchange);
  if (!attribution) return;
  const made = await attribution.afterRefused(opts.rawBody ? { name: t.name('not-json') } : print);
  t.expect(made.length === 0, `no network made by ${what}`, `it made ${described(made)} (removed by the check)`, r.exchange);
}

/*
 * Requirement: A create without name MUST be refused with the error envelope (or a 4xx JSON error), never an HTML
 *   page, and create nothing; the refusal SHOULD carry a 4xx status, not a 5xx.
 * Evidence: page: name is "a mandatory field [required]"; every error the page shows is the error envelope
 * Faults: bad-input-creates
 * Operations: createNetwork, listNetworks
 */
check('BAD-001', async (t) => {
  await refusedAndNothingCreated(t, 'a create without name', { bodyOutsideSpec: { check_duplicate: true } });
});

/*
 * Requirement: A create whose body is not JSON MUST be refused with the error envelope (or a 4xx JSON error), never
 *   an HTML page, and create nothing; the refusal SHOULD carry a 4xx status, not a 5xx.
 * Evidence: engine: a body that is not JSON is refused, "invalid character …" (§3 #50); every error the page shows is
 *   the error envelope
 * Faults: bad-input-html
 * Operations: createNetwork, listNetworks
 */
check('BAD-002', async (t) => {
  if (t.mock) t.skip('the Prism mock never answers a request whose body is not JSON');
  await refusedAndNothingCreated(t, 'a create with a body that is not JSON', { rawBody: { text: `{"name": "${t.name('not-json')}`, contentType: 'application/json' } });
});

/*
 * Requirement: A create whose name is not a string MUST be refused with the error envelope (or a 4xx JSON error),
 *   never an HTML page, and create nothing; the refusal SHOULD carry a 4xx status, not a 5xx.
 * Evidence: page: name is a string; the engine refuses another JSON type (§3 #53)
 * Faults: bad-input-coerces-name
 * Operations: createNetwork, listNetworks
 */
check('BAD-003', async (t) => {
  await refusedAndNothingCreated(t, 'a create whose name is a number', { bodyOutsideSpec: { name: 12345, check_duplicate: true } });
});

/*
 * Requirement: A create with an empty name MUST be refused with the error envelope and create nothing.
 * Evidence: engine: an empty name is refused, "invalid name" (§3 #47); every error the page shows is the error
 *   envelope
 * Faults: bad-input-empty-name-defaulted
 * Operations: createNetwork, listNetworks
 * Needs: state
 */
check('BAD-004', async (t) => {
  await refusedAndNothingCreated(t, 'a create with an empty name', { bodyOutsideSpec: { name: '', check_duplicate: true } });
});
