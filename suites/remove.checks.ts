import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'remove',
  title: 'Remove a network, not found',
  checks: [
    { id: 'NET-RM-001', level: 'MUST', operations: ['removeNetwork'], requirement: 'DELETE /networks/{network_id} of an unknown network MUST answer the error envelope meaning "not found".' },
    { id: 'NET-RM-002', level: 'MUST', operations: ['removeNetwork', 'inspectNetworkByInspectPath', 'listNetworks'], requirement: 'Removing a network by name MUST answer {}, after which inspect answers "not found" and the list lacks it.' },
    { id: 'NET-RM-003', level: 'MUST', operations: ['removeNetwork', 'inspectNetworkByInspectPath', 'listNetworks'], needs: ['state'], requirement: 'Removing a network by Id MUST answer {}, after which inspect answers "not found" and the list lacks it.' },
    { id: 'NET-RM-004', level: 'MUST', operations: ['inspectNetworkByInspectPath', 'inspectNetwork'], requirement: 'Inspecting an unknown network MUST answer the error envelope meaning "not found".' },
    { id: 'NET-RM-005', level: 'MUST', operations: ['connectContainer', 'removeNetwork', 'inspectNetworkByInspectPath'], needs: ['state', 'container'], requirement: 'Removing a network with a running container attached MUST be refused with the error envelope and the network MUST remain.' },
  ],
} satisfies SuiteDef;
