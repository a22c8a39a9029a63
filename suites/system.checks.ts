import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'system',
  title: 'System information for reports',
  checks: [
    { id: 'SYS-001', level: 'SHOULD', operations: ['getSystem'], requirement: 'GET /system SHOULD answer the system object with the Container Station version (version.qpkg), firmware and Docker versions.' },
  ],
} satisfies SuiteDef;
