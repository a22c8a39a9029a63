// How a network reference resolves, probed the same way on any Engine: every kind of reference a client may send
// (full Id, exact name, unique Id prefixes, ambiguous names and prefixes, and the near misses that must match nothing)
// against inspect, remove, connect and disconnect. The same sequence runs on the real engine (docker-engine.test.ts),
// on the memory model (memory-engine.test.ts) and through the front on both inspect routes (front.test.ts, and
// measure-resolution.ts over Docker), so the model and the suite's reference checks rest on what the engine was seen
// to do (recorded in resolution.md).
import { EngineError, type Engine } from '../../runner/simulate/engine/engine.ts';

export type ProbeOp = 'inspect' | 'remove' | 'connect' | 'disconnect';
export const PROBE_OPS: readonly ProbeOp[] = ['inspect', 'remove', 'connect', 'disconnect'];

/** One probe: what `op` did with the reference of `kind`; the outcome with the reference itself written `<ref>`. */
export interface ProbeRow {
  kind: string;
  op: ProbeOp;
  outcome: string;
}

interface Net {
  id: string;
  name: string;
}

/** The networks a probe's references are made from; `alpha` is the one every matching reference must reach. */
interface World {
  alpha: Net;
  odd: Net;
  dupName: string;
  sharedPrefix: string;
  /** Every network's Id, for the changed-character reference that must match none. */
  ids: string[];
}

/** The reference kinds, in table order, each made from the world at the moment of its probe. */
export const REFERENCE_KINDS: readonly { kind: string; ref: (w: World) => string }[] = [
  { kind: 'full Id', ref: (w) => w.alpha.id },
  { kind: "exact name (also a prefix of another network's name)", ref: (w) => w.alpha.name },
  { kind: 'unique Id prefix, 12 characters', ref: (w) => w.alpha.id.slice(0, 12) },
  { kind: 'unique Id prefix, 4 characters', ref: (w) => w.alpha.id.slice(0, 4) },
  { kind: 'unique Id prefix, 1 character', ref: (w) => w.alpha.id.slice(0, 1) },
  { kind: 'name with a space, percent-encoded once in the path', ref: (w) => w.odd.name },
  { kind: 'name shared by two networks', ref: (w) => w.dupName },
  { kind: 'Id prefix shared by several networks', ref: (w) => w.sharedPrefix },
  { kind: 'name prefix', ref: (w) => w.alpha.name.slice(0, -1) },
  { kind: 'name in upper case', ref: (w) => w.alpha.name.toUpperCase() },
  { kind: 'full Id in upper case', ref: (w) => w.alpha.id.toUpperCase() },
  { kind: 'Id suffix (last 12 characters)', ref: (w) => w.alpha.id.slice(-12) },
  { kind: 'Id substring (characters 2 to 13)', ref: (w) => w.alpha.id.slice(1, 13) },
  { kind: 'Id prefix of 12 with one character changed', ref: (w) => changedPrefix(w.alpha.id, w.ids) },
  { kind: 'name percent-encoded as text (%20 for the space)', ref: (w) => w.odd.name.replace(' ', '%20') },
];

const NOT_FOUND = '404 network <ref> not found';
const nowhere = { inspect: NOT_FOUND, remove: NOT_FOUND, connect: NOT_FOUND, disconnect: NOT_FOUND };
const alpha = { inspect: 'ok: alpha', remove: 'ok: removed alpha', connect: 'ok: connected to alpha', disconnect: 'ok: left on odd' };

/**
 * What Docker 20.10.24 (API 1.41) answered to every probe, directly and through the reference front on both inspect
 * routes (measure-resolution.ts; resolution.md): the memory model must answer the same.
 */
