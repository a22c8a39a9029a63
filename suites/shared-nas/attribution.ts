// Which networks a refused create made, on a target that other clients change at the same moment.
//
// A list diff cannot tell: between the list before a request and the list after it, a neighbour (docker compose, the
// Container Station UI, a second CI job) may create or remove networks, and on a crowded NAS (hundreds of networks,
// another client busy) it does so within any window the suite could watch. So each create request carries
// fingerprints of its own, and only a network that shows one counts as the request's doing:
// - the name it sent, when it sent a string (every name the suites send is under the run's prefix);
// - a label unique to the request (REQUEST_LABEL), merged into every JSON create body whose `labels` is an object or
//   absent.
// Only a fingerprint is proof. A network that appeared and shows none is another client's as far as anyone can
// prove, even when the request was nameless and the target may have ignored its label (Container Station documents
// `labels` as "currently not supported"): it is noted as an observation, never a failure, and never touched.
// Vanished networks are never looked for: a neighbour removes its own networks whenever it likes. Nor is a network
// with the run's prefix or one of the run's labels noted: another check of this run, running beside this one, made
// it.
import type { Network } from '../../generated/types.gen.ts';
import type { OwnedNetwork } from '../../wire/ownership.ts';
import type { CheckScope } from '../harness/scope.ts';

export const REQUEST_LABEL = 'org.cs-conformance.request';
/** Networks of others named in one check's notes, at most. */
const NOTED = 5;

/** What a network made by one create request would show. */
export interface Fingerprint {
  name?: string;
  label?: string;
}

export interface Tagged {
  body: unknown;
  print: Fingerprint;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The body with the request's label merged in (where `labels` allows it), and the fingerprints it now carries. */
export function tag(body: unknown, label: string): Tagged {
  if (!isPlainObject(body)) return { body, print: {} };
  const name = typeof body.name === 'string' && body.name !== '' ? body.name : undefined;
  const labels = body.labels;
  if (labels !== undefined && !(isPlainObject(labels) && Object.values(labels).every((v) => typeof v === 'string'))) return { body, print: { name } };
  return { body: { ...body, labels: { ...(labels ?? {}), [REQUEST_LABEL]: label } }, print: { name, label } };
}

export function shows(n: Network, print: Fingerprint): boolean {
  return (print.name !== undefined && n.Name === print.name) || (print.label !== undefined && n.Labels?.[REQUEST_LABEL] === print.label);
}

export function ownedBy(n: Network, print: Fingerprint): OwnedNetwork {
  if (print.label !== undefined && n.Labels?.[REQUEST_LABEL] === print.label) return { id: n.Id, name: n.Name, proof: { label: REQUEST_LABEL, value: print.label } };
  return { id: n.Id, name: n.Name, proof: 'name' };
}

export const described = (nets: Network[]): string => nets.map((n) => `${JSON.stringify(n.Name)} (${n.Id})`).join(', ');

/** One check's view of the networks: what it has seen listed, so that only new networks are ever examined. */
export class Attribution {
  readonly t: CheckScope;
  readonly #seen = new Set<string>();
  readonly #noted = new Set<string>();
  #labels = 0;
  /** Counts each bookkeeping request (the negative suite's budget report). */
  readonly onRequest?: () => void;

  constructor(t: CheckScope, onRequest?: () => void) {
    this.t = t;
    this.onRequest = onRequest;
  }

  /** A check's attribution, with the networks already there taken as seen. */
  static async start(t: CheckScope, onRequest?: () => void): Promise<Attribution> {
    const a = new Attribution(t, onRequest);
    await a.list();
    return a;
  }

  /** A label value no other request carries: the run's prefix, the check and a counter. */
  nextLabel(): string {
    return `${this.t.name('')}${this.t.id}-${++this.#labels}`;
  }

  async list(): Promise<{ all: Network[]; fresh: Network[] }> {
    this.onRequest?.();
    const all = this.t.expectOk(await this.t.call('listNetworks'), 'listing networks');
    const fresh = all.filter((n) => !this.#seen.has(n.Id));
    for (const n of fresh) this.#seen.add(n.Id);
    return { all, fresh };
  }

  /**
   * After a refused create: the networks it provably made (they show one of its fingerprints; each is removed when
   * the check ends). Any other network that appeared meanwhile is noted and left in place.
   */
  async afterRefused(print: Fingerprint): Promise<Network[]> {
    const { all, fresh } = await this.list();
    const made = all.filter((n) => shows(n, print));
    for (const n of made) this.t.removeAtEnd(ownedBy(n, print));
    this.note(fresh.filter((n) => !shows(n, print) && !this.#madeByThisRun(n)));
    return made;
  }

  /** A network named or labelled by a request of this run (of this check or of another running beside it). */
  #madeByThisRun(n: Network): boolean {
    const prefix = this.t.name('');
    return (typeof n.Name === 'string' && n.Name.startsWith(prefix)) || (n.Labels?.[REQUEST_LABEL]?.startsWith(prefix) ?? false);
  }

  /** Networks that appeared during the check and are not provably the suite's: said once each, never touched. */
  note(nets: Network[]): void {
    for (const n of nets) {
      if (this.#noted.has(n.Id)) continue;
      this.#noted.add(n.Id);
      if (this.#noted.size <= NOTED) this.t.observe(`appeared during the check with no name or label of the suite's (nothing proves it the suite's), left in place: ${described([n])}`);
      else if (this.#noted.size === NOTED + 1) this.t.observe('more networks of other clients appeared during the check; left in place');
    }
  }
}
