/**
 * The channel side for `npm run bench:http`: the serviceUrl the bots post their
 * replies to, as a Bot Connector would be. It answers every POST at once, counts
 * what arrived (and turn-error apologies), and reports on GET /stats. Run in its
 * own process so its work does not slow the load generator.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The text of the adapter's apology (src/http/adapter.ts TURN_ERROR_REPLY): a turn that failed. */
const TURN_ERROR = 'Sorry, something went wrong on my side';

let activities = 0;
let turnErrors = 0;
let bytes = 0;

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ activities, turnErrors, bytes }));
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    activities++;
    bytes += body.length;
    if (body.includes(TURN_ERROR)) turnErrors++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"id":"sink-${activities}"}`);
  });
});
server.keepAliveTimeout = 30_000;

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  // The parent reads the port from this first line.
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
