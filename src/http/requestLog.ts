/** One log line per request, and server-side failures logged in full but shown to the caller only as "Internal error". */
import type * as restify from 'restify';
import { LOCAL_DIRECTLINE_PATH } from '../directline/localDirectLine';
import type { Logger } from '../logging';

export function logRequests(server: restify.Server, logger: Logger): void {
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: unknown }, callback: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) {
      logger.error('request failed', { error: err, method: req.method, path: req.getPath() });
      // Answer here, so restify never shows the caller an internal error message.
      if (!res.headersSent) res.send(status, { code: 'InternalError', message: 'Internal error' });
    }
    callback();
  });
  server.on('after', (req: restify.Request, res: restify.Response) => {
    // Routine traffic (probes, the page's local Direct Line polling) logs at debug.
    const routine = req.method === 'GET' && (/^\/(healthz|readyz)$/.test(req.getPath()) || req.getPath().startsWith(LOCAL_DIRECTLINE_PATH));
    const fields = { method: req.method, path: req.getPath(), status: res.statusCode };
    if (routine) logger.debug('request', fields);
    else logger.info('request', fields);
  });
}
