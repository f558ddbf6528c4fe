/**
 * What a client may send: the body checks and parsers every route sits
 * behind. (How slowly it may send is connectionGuard.ts's business.)
 */
import * as restify from 'restify';

/**
 * How deeply a JSON body may nest. Activities nest a few levels; thousands of
 * levels parse fine but break whatever later walks or serialises them
 * (JSON.stringify throws past a few thousand), far from the request.
 */
export const MAX_JSON_DEPTH = 32;

/** JSON bodies of at most `maxBytes` and `MAX_JSON_DEPTH` levels, uncompressed, and query strings, parsed for every route. */
export function parseBodiesWithinLimits(server: restify.Server, maxBytes: number): void {
  server.use(guardBody(maxBytes));
  server.use(restify.plugins.bodyReader({ maxBodySize: maxBytes }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
  server.use(rejectDeepBodies);
  server.use(restify.plugins.queryParser({ mapParams: false }));
}

function rejectDeepBodies(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (req.body !== null && typeof req.body === 'object' && nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
    res.send(400, { code: 'BadRequest', message: `JSON nests deeper than ${MAX_JSON_DEPTH} levels` });
    return next(false);
  }
  return next();
}

/** Whether `value` has containers nested more than `limit` deep; iterative, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Rejects what the JSON routes never accept, before reading a byte of the body. */
function guardBody(maxBytes: number): restify.RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const encoding = req.header('content-encoding');
    // A compressed body could expand past the limit after it was checked.
    if (encoding && encoding.toLowerCase() !== 'identity') {
      res.send(415, { code: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted' });
      return next(false);
    }
    const length = Number(req.header('content-length') || 0);
    if (length > maxBytes) {
      res.send(413, { code: 'PayloadTooLarge', message: `Request body is larger than ${maxBytes} bytes` });
      return next(false);
    }
    const hasBody = length > 0 || req.isChunked();
    if (hasBody && !req.is('json')) {
      res.send(415, { code: 'UnsupportedMediaType', message: 'Send JSON (Content-Type: application/json)' });
      return next(false);
    }
    return next();
  };
}
