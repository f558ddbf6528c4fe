/**
 * Slow clients cannot hold the server's sockets: one that never finishes its
 * headers, one that sends headers and then trickles (or withholds) the body,
 * and an idle keep-alive socket are each closed in bounded time, while a
 * prompt client is served. Real sockets against a real node:http server with
 * the guard the production server installs (short limits so the test is quick).
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { expect } from 'chai';
import { guardConnections } from '../../src/http/connectionGuard';

const IDLE_MS = 600;
const BODY_MS = 600;

/** Resolves with how long the socket stayed open (ms), or rejects after `limitMs`. */
function closedWithin(socket: Socket, limitMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket still open after ${limitMs} ms`)), limitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - started);
    });
  });
}

describe('HTTP edge: slow clients are cut off', () => {
  let server: Server;
  let port: number;
  let stopGuard: () => void;
  const sockets: Socket[] = [];

  const open = (): Socket => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    sockets.push(socket);
    return socket;
  };

  before(async () => {
    server = createServer((req, res) => {
      // Reads the whole body, like restify's bodyParser, before answering.
      req.on('data', () => undefined);
      req.on('end', () => res.end('ok'));
    });
    stopGuard = guardConnections(server, { maxConnections: 20, idleMs: IDLE_MS, bodyMs: BODY_MS });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  after(async () => {
    for (const socket of sockets) socket.destroy();
    stopGuard();
    await new Promise((resolve) => server.close(resolve));
  });

  it('closes a socket that never finishes its request headers', async function () {
    this.timeout(10_000);
    const socket = open();
    socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: app');
    const lived = await closedWithin(socket, IDLE_MS + 3_000);
    expect(lived).to.be.at.least(IDLE_MS - 100);
  });

  it('cuts off a request whose body never arrives in full, however slowly it trickles', async function () {
    this.timeout(10_000);
    const socket = open();
    socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    // One byte every 100 ms keeps the socket busy, but never completes the body.
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    try {
      const lived = await closedWithin(socket, BODY_MS + 3_000);
      expect(lived).to.be.at.least(BODY_MS - 100);
    } finally {
      clearInterval(trickle);
    }
  });

  it('closes an idle keep-alive socket after serving it', async function () {
    this.timeout(10_000);
    const socket = open();
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await closedWithin(socket, IDLE_MS + 3_000);
    expect(answer).to.match(/^HTTP\/1\.1 200/);
  });

  it('serves a prompt client whole while slow ones wait to be cut off (control)', async function () {
    this.timeout(10_000);
    for (let i = 0; i < 5; i++) open().write('GET / HTTP/1.1\r\nHost: x\r\n');
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'hello' }) });
    expect(response.status).to.equal(200);
    expect(await response.text()).to.equal('ok');
  });
});