export const MEASURED_RESOLUTION: Readonly<Record<string, Record<ProbeOp, string>>> = {
  'full Id': alpha,
  "exact name (also a prefix of another network's name)": alpha,
  'unique Id prefix, 12 characters': alpha,
  'unique Id prefix, 4 characters': alpha,
  'unique Id prefix, 1 character': alpha,
  'name with a space, percent-encoded once in the path': { inspect: 'ok: odd', remove: 'ok: removed odd', connect: 'ok: connected to odd', disconnect: 'ok: left on alpha' },
  'name shared by two networks': {
    inspect: '400 <n> matches found based on name: network <ref> is ambiguous',
    remove: '400 network <ref> is ambiguous (<n> matches found based on name)',
    connect: '400 network <ref> is ambiguous (<n> matches found on name)',
    disconnect: '400 network <ref> is ambiguous (<n> matches found on name)',
  },
  'Id prefix shared by several networks': {
    inspect: '400 <n> matches found based on ID prefix: network <ref> is ambiguous',
    remove: '400 network <ref> is ambiguous (<n> matches found based on ID prefix)',
    connect: '400 network <ref> is ambiguous (<n> matches found based on ID prefix)',
    disconnect: '400 network <ref> is ambiguous (<n> matches found based on ID prefix)',
  },
  'name prefix': nowhere,
  'name in upper case': nowhere,
  'full Id in upper case': nowhere,
  'Id suffix (last 12 characters)': nowhere,
  'Id substring (characters 2 to 13)': nowhere,
  'Id prefix of 12 with one character changed': nowhere,
  'name percent-encoded as text (%20 for the space)': nowhere,
};

/** The rows MEASURED_RESOLUTION stands for, in probe order. */
export function measuredRows(): ProbeRow[] {
  return PROBE_OPS.flatMap((op) => REFERENCE_KINDS.map(({ kind }) => ({ kind, op, outcome: MEASURED_RESOLUTION[kind][op] })));
}

/** The first 12 characters of `id` with the last one changed so that no network's Id starts with the result. */
function changedPrefix(id: string, ids: readonly string[]): string {
  for (const c of '0123456789abcdef') {
    const ref = id.slice(0, 11) + c;
    if (c !== id[11] && !ids.some((other) => other.startsWith(ref))) return ref;
  }
  throw new Error('every one-character change of the prefix names a network');
}

/** The shortest Id prefix that several of `ids` share. */
function sharedPrefixOf(ids: readonly string[]): string | undefined {
  for (let len = 1; len <= 12; len++) {
    const seen = new Set<string>();
    for (const id of ids) {
      const p = id.slice(0, len);
      if (seen.has(p)) return p;
      seen.add(p);
    }
  }
  return undefined;
}

const unique1 = (id: string, ids: readonly string[]): boolean => ids.filter((other) => other[0] === id[0]).length === 1;

/**
 * Runs every reference kind against every operation on `engine`, creating its networks under `prefix` and connecting
 * `container` (a running one); removes everything it created. Ids are random, so the world is rebuilt until it holds
 * what each kind needs: an Id prefix several networks share, and an `alpha` whose first Id character is its own.
 */
export async function probeResolution(engine: Engine, prefix: string, container: string): Promise<ProbeRow[]> {
  const created: string[] = [];
  const create = async (name: string): Promise<Net> => {
    const { Id } = await engine.create({ Name: name });
    created.push(Id);
    return { id: Id, name };
  };
  const allIds = async (): Promise<string[]> => (await engine.list()).map((n) => String(n.Id));
  try {
    await create(`${prefix}-alpha-beta`);
    const dupName = `${prefix}-dup`;
    await create(dupName);
    await create(dupName);
    const world = { dupName } as World;
    let fillers = 0;
    /** Rebuilds what a removal probe took: odd, a shared Id prefix, and an alpha with a first character of its own. */
    const ensure = async (): Promise<void> => {
      if (!world.odd || !(await exists(engine, world.odd.id))) world.odd = await create(`${prefix}-odd name`);
      while (!sharedPrefixOf(await allIds())) await create(`${prefix}-filler-${fillers++}`);
      for (let attempt = 0; !world.alpha || !unique1(world.alpha.id, await allIds()); attempt++) {
        if (attempt === 64) throw new Error('no Id with a first character of its own after 64 creates');
        if (world.alpha) await engine.remove(world.alpha.id).catch(() => undefined);
        world.alpha = await create(`${prefix}-alpha`);
      }
      world.ids = await allIds();
      world.sharedPrefix = sharedPrefixOf(world.ids)!;
    };
    const rows: ProbeRow[] = [];
    for (const op of PROBE_OPS) {
      for (const { kind, ref } of REFERENCE_KINDS) {
        await ensure();
        rows.push({ kind, op, outcome: await probe(engine, op, ref(world), world, container) });
      }
    }
    return rows;
  } finally {
    for (const id of created) {
      await engine.disconnect(id, container, true).catch(() => undefined);
      await engine.remove(id).catch(() => undefined);
    }
  }
}

