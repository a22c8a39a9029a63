import type { SuiteDef } from './lib/types.ts';

// Property-based: each check sends its share of --budget generated requests (seeded by --seed) and shrinks a failure
// to its smallest input. Every generated name or unknown id starts with cs-conformance-<run id>-neg-.
export default {
  name: 'negative',
  title: 'Generated bad input (property-based, --seed and --budget)',
  checks: [
    {
      id: 'NEG-001',
      level: 'MUST',
      operations: ['createNetwork', 'listNetworks', 'removeNetwork'],
      requirement:
        'A create whose required name is missing, null, of another JSON type than CreateNetworkRequest allows, empty or blank MUST be refused with the error envelope (or a 4xx JSON error), never an HTTP 5xx, an HTML page, a hang or a dropped connection, and MUST create nothing (the other fields sent are valid and harmless: option and label keys neg.*, never com.docker.network.bridge.*).',
    },
    {
      id: 'NEG-002',
      level: 'MUST',
      operations: ['createNetwork', 'listNetworks', 'inspectNetworkByInspectPath', 'removeNetwork'],
      requirement:
        'A create with any other field of CreateNetworkRequest (IPAM, its Config items and the option, label and address maps included) of a JSON type its schema does not allow MUST be answered with the error envelope (or a 4xx JSON error) or a documented success, never a 5xx, HTML, a hang or a dropped connection; a refused one MUST create nothing and an accepted one MUST create exactly the named network, listable, inspectable by name and removable (generated map keys are neg.*, never com.docker.network.bridge.*, and no subnet is sent).',
    },
    {
      id: 'NEG-003',
      level: 'MUST',
      operations: ['createNetwork', 'listNetworks', 'inspectNetworkByInspectPath', 'removeNetwork'],
      requirement:
        'A create with an unusual name under the run\'s prefix (300 to 2000 characters, unicode, path-like such as a/b, ../x or %2F, control characters, spaces) MUST be answered with the error envelope (or a 4xx JSON error) or a documented success, never a 5xx, HTML, a hang or a dropped connection; a refused one MUST create nothing and an accepted one MUST create exactly that network under that name, listable, inspectable by its URL-encoded name (by Id for names with /, \\, % or a newline, recorded) and removable.',
    },
    {
      id: 'NEG-004',
      level: 'MUST',
      operations: ['createNetwork', 'listNetworks', 'removeNetwork'],
      requirement:
        'A create with a malformed IPAM (bad CIDR, gateway outside its subnet or not an address, Config not an array or with non-object items, two IPv4 subnets on a bridge) or, with --timeout 20000 or more, an unknown driver (the engine spends about 15 s looking for a driver plugin) MUST be refused with the error envelope (or a 4xx JSON error), never a 5xx, HTML, a hang or a dropped connection, and MUST create nothing (generated subnets lie only in 198.18.0.0/15, RFC 2544\'s benchmark range, never on a NAS\'s LAN, and no option is sent, so never com.docker.network.bridge.*).',
    },
    {
      id: 'NEG-005',
      level: 'MUST',
      operations: ['createNetwork', 'listNetworks', 'removeNetwork'],
      requirement:
        'A create whose body is not a JSON object (malformed or truncated JSON down to an empty body, an array, null, a string, a number) sent as application/json MUST be refused with the error envelope (or a 4xx JSON error), never a 5xx, HTML, a hang or a dropped connection, and MUST create nothing.',
    },
    {
      id: 'NEG-006',
      level: 'MUST',
      operations: ['createNetwork', 'listNetworks', 'inspectNetworkByInspectPath', 'removeNetwork'],
      requirement:
        'A valid JSON create sent with a wrong Content-Type (text/plain, application/x-www-form-urlencoded, application/octet-stream, application/xml) MUST be answered with the error envelope (or a 4xx JSON error) or a documented success, never a 5xx, HTML, a hang or a dropped connection; a refused one MUST create nothing and an accepted one MUST create exactly the named network, listable, inspectable by name and removable.',
    },
    {
      id: 'NEG-007',
      level: 'MUST',
      operations: ['connectContainer', 'createNetwork', 'listNetworks', 'inspectNetworkByInspectPath', 'removeNetwork'],
      requirement:
        'A connect whose container is missing, null, of another JSON type than ConnectRequest allows, empty, blank or an unknown name under the run\'s prefix, or whose body is not JSON, MUST be refused with the error envelope (or a 4xx JSON error), never a 5xx, HTML, a hang or a dropped connection, and MUST change no network (generated numbers are negative or fractional, never a container\'s Id prefix).',
    },
    {
      id: 'NEG-008',
      level: 'MUST',
      operations: ['disconnectContainer', 'createNetwork', 'listNetworks', 'inspectNetworkByInspectPath', 'removeNetwork'],
      requirement:
        'A disconnect whose container is missing, null, of another JSON type than DisconnectRequest allows, empty, blank or an unknown name under the run\'s prefix (with force absent, valid or of a wrong JSON type), or whose body is not JSON, MUST be refused with the error envelope (or a 4xx JSON error), never a 5xx, HTML, a hang or a dropped connection, and MUST change no network.',
    },
    {
      id: 'NEG-009',
      level: 'MUST',
      operations: ['inspectNetwork', 'inspectNetworkByInspectPath', 'removeNetwork', 'connectContainer', 'disconnectContainer', 'listNetworks'],
      requirement:
        'An unknown network id (a random name under the run\'s prefix with special characters, URL-encoded by the client) MUST be refused with the error envelope (or a 4xx JSON error) by inspect on both paths, remove, connect and disconnect, never a 5xx, HTML, a hang or a dropped connection, and MUST change no network (ids sent to remove never hold .., /, % or \\, which a front decoding them could turn into DELETE /networks/, the prune route).',
    },
    {
      id: 'NEG-010',
      level: 'INFO',
      operations: ['createNetwork', 'connectContainer', 'disconnectContainer', 'inspectNetworkByInspectPath', 'removeNetwork'],
      needs: ['state'],
      requirement:
        'MAY-INFO: which generated inputs the target accepted (unusual names, wrong JSON types, Content-Types) and how it answered the refused ones is recorded, with the generated requests sent against --budget.',
    },
  ],
} satisfies SuiteDef;
