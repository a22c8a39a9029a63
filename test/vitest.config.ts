import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The project's own tests (not the conformance suites, which the runner starts through vitest's Node API).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
