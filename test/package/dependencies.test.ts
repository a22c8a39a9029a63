// The package's dependencies are exactly what its code imports at run time: every bare import of the shipped code
// (core/, runner/, suites/, wire/, contract/, reporters/, generated/, as JavaScript, so `import type` is gone) is in `dependencies`, and every
// entry of `dependencies` is imported. A runtime import left in devDependencies breaks `npm ci --omit=dev` and the
// installed package on a code path the other package tests may not take.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { ROOT } from '../runner/helpers.ts';

const SHIPPED = ['core', 'runner', 'suites', 'wire', 'contract', 'reporters', 'generated'];

function runtimeImports(): Map<string, string[]> {
  const { options } = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, 'tsconfig.build.json'), ts.sys.readFile).config, ts.sys, ROOT);
  const byPackage = new Map<string, string[]>();
  for (const dir of SHIPPED) {
    for (const name of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts')) continue;
      const file = join(dir, name);
      // As .mts: transpileModule cannot see package.json's "type": "module", and would emit require() for a .ts file.
      const js = ts.transpileModule(readFileSync(join(ROOT, file), 'utf8'), { compilerOptions: options, fileName: file.replace(/\.ts$/, '.mts') }).outputText;
      for (const [, spec] of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)) {
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        const pkg = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
        byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), file]);
      }
    }
  }
  return byPackage;
}

it('declares every package the shipped code imports as a dependency, and nothing else', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const imports = runtimeImports();
  const undeclared = [...imports].filter(([name]) => !(name in pkg.dependencies)).map(([name, files]) => `${name} (imported by ${files.join(', ')})`);
  expect(undeclared, 'imported at run time but not in dependencies').toEqual([]);
  expect(Object.keys(pkg.dependencies).filter((name) => !imports.has(name)), 'in dependencies but never imported by the shipped code').toEqual([]);
});
