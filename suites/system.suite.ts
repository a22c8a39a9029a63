import catalogue from './system.checks.ts';
import { defineSuite } from './lib/check.ts';

const { check } = defineSuite(catalogue);

check('SYS-001', async (t) => {
  const sys = t.expectOk(await t.call('getSystem'), 'GET /system');
  const v = sys.version ?? {};
  const missing = ['qpkg', 'firmware', 'dockerVersion'].filter((k) => typeof v[k] !== 'string');
  t.observe(`versions: ${JSON.stringify(v)}`);
  t.expect(missing.length === 0, 'version.qpkg, version.firmware and version.dockerVersion', `missing ${missing.join(', ')}`);
});
