/**
 * A small Direct Line v3 API for local use (no Azure, no network), enough for
 * the unmodified stock Web Chat with `webSocket: false`:
 *
 *   POST /v3/directline/tokens/generate        a token for a new user
 *   POST /v3/directline/tokens/refresh         a fresh token for the same user/conversation
 *   POST /v3/directline/conversations          start (the bot gets conversationUpdate/membersAdded)
 *   GET  /v3/directline/conversations/:id      reconnect
 *   POST /v3/directline/conversations/:id/activities   the user speaks
 *   GET  /v3/directline/conversations/:id/activities?watermark=n   the client polls
 *
 * A user's activity is stored (the client waits for this echo to mark it sent)
 * and handed to `deliver`, the same pipeline as /api/messages, with serviceUrl
 * pointing at the LocalChannelService, so the bot answers through serviceUrl
 * exactly as it does for Azure's channels.
 */
import { randomBytes } from 'node:crypto';
import type * as restify from 'restify';
import { z } from 'zod';
import type { Logger } from '../logging';
import type { LocalChannelService } from './channelService';
import { type ConversationStore, refusalResponse, type WireActivity } from './conversationStore';
import { LocalTokenIssuer, type LocalTokenClaims } from './localTokens';

export const LOCAL_DIRECTLINE_PATH = '/v3/directline';

export interface LocalDirectLineOptions {
  store: ConversationStore;
  channel: LocalChannelService;
  tokens: LocalTokenIssuer;
  /** The bot as the channel addresses it. */
  bot: { id: string; name: string };
  /** Runs one activity through the bot's pipeline (the one behind /api/messages). */
  deliver: (activity: WireActivity) => Promise<void>;
  logger: Logger;
}

export interface PageToken {
  token: string;
  expiresIn: number;
  userId: string;
}

const MAX_TEXT_LENGTH = 5000;

// What a client may send. Anything else (serviceUrl, recipient, ids) is set by the channel, never taken from the client.
const clientActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  from: z.object({ name: z.string().max(100).optional() }).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not supported here').optional(),
  replyToId: z.string().max(200).optional(),
});

const startConversationBody = z
  .object({ locale: z.string().max(35).optional() })
  .optional();

export class LocalDirectLine {
  constructor(private readonly options: LocalDirectLineOptions) {}

  /** A token for a browser that has not started a conversation yet. */
  issuePageToken(): PageToken {
    const userId = LocalTokenIssuer.newUserId();
    return { ...this.options.tokens.issue({ user: userId }), userId };
  }

  register(server: restify.Server): void {
    const base = LOCAL_DIRECTLINE_PATH;
    server.post(`${base}/tokens/generate`, async (_req, res) => {
      const { token, expiresIn } = this.issuePageToken();
      res.send(200, { token, expires_in: expiresIn });
    });
    server.post(`${base}/tokens/refresh`, async (req, res) => {
      const claims = this.authorize(req, res);
      if (!claims) return;
      const { token, expiresIn } = this.options.tokens.issue({ user: claims.user, conversationId: claims.conv });
      res.send(200, { token, expires_in: expiresIn, conversationId: claims.conv });
    });
    server.post(`${base}/conversations`, async (req, res) => this.startConversation(req, res));
    server.get(`${base}/conversations/:conversationId`, async (req, res) => this.reconnect(req, res));
    server.post(`${base}/conversations/:conversationId/activities`, async (req, res) => this.receiveFromUser(req, res));
    server.get(`${base}/conversations/:conversationId/activities`, async (req, res) => this.poll(req, res));
  }

  private async startConversation(req: restify.Request, res: restify.Response): Promise<void> {
    const claims = this.authorize(req, res);
    if (!claims) return;
    const { store, tokens, bot } = this.options;
    // A token already bound to a live conversation resumes it, as Direct Line does.
    if (claims.conv && store.get(claims.conv)) {
      const { token, expiresIn } = tokens.issue({ user: claims.user, conversationId: claims.conv });
      res.send(200, { conversationId: claims.conv, token, expires_in: expiresIn });
      return;
    }
    const body = startConversationBody.safeParse(req.body ?? undefined);
    const locale = body.success ? body.data?.locale : undefined;

    const conversationId = randomBytes(16).toString('base64url');
    if (!store.create(conversationId, claims.user)) {
      res.header('Retry-After', '30');
      res.send(...refusalResponse('full'));
      return;
    }
    const { token, expiresIn } = tokens.issue({ user: claims.user, conversationId });

    // Direct Line tells the bot who joined, so the bot can greet before the user types.
    await this.deliverQuietly({
      type: 'conversationUpdate',
      id: `${conversationId}|start`,
      membersAdded: [
        { id: bot.id, name: bot.name, role: 'bot' },
        { id: claims.user, role: 'user' },
      ],
      timestamp: new Date().toISOString(),
      ...(locale ? { locale } : {}),
      ...this.addressing(conversationId, { id: claims.user, role: 'user' }),
    });
    res.send(201, { conversationId, token, expires_in: expiresIn });
  }

