// Container Station wraps every engine error as {"error": {"code": 400, "message": "<docker-py APIError string>"}}.
// docker-py has two formats: "409 Client Error: Conflict (\"…\")" (<= 4.3.1) and
// "409 Client Error for http+docker://localhost/v1.41/networks/create: Conflict (\"…\")" (>= 4.4.0).
// Checks match on meaning, never on exact text or on the embedded number (it changed: 500 → 403 → 409).

export interface ErrorEnvelope {
  code: number;
  message: string;
}

export interface DockerPyMessage {
  /** The engine's HTTP status embedded in the message, when the message has docker-py's form. */
  engineStatus?: number;
  kind?: 'Client' | 'Server';
  url?: string;
  reason?: string;
  /** The engine's own explanation (inside the parentheses), or the whole message when it has no docker-py form. */
  explanation: string;
}

const DOCKER_PY = /^(\d{3}) (Client|Server) Error(?: for (\S+))?: ([^(]*?)(?: \((.*)\))?$/s;

export function parseDockerPyMessage(message: string): DockerPyMessage {
  const m = DOCKER_PY.exec(message.trim());
  if (!m) return { explanation: message };
  let explanation = m[5] ?? m[4];
  if (explanation.startsWith('"') && explanation.endsWith('"') && explanation.length >= 2) explanation = explanation.slice(1, -1);
  return { engineStatus: Number(m[1]), kind: m[2] as 'Client' | 'Server', url: m[3], reason: m[4].trim(), explanation };
}

/** The envelope when `body` is one, else undefined. */
export function asEnvelope(body: unknown): ErrorEnvelope | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const error = (body as Record<string, unknown>).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as Record<string, unknown>;
  if (typeof code !== 'number' || !Number.isInteger(code) || typeof message !== 'string') return undefined;
  return { code, message };
}

/** Stable fragments of engine messages (docker-engine-network-behavior.md §11). */
export const MEANINGS = {
  alreadyExists: /already exists/i,
  notFound: /not found/i,
  noSuchContainer: /no such container/i,
  ambiguous: /is ambiguous/i,
  activeEndpoints: /has active endpoints/i,
  predefined: /pre-defined network/i,
  notConnected: /is not connected to/i,
  invalidName: /invalid name/i,
  poolsExhausted: /could not find an available, non-overlapping IPv4 address pool/i,
} as const;

export type Meaning = keyof typeof MEANINGS;

export function hasMeaning(envelope: ErrorEnvelope, meaning: Meaning): boolean {
  return MEANINGS[meaning].test(parseDockerPyMessage(envelope.message).explanation) || MEANINGS[meaning].test(envelope.message);
}
