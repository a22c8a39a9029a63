// The layout as CONTRIBUTING.md draws it: the product's rooms stand on floors (its ```floors block, top floor first,
// rooms of one floor separated by " · "), and a file imports only from its own room or from a floor below. A drawing
// that no longer matches the code fails here, as does a file in no room, a source file over 300 lines, a folder of
// more than 15 source files (time to split it into rooms of its own) or a command reading the suites past their one
// way in, suites/index.ts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../runner/helpers.ts';

const PRODUCT = ['core', 'reporters', 'runner', 'suites', 'wire', 'contract', 'generated'];
const SOURCE = /\.(ts|js)$/;
const MAX_LINES = 300;
const MAX_FILES_PER_ROOM = 15;

/** The floors of the drawing, top first: each a list of rooms (folders from the root). */
function drawnFloors(): string[][] {
  const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const block = /^```floors\n([\s\S]*?)^```$/m.exec(text)?.[1];
  if (!block) throw new Error('CONTRIBUTING.md has no ```floors block');
  return block.trim().split('\n').map((line) => line.split('·').map((r) => r.trim().replace(/\/$/, '')));
}

/** The room `file` lives in (the longest drawn room holding it) and its floor, top floor 0. */
function roomOf(floors: readonly string[][], file: string): { room: string; floor: number } | undefined {
  let best: { room: string; floor: number } | undefined;
  floors.forEach((rooms, floor) => {
    for (const room of rooms) if ((file === room || file.startsWith(`${room}/`)) && room.length > (best?.room.length ?? -1)) best = { room, floor };
  });
  return best;
}

/** The relative modules `source` imports, statically or dynamically. */
function importsOf(source: string): string[] {
  const spec = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
  return [...source.matchAll(spec)].map((m) => m[2]);
}

/** Each import of `files` that climbs to a higher floor or crosses to another room of its own floor. */
export function departures(floors: readonly string[][], files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    const from = roomOf(floors, file);
    if (!from) continue;
    for (const spec of importsOf(source)) {
      const target = normalize(join(dirname(file), spec));
      const to = roomOf(floors, target);
      if (!to || to.room === from.room || to.floor > from.floor) continue;
      out.push(`${file} (${from.room}) imports ${target} (${to.room}), ${to.floor < from.floor ? 'a floor above' : 'another room of its floor'}`);
    }
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? walk(path) : [path];
  });
}

describe('the layout CONTRIBUTING.md draws', () => {
  const floors = drawnFloors();
  const sources = PRODUCT.flatMap(walk).filter((f) => SOURCE.test(f));
  const files = new Map(sources.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

  it('draws every room that holds product code, and every drawn room exists', () => {
    expect(sources.filter((f) => !roomOf(floors, f))).toEqual([]);
    expect(floors.flat().filter((room) => !sources.some((f) => f.startsWith(`${room}/`)))).toEqual([]);
  });

  it('has every import go to its own room or a floor below', () => {
    expect(departures(floors, files)).toEqual([]);
  });

  it('has the commands read the suites through their one way in, suites/index.ts', () => {
    const through = [...files].flatMap(([file, source]) =>
      file.startsWith('runner/') ? importsOf(source).map((spec) => ({ file, target: normalize(join(dirname(file), spec)) })) : [],
    );
    expect(through.filter((i) => i.target.startsWith('suites/') && i.target !== 'suites/index.ts').map((i) => `${i.file} imports ${i.target}`)).toEqual([]);
  });

  it('sees an import that climbs, or crosses to a neighbour on its floor', () => {
    const drawn = [['runner/run', 'runner/mock'], ['suites'], ['core']];
    const fake = new Map([
      ['core/a.ts', "import { x } from '../suites/b.ts';"],
      ['runner/run/c.ts', "const m = await import('../mock/d.ts');\nimport '../../core/a.ts';"],
      ['suites/e.ts', "import { y } from './harness/f.ts';\nexport { z } from '../core/a.ts';"],
    ]);
    expect(departures(drawn, fake)).toEqual([
      'core/a.ts (core) imports suites/b.ts (suites), a floor above',
      'runner/run/c.ts (runner/run) imports runner/mock/d.ts (runner/mock), another room of its floor',
    ]);
  });

  it(`keeps every hand-written source file within ${MAX_LINES} lines`, () => {
    const long = [...files].filter(([f, s]) => !f.startsWith('generated/') && s.split('\n').length > MAX_LINES + 1);
    expect(long.map(([f, s]) => `${f}: ${s.split('\n').length} lines`)).toEqual([]);
  });

  it(`keeps every folder of the product within ${MAX_FILES_PER_ROOM} source files`, () => {
    const byFolder = new Map<string, number>();
    for (const f of sources) if (!f.startsWith('generated/')) byFolder.set(dirname(f), (byFolder.get(dirname(f)) ?? 0) + 1);
    expect([...byFolder].filter(([, n]) => n > MAX_FILES_PER_ROOM).map(([d, n]) => `${relative('.', d)}: ${n}`)).toEqual([]);
  });
});
