import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'bad-input',
  title: 'Bad input to create',
  checks: [
    { id: 'BAD-001', level: 'MUST', operations: ['createNetwork', 'listNetworks'], requirement: 'A create without name MUST be refused with the error envelope (or a 4xx JSON error), never an HTTP 5xx or an HTML page, and create nothing.' },
    { id: 'BAD-002', level: 'MUST', operations: ['createNetwork', 'listNetworks'], requirement: 'A create whose body is not JSON MUST be refused with the error envelope (or a 4xx JSON error), never an HTTP 5xx or an HTML page, and create nothing.' },
    { id: 'BAD-003', level: 'MUST', operations: ['createNetwork', 'listNetworks'], requirement: 'A create whose name is not a string MUST be refused with the error envelope (or a 4xx JSON error), never an HTTP 5xx or an HTML page, and create nothing.' },
    { id: 'BAD-004', level: 'MUST', operations: ['createNetwork', 'listNetworks'], needs: ['state'], requirement: 'A create with an empty name MUST be refused with the error envelope and create nothing.' },
  ],
} satisfies SuiteDef;
