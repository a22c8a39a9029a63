import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'connect',
  title: 'Connect and disconnect a container',
  checks: [
    { id: 'NET-CONN-001', level: 'MUST', operations: ['connectContainer'], needs: ['container'], requirement: 'POST /networks/{network_id}/connect with {container} MUST answer {}.' },
    { id: 'NET-CONN-002', level: 'MUST', operations: ['connectContainer', 'disconnectContainer'], needs: ['container'], requirement: 'POST /networks/{network_id}/disconnect of a connected container MUST answer {}.' },
    { id: 'NET-CONN-003', level: 'MUST', operations: ['connectContainer', 'disconnectContainer'], needs: ['state', 'container'], requirement: 'A second disconnect of the same container MUST be refused with the error envelope meaning "is not connected to".' },
    { id: 'NET-CONN-004', level: 'MUST', operations: ['connectContainer', 'disconnectContainer'], needs: ['state', 'container'], requirement: 'Connecting a container again after a disconnect MUST succeed, and the disconnect after it too.' },
    { id: 'NET-CONN-005', level: 'MUST', operations: ['connectContainer', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'Connecting an unknown container MUST be refused with the error envelope meaning "No such container" and change nothing.' },
    { id: 'NET-CONN-006', level: 'MUST', operations: ['connectContainer', 'disconnectContainer', 'inspectNetworkByInspectPath'], needs: ['state', 'container'], requirement: 'A running container MUST be listed under Containers by inspect after connect and not after disconnect (a created-only container is never listed: the round trip of NET-CONN-002..004 covers it).' },
    { id: 'NET-CONN-007', level: 'MUST', operations: ['connectContainer'], needs: ['state', 'container'], requirement: 'A second connect of a running container to the same network MUST be refused with the error envelope.' },
  ],
} satisfies SuiteDef;
