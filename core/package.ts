// This package as it is laid out where it runs: TypeScript sources in a checkout (runner/*.ts, run by a Node that
// strips types) or built JavaScript in an installed package (dist/runner/*.js, since Node refuses to strip types inside
// node_modules). Files opened by path rather than imported (the suites vitest runs, the mock's child process) take
// the extension of this module; package.json and the spec are found at the package root, above either layout.
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_JSON = findPackageJSON(new URL('..', import.meta.url))!;

/** The folder holding package.json, README.md and openapi/. */
export const PACKAGE_ROOT = dirname(PACKAGE_JSON);

/** The folder holding runner/, suites/, wire/, contract/, reporters/, core/ and generated/: the checkout, or dist/ in the package. */
export const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `.ts` in a checkout, `.js` when built. */
export const MODULE_EXT = extname(fileURLToPath(import.meta.url));

export const VERSION: string = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).version;

/** A module of this package by its path from CODE_ROOT without extension, e.g. `suites/list.suite`. */
export function moduleFile(pathWithoutExt: string): string {
  return join(CODE_ROOT, pathWithoutExt + MODULE_EXT);
}
