/**
 * The Direct Line the Web Chat page talks to: Azure's (with DIRECTLINE_SECRET),
 * a local one for an anonymous bot, or none; and the token route that hands the
 * page its credentials for whichever it is.
 */
import type * as restify from 'restify';
import { type Config, isAnonymous } from '../config';
import { DirectLineTokenError, exchangeSecretForToken } from '../directline/azureTokens';
import { LocalChannelService } from '../directline/channelService';
import { ConversationStore, type WireActivity } from '../directline/conversationStore';
import { LOCAL_DIRECTLINE_PATH, LocalDirectLine } from '../directline/localDirectLine';
import { LocalTokenIssuer } from '../directline/localTokens';
import type { Logger } from '../logging';

export type DirectLineMode = 'azure' | 'local' | 'off';

export function directLineModeFor(config: Config): DirectLineMode {
  if (config.directLine.secret) return 'azure';
  // The local Direct Line calls the bot without a token, which only an anonymous bot accepts.
  return isAnonymous(config) ? 'local' : 'off';
}

/** What the page and the start-up log say when the page cannot chat: an app id (so no local Direct Line) and no secret. */
export const PAGE_CANNOT_CHAT =
  'Web Chat page cannot connect: MicrosoftAppId is set but DIRECTLINE_SECRET is not. Add the Direct Line channel to the Azure Bot and set DIRECTLINE_SECRET to its secret key (see README, Deploy).';

/** Says at start, once and plainly, that the page will not work, rather than leaving it to a resident to find out. */
export function warnIfPageCannotChat(mode: DirectLineMode, logger: Logger): void {
  if (mode === 'off') logger.warn(PAGE_CANNOT_CHAT, { directLine: mode });
}

export interface LocalDirectLineParts {
  /** The connector side the bot replies to, on a loopback-only port of its own. */
  channel: LocalChannelService;
  /** The client side the page talks to, under LOCAL_DIRECTLINE_PATH on the main server. */
  directLine: LocalDirectLine;
}

/** The local Direct Line, handing each activity from the page to `deliver`. */
export function createLocalDirectLine(config: Config, logger: Logger, deliver: (activity: WireActivity) => Promise<void>): LocalDirectLineParts {
  const channel = new LocalChannelService(new ConversationStore(), logger);
  const directLine = new LocalDirectLine({
    store: channel.store,
    channel,
    tokens: new LocalTokenIssuer(),
    bot: { id: 'stationdesk', name: config.botName },
    deliver,
    logger,
  });
  return { channel, directLine };
}

/** Token exchanges with Azure in flight at once, whatever the number of clients (each uses the secret). */
const MAX_CONCURRENT_EXCHANGES = 8;

/**
 * POST /api/directline/token: a token from the local Direct Line, or one exchanged with Azure for the
 * secret (per-client rate limits apply before this; at most MAX_CONCURRENT_EXCHANGES upstream calls at once).
 */
export function directLineToken(options: { config: Config; localDirectLine: LocalDirectLine | undefined; fetch?: typeof fetch; logger: Logger; timeoutMs?: number }) {
  const { config, localDirectLine, logger } = options;
  let exchanging = 0;
  return async (_req: restify.Request, res: restify.Response): Promise<void> => {
    res.header('Cache-Control', 'no-store');
    if (localDirectLine) {
      const { token, expiresIn, userId } = localDirectLine.issuePageToken();
      res.send(200, { token, expiresIn, userId, domain: LOCAL_DIRECTLINE_PATH, webSocket: false });
      return;
    }
    const { secret, endpoint } = config.directLine;
    if (!secret) {
      res.send(503, { code: 'DirectLineNotConfigured', message: PAGE_CANNOT_CHAT });
      return;
    }
    if (exchanging >= MAX_CONCURRENT_EXCHANGES) {
      res.header('Retry-After', '2');
      res.send(503, { code: 'Busy', message: 'Too many chat tokens requested at once; please try again' });
      return;
    }
    const userId = LocalTokenIssuer.newUserId();
    exchanging += 1;
    try {
      const exchanged = await exchangeSecretForToken({ endpoint, secret, fetch: options.fetch, timeoutMs: options.timeoutMs }, userId);
      res.send(200, { token: exchanged.token, expiresIn: exchanged.expiresIn, userId, domain: endpoint, webSocket: true });
    } catch (error) {
      logger.error('Direct Line token exchange failed', { error: error instanceof DirectLineTokenError ? error.message : 'unexpected error' });
      res.send(502, { code: 'DirectLineUnavailable', message: 'Could not get a chat token; please try again' });
    } finally {
      exchanging -= 1;
    }
  };
}
