/**
 * CORS for the sites in EMBED_ORIGINS, so their own pages can run the stock
 * Web Chat against this bot (the README's "your own page" recipe): they may
 * fetch a Direct Line token and, where this server runs the local Direct Line,
 * talk to it. Any other origin gets no CORS headers, so browsers keep its
 * pages from reading the answers, and its preflight requests are refused.
 */
import type * as restify from 'restify';

const ALLOWED_METHODS = ['GET', 'POST'];
// What the stock Web Chat's Direct Line client sends: its token, JSON activities, its
// agent string, and the X-Requested-With its RxJS ajax adds to every request.
const ALLOWED_HEADERS = ['authorization', 'content-type', 'x-ms-bot-agent', 'x-requested-with'];
const PREFLIGHT_CACHE_SECONDS = 600;

export interface CrossOriginOptions {
  origins: readonly string[];
  /** Paths (exact, or a prefix ending in /) that other sites may call. */
  paths: readonly string[];
}

export function allowCrossOriginCalls(server: restify.Server, options: CrossOriginOptions): void {
  const covers = (path: string) => options.paths.some((allowed) => (allowed.endsWith('/') ? path.startsWith(allowed) : path === allowed));
  server.pre((req, res, next) => {
    if (!covers(req.getPath())) return next();
    // Whether an answer carries CORS headers depends on who asked: caches must keep them apart.
    res.header('Vary', 'Origin');
    const origin = req.header('origin');
    const allowed = origin !== undefined && options.origins.includes(origin);
    if (allowed) res.header('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') return next();

    const method = req.header('access-control-request-method');
    const requestedHeaders = (req.header('access-control-request-headers') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
    if (!allowed || !method || !ALLOWED_METHODS.includes(method) || requestedHeaders.some((name) => !ALLOWED_HEADERS.includes(name))) {
      res.send(403, { code: 'CrossOriginNotAllowed', message: 'This origin may not call this route; see EMBED_ORIGINS' });
      return next(false);
    }
    res.header('Access-Control-Allow-Methods', ALLOWED_METHODS.join(', '));
    res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.header('Access-Control-Max-Age', String(PREFLIGHT_CACHE_SECONDS));
    res.send(204);
    return next(false);
  });
}
