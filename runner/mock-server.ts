// The embedded Prism mock of the bundled spec, as a process of its own (so it loads in parallel with the test
// runner). As a child of the runner it exits as soon as its parent's IPC channel closes — even when the parent was
// killed outright — so no Prism process outlives a run.
import { createServer } from '@stoplight/prism-http-server';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createLogger } from '@stoplight/prism-core';
import { SPEC_PATH } from './spec.ts';

export interface MockServer {
  url: string;
  close(): Promise<void>;
}

export async function serveMock(port: number, host = '127.0.0.1', verbose = false): Promise<MockServer> {
  const operations = await getHttpOperationsFromSpec(SPEC_PATH);
  const logger = createLogger('CLI', { level: verbose ? 'info' : 'silent' });
  const server = createServer(operations, {
    cors: false,
    config: {
      validateRequest: true,
      validateResponse: false,
      checkSecurity: true,
      errors: false,
      isProxy: false,
      mock: { dynamic: false },
    },
    components: { logger: logger.child({ name: 'HTTP SERVER' }) },
  } as Parameters<typeof createServer>[1]);
  const address = await server.listen(port, host);
  return { url: address, close: () => server.close() };
}

// import.meta.main, not argv[1] against the URL's pathname: that differs when the install path has a space or is on Windows.
if (import.meta.main && process.send) {
  const port = Number(process.argv[2]);
  process.on('disconnect', () => process.exit(0));
  serveMock(port).then(
    (m) => process.send!({ ready: m.url }),
    (err: Error) => {
      process.send!({ error: err.message });
      process.exit(1);
    },
  );
}
