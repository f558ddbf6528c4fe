/**
 * What a client may send and how slowly: connection timeouts, and the body
 * checks and parsers every route sits behind.
 */
import type { Server as HttpServer } from 'node:http';
import * as restify from 'restify';

/** Bound how long a client may take to send a request; a bot turn's own time is not limited here. */
export function limitConnectionTimes(http: HttpServer): void {
  http.requestTimeout = 30_000;
  http.headersTimeout = 15_000;
  http.keepAliveTimeout = 10_000;
}

/** JSON bodies of at most `maxBytes`, uncompressed, and query strings, parsed for every route. */
export function parseBodiesWithinLimits(server: restify.Server, maxBytes: number): void {
  server.use(guardBody(maxBytes));
  server.use(restify.plugins.bodyReader({ maxBodySize: maxBytes }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));
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