  private reconnect(req: restify.Request, res: restify.Response): void {
    const found = this.conversationFor(req, res);
    if (!found) return;
    const { token, expiresIn } = this.options.tokens.issue({ user: found.claims.user, conversationId: found.conversationId });
    res.send(200, { conversationId: found.conversationId, token, expires_in: expiresIn });
  }

  private async receiveFromUser(req: restify.Request, res: restify.Response): Promise<void> {
    const found = this.conversationFor(req, res);
    if (!found) return;
    const parsed = clientActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.send(400, { code: 'BadArgument', message: `Invalid activity: ${issue.path.join('.') || 'body'} ${issue.message}` });
      return;
    }
    const { from, ...fields } = parsed.data;
    const user = { id: found.claims.user, ...(from?.name ? { name: from.name } : {}), role: 'user' };
    // The echo the client waits for, then the same activity on its way to the bot.
    const echo = this.options.store.append(found.conversationId, {
      ...fields,
      channelId: 'directline',
      from: user,
      conversation: { id: found.conversationId },
      timestamp: new Date().toISOString(),
    });
    if (typeof echo === 'string') {
      res.send(...refusalResponse(echo));
      return;
    }
    try {
      await this.options.deliver({ ...echo, ...this.addressing(found.conversationId, user) });
    } catch (error) {
      this.options.logger.error('local Direct Line could not deliver an activity to the bot', { error, conversationId: found.conversationId });
      res.send(502, { code: 'BotError', message: 'The bot could not take the message' });
      return;
    }
    res.send(200, { id: echo.id });
  }

  private poll(req: restify.Request, res: restify.Response): void {
    const found = this.conversationFor(req, res);
    if (!found) return;
    const raw = req.query?.watermark;
    let watermark: number | undefined;
    if (raw !== undefined && raw !== '') {
      if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
        res.send(400, { code: 'BadArgument', message: 'watermark must be a number' });
        return;
      }
      watermark = Number(raw);
    }
    res.send(200, this.options.store.since(found.conversationId, watermark));
  }

  /** Who and where: the fields a channel sets on every activity it hands to the bot. */
  private addressing(conversationId: string, from: Record<string, unknown>): Record<string, unknown> {
    const { channel, bot } = this.options;
    return {
      channelId: 'directline',
      serviceUrl: channel.serviceUrl,
      conversation: { id: conversationId },
      from,
      recipient: { id: bot.id, name: bot.name, role: 'bot' },
    };
  }

  private async deliverQuietly(activity: WireActivity): Promise<void> {
    try {
      await this.options.deliver(activity);
    } catch (error) {
      this.options.logger.error('local Direct Line could not deliver conversationUpdate', { error });
    }
  }

  /** The token's claims if the request may act on the conversation in its path; otherwise replies and returns undefined. */
  private conversationFor(req: restify.Request, res: restify.Response): { claims: LocalTokenClaims; conversationId: string } | undefined {
    const claims = this.authorize(req, res);
    if (!claims) return undefined;
    const conversationId = String(req.params.conversationId);
    const conversation = this.options.store.get(conversationId);
    if (!conversation) {
      res.send(404, { code: 'ConversationNotFound', message: 'Conversation not found or expired' });
      return undefined;
    }
    if (conversation.userId !== claims.user || (claims.conv !== undefined && claims.conv !== conversationId)) {
      res.send(403, { code: 'Forbidden', message: 'Token is not valid for this conversation' });
      return undefined;
    }
    return { claims, conversationId };
  }

  private authorize(req: restify.Request, res: restify.Response): LocalTokenClaims | undefined {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      res.send(401, { code: 'Unauthorized', message: 'A Bearer token is required' });
      return undefined;
    }
    const result = this.options.tokens.check(match[1]);
    if (!result.ok) {
      // Direct Line answers 403 for a bad or expired token; the client then refreshes or reconnects.
      res.send(403, { code: 'TokenInvalid', message: result.reason === 'expired' ? 'Token expired' : 'Token not valid' });
      return undefined;
    }
    return result.claims;
  }
}
