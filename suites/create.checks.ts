import type { SuiteDef } from './lib/types.ts';

export default {
  name: 'create',
  title: 'Create and inspect a network',
  checks: [
    { id: 'NET-CREATE-001', level: 'MUST', operations: ['createNetwork'], requirement: 'POST /networks with {name} MUST answer {Id: 64 lowercase hex digits, Warning: string}.' },
    { id: 'NET-CREATE-002', level: 'MUST', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'A created network MUST inspect with the Id create answered, its name, driver bridge by default, scope local and an RFC 3339 Created.' },
    { id: 'NET-CREATE-003', level: 'MUST', operations: ['inspectNetworkByInspectPath'], requirement: 'GET /networks/{network_id}/inspect (the path of every documented example) MUST answer the network, by Id and by name.' },
    { id: 'NET-CREATE-004', level: 'SHOULD', operations: ['inspectNetwork'], requirement: 'GET /networks/{network_id} (the documented heading) SHOULD answer the same network as /inspect, by Id and by name.' },
    { id: 'NET-CREATE-005', level: 'MUST', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'A create with driver MUST be reflected by inspect (Driver).' },
    { id: 'NET-CREATE-006', level: 'MUST', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'A create with internal: true MUST be reflected by inspect (Internal: true).' },
    { id: 'NET-CREATE-007', level: 'MUST', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'A create with options MUST be reflected by inspect (Options holds each key and value).' },
    { id: 'NET-CREATE-008', level: 'MUST', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'A create with ipam {Driver, Config: [{Subnet, Gateway}]} MUST be reflected by inspect (IPAM.Config holds that Subnet and Gateway).' },
    { id: 'NET-CREATE-009', level: 'INFO', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'MAY-INFO: what the target does with labels (documented as currently not supported) is recorded.' },
    { id: 'NET-CREATE-010', level: 'INFO', operations: ['createNetwork', 'inspectNetworkByInspectPath'], needs: ['state'], requirement: 'MAY-INFO: what the target does with enableIPv6 (documented as currently not supported) is recorded.' },
  ],
} satisfies SuiteDef;
