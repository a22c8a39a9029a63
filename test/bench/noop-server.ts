// The ceiling of the simulate/mock table (simulate-bench.ts): a bare node:http server answering the mix's requests
// with canned bodies of the simulator's sizes, doing no other work — what a round trip between two processes costs
// on this machine before any server logic. Prints `listening on <origin>` and serves until SIGTERM.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const network = (name: string) => ({
  Name: name, Id: randomBytes(32).toString('hex'), Created: new Date().toISOString(), Scope: 'local', Driver: 'bridge', EnableIPv6: false,
  IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: '10.0.3.0/24', Gateway: '10.0.3.1' }] }, Internal: false, Attachable: false, Ingress: false,
  ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: {}, Options: {}, Labels: {},
});
const LIST = JSON.stringify(['bridge', 'host', 'none'].map(network));
const INSPECT = JSON.stringify(network('bench'));
const CREATED = JSON.stringify({ Id: randomBytes(32).toString('hex'), Warning: '' });
const LOGIN = JSON.stringify({ anonymous: false, isAdmin: true, logintime: '2021-08-11 16:54:45', username: 'admin' });

const server = createServer((req, res) => {
  req.resume();
  req.once('end', () => {
    const url = req.url ?? '';
    const login = url.endsWith('/login');
    const body = login ? LOGIN : url.endsWith('/networks') ? (req.method === 'POST' ? CREATED : LIST) : url.endsWith('/inspect') ? INSPECT : '{}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(login ? { 'set-cookie': 'CS_SESS_ID=bench; Path=/' } : {}) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${(server.address() as { port: number }).port}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
