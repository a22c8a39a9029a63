#!/usr/bin/env node
// cs-conformance run from a checkout (npm start, npm run cli). Node's compile cache goes on before the first TypeScript
// module loads, so a run whose modules the cache already holds never starts Node's type stripper: about 0.1 s of CPU
// at the start of every run, while the embedded mock starts beside it. The installed package runs compiled
// JavaScript (dist/runner/cli.js) and needs none of this.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./cli.ts');
