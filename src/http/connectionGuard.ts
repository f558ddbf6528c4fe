/**
 * Slow or idle clients must not starve the server: at most `maxConnections`
 * sockets are open, and when the table is full the longest-idle one is closed
 * to make room (so a flood of idle sockets cannot lock out a real client or a
 * health probe); a socket that sends no complete request for `idleMs`, or a
 * request whose body has not arrived within `bodyMs`, is closed. Node's own
 * header and request timeouts are set too; it checks them only every few
 * seconds, this guard every second.
 */
import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionGuardOptions {
  maxConnections: number;
  /** A socket with no request in progress for this long is closed (keep-alive included). */
  idleMs?: number;
  /** A request whose body is not complete this long after its headers is cut off. */
  bodyMs?: number;
}

interface Tracked {
  busy: number;
  lastActive: number;
}

export function guardConnections(http: HttpServer, options: ConnectionGuardOptions): () => void {
  const idleMs = options.idleMs ?? 10_000;
  const bodyMs = options.bodyMs ?? 10_000;
  const sockets = new Map<Socket, Tracked>();

  http.headersTimeout = idleMs;
  http.requestTimeout = idleMs + bodyMs;
  http.keepAliveTimeout = idleMs;

  http.on('connection', (socket: Socket) => {
    if (sockets.size >= options.maxConnections && !closeLongestIdle(sockets)) {
      socket.destroy();
      return;
    }
    sockets.set(socket, { busy: 0, lastActive: Date.now() });
    socket.once('close', () => sockets.delete(socket));
  });

  http.on('request', (req, res) => {
    const tracked = sockets.get(req.socket);
    if (!tracked) return;
    tracked.busy += 1;
    const bodyTimer = setTimeout(() => {
      if (!req.complete) req.socket.destroy();
    }, bodyMs);
    res.once('close', () => {
      clearTimeout(bodyTimer);
      tracked.busy -= 1;
      tracked.lastActive = Date.now();
    });
  });

  const sweep = setInterval(() => {
    const cutoff = Date.now() - idleMs;
    for (const [socket, tracked] of sockets) if (tracked.busy === 0 && tracked.lastActive < cutoff) socket.destroy();
  }, 1_000);
  sweep.unref();
  return () => clearInterval(sweep);
}

function closeLongestIdle(sockets: Map<Socket, Tracked>): boolean {
  let oldest: [Socket, Tracked] | undefined;
  for (const entry of sockets) if (entry[1].busy === 0 && (!oldest || entry[1].lastActive < oldest[1].lastActive)) oldest = entry;
  if (!oldest) return false;
  oldest[0].destroy();
  sockets.delete(oldest[0]);
  return true;
}
