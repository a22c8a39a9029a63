import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'duplicate',
  title: 'Duplicate network names',
  checks: [
    { id: 'NET-DUP-001', level: 'MUST', operations: ['createNetwork'], requirement: 'A create of an existing name with check_duplicate: true MUST be refused with the error envelope meaning "already exists".' },
    { id: 'NET-DUP-002', level: 'MUST', operations: ['createNetwork', 'listNetworks'], needs: ['state'], requirement: 'After a refused duplicate create, exactly one network MUST carry that name.' },
    { id: 'NET-DUP-003', level: 'INFO', operations: ['createNetwork', 'listNetworks', 'removeNetwork'], needs: ['state'], requirement: 'MAY-INFO: what a create of an existing name without check_duplicate does is recorded (the 20.10 engine creates a second network with a Warning).' },
  ],
} satisfies SuiteDef;
