// The near-miss faults (../faults.ts, families reference and list): a firmware's own layer between the API and the
// engine that gets a reference or the list almost right. Many firmwares look a reference up in their own table before
// they call the engine, or list networks from a table of their own; each fault here bends that layer in one
// realistic way (a case-insensitive or prefix match on names, a substring match on Ids, no Id prefixes, the first of
// an ambiguous name, a kind of network forgotten by the list) while every other answer stays the engine's. It wraps
// any Engine, so the simulator and the Docker target carry the same faults.
import type { FaultName } from '../faults.ts';
import { EngineError, type Engine, type EngineCreateBody } from './engine.ts';

export const NEAR_MISS_FAULTS: readonly FaultName[] = [
  'ref-name-any-case',
  'ref-name-prefix',
  'ref-id-substring',
  'ref-id-prefix-unsupported',
  'ref-ambiguous-first',
  'remove-ambiguous-first',
  'list-misses-internal',
  'list-misses-options',
  'list-misses-ipam',
  'inspect-internal-by-name-broken',
];

type Use = 'inspect' | 'remove' | 'connect' | 'disconnect';
type Kind = 'internal' | 'options' | 'ipam';

/** `engine` with the near-miss faults among `faults` applied; `engine` itself when there is none. */
export function withNearMissFaults(engine: Engine, faults: ReadonlySet<FaultName>): Engine {
  return NEAR_MISS_FAULTS.some((f) => faults.has(f)) ? new NearMissEngine(engine, faults) : engine;
}

const isSet = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'object' && Object.keys(v).length === 0);

class NearMissEngine implements Engine {
  readonly #inner: Engine;
  readonly #faults: ReadonlySet<FaultName>;
  /** The kinds of each network created through this layer (what the list faults forget), by Id. */
  readonly #kinds = new Map<string, Set<Kind>>();

  constructor(inner: Engine, faults: ReadonlySet<FaultName>) {
    this.#inner = inner;
    this.#faults = faults;
  }

  async list(): Promise<Record<string, unknown>[]> {
    const forgotten = (['internal', 'options', 'ipam'] as const).filter((k) => this.#faults.has(`list-misses-${k}`));
    const nets = await this.#inner.list();
    // The kinds of a network that is gone no longer matter (however many a long session creates and removes).
    const live = new Set(nets.map((n) => String(n.Id)));
    for (const id of this.#kinds.keys()) if (!live.has(id)) this.#kinds.delete(id);
    return nets.filter((n) => !forgotten.some((k) => this.#kinds.get(String(n.Id))?.has(k)));
  }

  async create(body: EngineCreateBody): Promise<{ Id: string; Warning: string }> {
    const created = await this.#inner.create(body);
    const kinds = new Set<Kind>();
    if (body.Internal === true) kinds.add('internal');
    if (isSet(body.Options)) kinds.add('options');
    if (isSet(body.IPAM)) kinds.add('ipam');
    this.#kinds.set(created.Id, kinds);
    return created;
  }

  async inspect(ref: string): Promise<Record<string, unknown>> {
    const net = await this.#inner.inspect(await this.#resolve(ref, 'inspect'));
    // inspect-internal-by-name-broken: the firmware looks internal networks up by Id only.
    if (this.#faults.has('inspect-internal-by-name-broken') && net.Internal === true && !String(net.Id).startsWith(ref)) throw notFound(ref, '');
    return net;
  }

  async connect(ref: string, container: string): Promise<void> {
    return this.#inner.connect(await this.#resolve(ref, 'connect'), container);
  }

  async disconnect(ref: string, container: string, force?: boolean): Promise<void> {
    return this.#inner.disconnect(await this.#resolve(ref, 'disconnect'), container, force);
  }

  async remove(ref: string): Promise<void> {
    return this.#inner.remove(await this.#resolve(ref, 'remove'));
  }

  prune(): Promise<{ NetworksDeleted: string[] | null }> {
    return this.#inner.prune();
  }

  version(): Promise<{ Version: string; ApiVersion: string }> {
    return this.#inner.version();
  }

  /**
   * The reference the firmware hands on to the engine: a full Id or an exact name goes on as it is (the engine
   * decides, ambiguity included) unless a fault takes the first of an ambiguous name; otherwise the faulty table
   * lookup's one match, by full Id.
   */
  async #resolve(ref: string, use: Use): Promise<string> {
    const f = this.#faults;
    const nets = await this.#inner.list();
    if (nets.some((n) => n.Id === ref)) return ref;
    const named = nets.filter((n) => n.Name === ref);
    const firstOfMany = (use === 'inspect' && f.has('ref-ambiguous-first')) || (use === 'remove' && f.has('remove-ambiguous-first'));
    if (named.length > 1 && firstOfMany) return String(named[0].Id);
    if (named.length > 0) return ref;
    if (f.has('ref-id-prefix-unsupported')) throw notFound(ref, use === 'connect' || use === 'disconnect' ? `/${use}` : '');
    const loose = nets.filter((n) => {
      const name = String(n.Name);
      return (f.has('ref-name-any-case') && name.toLowerCase() === ref.toLowerCase())
        || (f.has('ref-name-prefix') && name.startsWith(ref))
        || (f.has('ref-id-substring') && String(n.Id).includes(ref));
    });
    return loose.length === 1 ? String(loose[0].Id) : ref;
  }
}

function notFound(ref: string, suffix: string): EngineError {
  return new EngineError(404, `network ${ref} not found`, `/v1.41/networks/${encodeURIComponent(ref)}${suffix}`);
}
