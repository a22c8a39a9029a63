import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'list',
  title: 'List all networks',
  checks: [
    { id: 'NET-LIST-001', level: 'MUST', operations: ['listNetworks'], requirement: 'GET /networks MUST answer a JSON array of network objects that match the spec.' },
    { id: 'NET-LIST-002', level: 'MUST', operations: ['listNetworks'], requirement: 'The list MUST contain the predefined networks bridge, host and none.' },
    { id: 'NET-LIST-003', level: 'MUST', operations: ['createNetwork', 'listNetworks'], needs: ['state'], requirement: 'A network the suite created MUST appear in the list with the Id that create answered.' },
    { id: 'NET-LIST-004', level: 'MUST', operations: ['createNetwork', 'removeNetwork', 'listNetworks'], needs: ['state'], requirement: 'A network the suite removed MUST no longer appear in the list.' },
  ],
} satisfies SuiteDef;
