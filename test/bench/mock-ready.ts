// The embedded Prism's own start-to-ready time, as the bench measures it: a fresh process starts the mock the way
// `cs-conformance run` does (runner/mock/mock.ts's startMock), says `ready` with the ms since its own start, and stops it.
import { startMock } from '../../runner/mock/mock.ts';

const mock = await startMock();
process.stdout.write(`ready ${performance.now().toFixed(1)}\n`);
await mock.stop();
