// Which networks a refused create made, on a target that other clients change at the same moment.
//
// A list diff cannot tell: between the list before a request and the list after it, a neighbour (docker compose, the
// Container Station UI, a second CI job) may create or remove networks. So each create request carries fingerprints
// of its own, and only a network that shows one counts as the request's doing:
// - the name it sent, when it sent a string (every name the suites send is under the run's prefix);
// - a label unique to the request (REQUEST_LABEL), merged into every JSON create body whose `labels` is an object or
//   absent.
// A target that honours neither (Container Station documents `labels` as "currently not supported") and invents a
// name for a nameless create would make a network no fingerprint shows. Such a network is only *unexplained*: the
// same request is sent again, twice, each time between two lists, and only when every repetition is again followed by
// an unexplained new network is it a failure. A neighbour that happens to create a network inside three windows of a
// few milliseconds in a row is improbable (about 1 in 10^4 with a network every 100 ms and 5 ms windows); a target
// that creates on every refused create does it every time. Each repetition is followed by a control window as long,
// without the request: a network appearing there too means other clients create networks at the pace of the windows
// (a busy NAS under a slow engine), and nothing is concluded. What the suite did not prove its own is never touched:
// unexplained networks are reported as left in place, and removed by nobody.
// Vanished networks are never looked for: a neighbour removes its own networks whenever it likes. Nor is a network
// with the run's prefix or one of the run's labels unexplained: another check of this run, running beside this one,
// made it.
import type { CreateNetworkResponse, Network } from '../../generated/types.gen.ts';
import type { ApiResult } from '../../runner/api.ts';
import type { OwnedNetwork } from '../../runner/ownership.ts';
import type { CheckScope } from './scope.ts';

export const REQUEST_LABEL = 'org.cs-conformance.request';
/** Repetitions that must each be followed by an unexplained network before a nameless create is said to make one. */
const REPETITIONS = 2;
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
   * After a refused create: the networks it made, proven by a fingerprint (each removed when the check ends), or,
   * for a create without a name, confirmed by repetition (reported, left in place). `repeat` sends the same request.
   */
  async afterRefused(print: Fingerprint, repeat: () => Promise<ApiResult<CreateNetworkResponse>>): Promise<{ made: Network[]; unproven: Network[] }> {
    const { all, fresh } = await this.list();
    const made = all.filter((n) => shows(n, print));
    for (const n of made) this.t.removeAtEnd(ownedBy(n, print));
    const unexplained = fresh.filter((n) => !shows(n, print) && !this.#madeByThisRun(n));
    // A named request's network would carry its name: what else appeared is a neighbour's.
    if (made.length || !unexplained.length || print.name !== undefined) {
      this.note(unexplained);
      return { made, unproven: [] };
    }
    // The repetitions' windows must be as short as the target allows: the run's other checks wait meanwhile.
    return this.t.quietly(() => this.#repeat(print, repeat, made, unexplained));
  }

  async #repeat(print: Fingerprint, repeat: () => Promise<ApiResult<CreateNetworkResponse>>, made: Network[], unexplained: Network[]): Promise<{ made: Network[]; unproven: Network[] }> {
    const unproven = [...unexplained];
    const stranger = (n: Network) => !shows(n, print) && !this.#madeByThisRun(n);
    for (let i = 0; i < REPETITIONS; i++) {
      const opened = performance.now();
      await this.list();
      const again = await repeat();
      if (again.ok) {
        // Refused once and accepted now: whatever it made is the requester's own by its answer; nothing to conclude.
        if (typeof again.body?.Id === 'string' && again.body.Id) this.t.removeAtEnd({ id: again.body.Id, proof: 'create' });
        this.note(unproven);
        return { made, unproven: [] };
      }
      const appeared = (await this.list()).fresh.filter(stranger);
      if (!appeared.length) {
        this.note(unproven);
        return { made, unproven: [] };
      }
      unproven.push(...appeared);
      // The control: as long again without the request. A network appearing then too is another client's pace, not
      // this request's doing (on a busy target, one every window): nothing can be concluded, and nothing is failed.
      await new Promise((r) => setTimeout(r, performance.now() - opened));
      const stray = (await this.list()).fresh.filter(stranger);
      if (stray.length) {
        this.note([...unproven, ...stray]);
        this.t.observe('other clients created networks as fast as the create without a name was repeated: whether it made one cannot be told on this target now');
        return { made, unproven: [] };
      }
    }
    return { made, unproven };
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
      if (this.#noted.size <= NOTED) this.t.observe(`appeared during the check, not the suite's, left in place: ${described([n])}`);
      else if (this.#noted.size === NOTED + 1) this.t.observe('more networks of other clients appeared during the check; left in place');
    }
  }
}
