import { defineSuite } from './harness/define.ts';

/*
 * Suite: System information for reports
 */
const { check, bodies } = defineSuite('system');
export default bodies;

/*
 * Requirement: GET /system SHOULD answer the system object with the Container Station version (version.qpkg),
 *   firmware and Docker versions.
 * Evidence: page: the System page's captured GET /system answer carries version.qpkg, firmware and dockerVersion
 * Faults: system-without-versions
 * Operations: getSystem
 */
check('SYS-001', async (t) => {
  const sys = t.expectOk(await t.call('getSystem'), 'GET /system');
  const v = sys.version ?? {};
  const missing = ['qpkg', 'firmware', 'dockerVersion'].filter((k) => typeof v[k] !== 'string');
  t.observe(`versions: ${JSON.stringify(v)}`);
  t.expect(missing.length === 0, 'version.qpkg, version.firmware and version.dockerVersion', `missing ${missing.join(', ')}`);
});
