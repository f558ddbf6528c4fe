/**
 * Per-client rate limits: a token bucket per client address (a burst of up to
 * a minute's worth of requests, refilled at the steady rate), in a bounded
 * table so many addresses cannot exhaust memory either. Over the limit a
 * client gets 429 with Retry-After.
 */
import type * as restify from 'restify';

export class ClientRateLimit {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly maxClients = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one request's token: 0 when allowed, otherwise the seconds to wait. */
  take(client: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    let bucket = this.buckets.get(client);
    if (bucket) {
      bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updated) * this.perMs);
      this.buckets.delete(client);
    } else {
      // The table is in least-recently-seen order: the first entry is the one to drop.
      if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
      bucket = { tokens: this.perMinute, updated: now };
    }
    bucket.updated = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }
}

/** The client's address: the socket's, or (behind a trusted proxy) the one the proxy added last to X-Forwarded-For. */
export function clientAddressOf(req: restify.Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    // App Service writes "address:port" for IPv4.
    if (last) return /^[\d.]+:\d+$/.test(last) ? last.slice(0, last.lastIndexOf(':')) : last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** A handler that answers 429 once the client is over `limit`. */
export function limitPerClient(limit: ClientRateLimit, trustProxy: boolean): restify.RequestHandler {
  return (req, res, next) => {
    const wait = limit.take(clientAddressOf(req, trustProxy));
    if (wait === 0) return next();
    res.header('Retry-After', String(wait));
    res.send(429, { code: 'TooManyRequests', message: `Too many requests; try again in ${wait} s` });
    return next(false);
  };
}
