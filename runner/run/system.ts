// What the target says it is (GET /system): the versions a report names and known failures are matched against.
// Never fatal: a target that cannot tell is still tested, and the report says why the versions are unknown.
import type { RunResult } from '../../reporters/model.ts';
import type { Api } from '../../wire/api.ts';

export async function readSystem(api: Api): Promise<RunResult['system']> {
  try {
    const r = await api.call('getSystem');
    if (!r.ok) return { unknownReason: `GET /system answered an error: ${r.envelope?.message ?? `HTTP ${r.status}`}` };
    const v = r.body.version ?? {};
    return { containerStation: v.qpkg ?? v.web, firmware: v.firmware, docker: v.dockerVersion };
  } catch (err) {
    return { unknownReason: `GET /system failed: ${(err as Error).message.split('\n')[0]}` };
  }
}
