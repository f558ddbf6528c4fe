/**
 * The connector side of the local Direct Line: the two Bot Connector routes a
 * bot calls to talk back (`POST /v3/conversations/:id/activities` and
 * `.../activities/:replyToId`), storing the bot's replies for the browser to poll.
 *
 * It listens on its own loopback-only port, for two reasons: nobody outside
 * the machine can pose as the bot, and during a graceful shutdown the public
 * port can stop accepting while turns still in flight deliver their replies here.
 */
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { type ConversationStore, isWireActivity, refusalResponse } from './conversationStore';
import type { Logger } from '../logging';
import { restifyLogFor } from '../http/restifyLog';

const MAX_REPLY_BYTES = 1024 * 1024;

export class LocalChannelService {
  private readonly server: restify.Server;
  private serviceUrlValue: string | undefined;

  constructor(
    /** Where the bot's replies go; the LocalDirectLine reads the same store. */
    readonly store: ConversationStore,
    private readonly logger: Logger,
  ) {
    this.server = restify.createServer({ name: 'stationdesk-local-channel', handleUncaughtExceptions: false, log: restifyLogFor(logger) });
    this.server.use(restify.plugins.bodyReader({ maxBodySize: MAX_REPLY_BYTES }));
    this.server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
    this.server.post('/v3/conversations/:conversationId/activities', async (req, res) => this.receive(req, res));
    this.server.post('/v3/conversations/:conversationId/activities/:activityId', async (req, res) => this.receive(req, res));
  }

  get listening(): boolean {
    return this.serviceUrlValue !== undefined && this.server.server.listening;
  }

  /** The serviceUrl to put on activities sent to the bot; known once listening. */
  get serviceUrl(): string {
    if (!this.serviceUrlValue) throw new Error('LocalChannelService: not listening yet');
    return this.serviceUrlValue;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.serviceUrlValue = `http://127.0.0.1:${port}`;
    return this.serviceUrlValue;
  }

  async close(): Promise<void> {
    if (!this.server.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.server.closeAllConnections();
    });
  }

  private receive(req: restify.Request, res: restify.Response): void {
    const conversationId = String(req.params.conversationId);
    const body: unknown = req.body;
    if (!isWireActivity(body)) {
      res.send(400, { code: 'BadRequest', message: 'Expected an activity with a type' });
      return;
    }
    // What the browser sees: the bot's activity as a channel would relay it, without our internal address.
    const { serviceUrl: _internal, recipient: _recipient, ...visible } = body;
    const stored = this.store.append(conversationId, {
      ...visible,
      channelId: 'directline',
      conversation: { id: conversationId },
      timestamp: new Date().toISOString(),
    });
    if (typeof stored === 'string') {
      res.send(...refusalResponse(stored));
      return;
    }
    this.logger.debug('local channel stored bot activity', { conversationId, type: stored.type });
    res.send(200, { id: stored.id });
  }
}