async function exists(engine: Engine, id: string): Promise<boolean> {
  return engine.inspect(id).then(() => true, () => false);
}

/** Which of the world's networks the container is on, found by full Id (the reference under test decides nothing). */
async function holding(engine: Engine, w: World, container: string): Promise<string> {
  const on: string[] = [];
  for (const id of (await engine.list()).map((n) => String(n.Id))) {
    const n = await engine.inspect(id).catch(() => undefined);
    const names = Object.values((n?.Containers ?? {}) as Record<string, { Name?: string }>).map((c) => c.Name);
    if (n && n.Name !== 'bridge' && names.includes(container)) on.push(label(n, w));
  }
  return on.join(', ') || 'none';
}

const label = (net: Record<string, unknown>, w: World): string => (net.Id === w.alpha.id ? 'alpha' : net.Id === w.odd.id ? 'odd' : `another network (${String(net.Name)})`);

async function probe(engine: Engine, op: ProbeOp, term: string, w: World, container: string): Promise<string> {
  try {
    switch (op) {
      case 'inspect':
        return `ok: ${label(await engine.inspect(term), w)}`;
      case 'remove': {
        await engine.remove(term);
        const gone: string[] = [];
        for (const [name, n] of [['alpha', w.alpha], ['odd', w.odd]] as const) if (!(await exists(engine, n.id))) gone.push(name);
        return `ok: removed ${gone.join(', ') || 'another network'}`;
      }
      case 'connect': {
        try {
          await engine.connect(term, container);
          return `ok: connected to ${await holding(engine, w, container)}`;
        } finally {
          for (const id of w.ids) await engine.disconnect(id, container, true).catch(() => undefined);
        }
      }
      case 'disconnect': {
        // Connected by Id to alpha and odd first, so a loose disconnect shows which one it took.
        for (const id of [w.alpha.id, w.odd.id]) await engine.connect(id, container);
        try {
          await engine.disconnect(term, container);
          return `ok: left on ${await holding(engine, w, container)}`;
        } finally {
          for (const id of w.ids) await engine.disconnect(id, container, true).catch(() => undefined);
        }
      }
    }
  } catch (err) {
    if (!(err instanceof EngineError)) throw err;
    // The reference is written <ref> where the engine quotes it (after "network "), and a count of matches <n>.
    const quoted = new RegExp(`(?<=network )${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?= |$)`, 'g');
    return `${err.status} ${err.message.replace(quoted, '<ref>').replace(/\d+ matches/, '<n> matches')}`;
  }
}

/** The rows as a markdown table: one line per reference kind, one column per operation. */
export function resolutionTable(rows: readonly ProbeRow[]): string {
  const cell = (kind: string, op: ProbeOp): string => (rows.find((r) => r.kind === kind && r.op === op)?.outcome ?? '—').replaceAll('|', '\\|');
  const lines = [`| reference | ${PROBE_OPS.join(' | ')} |`, `|---|${PROBE_OPS.map(() => '---|').join('')}`];
  for (const { kind } of REFERENCE_KINDS) lines.push(`| ${kind} | ${PROBE_OPS.map((op) => cell(kind, op)).join(' | ')} |`);
  return lines.join('\n');
}
