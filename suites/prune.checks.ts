import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'prune',
  title: 'Remove all unused networks (runs last and alone)',
  exclusive: true,
  checks: [
    { id: 'NET-PRUNE-001', level: 'MUST', operations: ['pruneNetworks'], needs: ['destructive'], requirement: 'DELETE /networks/ MUST answer {NetworksDeleted} naming every unused network (both unused scratch networks) and not a network with a running container attached.' },
    { id: 'NET-PRUNE-002', level: 'MUST', operations: ['pruneNetworks', 'listNetworks'], needs: ['state', 'destructive'], requirement: 'After a prune the unused networks MUST be gone, and a network with a running container attached and bridge, host and none MUST remain.' },
    { id: 'NET-PRUNE-003', level: 'SHOULD', operations: ['pruneNetworks'], needs: ['destructive'], requirement: 'A prune with nothing to remove SHOULD answer {"NetworksDeleted": null} as documented ([] is a warning).' },
    { id: 'NET-PRUNE-004', level: 'INFO', operations: ['pruneNetworks'], needs: ['state', 'destructive'], requirement: 'MAY-INFO: every network the prune removed that the suite had not created is recorded.' },
  ],
} satisfies SuiteDef;
