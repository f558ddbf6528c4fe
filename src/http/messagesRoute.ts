/**
 * POST /api/messages: an activity is checked at the edge (shape, sizes, where
 * replies would go) before the adapter sees it, so every invalid activity gets
 * a 4xx naming the problem and never reaches the bot; a valid one runs through
 * the activity pipeline.
 */
import type * as restify from 'restify';
import { isWireActivity } from '../directline/conversationStore';
import { inboundActivityProblem } from '../inboundActivity';
import type { Logger } from '../logging';
import { type ActivityPipeline, NotAuthenticated } from './adapter';
import type { ServiceUrlPolicy } from './serviceUrls';

export interface MessagesRouteOptions {
  runActivity: ActivityPipeline;
  serviceUrls: ServiceUrlPolicy;
  stopping: () => boolean;
  logger: Logger;
}

export function messagesRoute(options: MessagesRouteOptions) {
  const { runActivity, serviceUrls, stopping, logger } = options;
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    if (stopping()) {
      // A channel retries elsewhere; this instance is finishing the turns it has.
      res.header('Retry-After', '5');
      res.send(503, { code: 'ShuttingDown', message: 'This instance is shutting down' });
      return;
    }
    const body: unknown = req.body;
    if (!isWireActivity(body)) {
      res.send(400, { code: 'BadRequest', message: 'Expected an activity: a JSON object with a "type"' });
      return;
    }
    const problem = inboundActivityProblem(body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    const verdict = serviceUrls.verdict(body.serviceUrl, body.deliveryMode === 'expectReplies');
    if (verdict === 'refuse') {
      res.send(403, { code: 'ServiceUrlNotAllowed', message: 'This bot does not send replies to that serviceUrl (see ALLOWED_SERVICE_URLS)' });
      return;
    }
    const activity = verdict === 'drop' ? { ...body, serviceUrl: undefined } : body;
    try {
      const invoke = await runActivity(req.header('authorization') ?? '', activity);
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      if (error instanceof NotAuthenticated) {
        logger.warn('activity rejected: not authenticated', { reason: reasonOf(error.reason) });
        res.send(401, { code: 'Unauthorized', message: 'Unauthorized' });
        return;
      }
      logger.error('activity failed', { error });
      res.send(500, { code: 'InternalError', message: 'Internal error' });
    }
  };
}

// The SDK's auth errors can quote the token's claims; the name and a short message are enough.
function reasonOf(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message.slice(0, 120)}` : 'unknown';
}
