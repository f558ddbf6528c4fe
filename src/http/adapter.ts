/**
 * The Bot Framework side of the HTTP edge: the CloudAdapter, authenticated from
 * configuration, its reply when a turn fails, and the one pipeline every
 * activity takes to the bot (from /api/messages and from the local Direct Line).
 */
import { AuthenticationConstants } from 'botframework-connector';
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import type { WireActivity } from '../directline/conversationStore';
import type { Logger } from '../logging';
import { ReusedClientsAuthentication } from './reusedClients';
import type { InFlightTurns } from './shutdown';
import type { TurnHandler, TurnRunner } from './turnRunner';
import { withTimeout } from './withTimeout';

export type { TurnHandler } from './turnRunner';

export const TURN_ERROR_REPLY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/** CloudAdapter whose activity pipeline the server can call directly, for both /api/messages and the local Direct Line. */
export class StationDeskAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export interface AdapterOptions {
  /**
   * Keep the connector and user-token clients across turns (src/http/reusedClients.ts) instead of the
   * SDK's new ones every turn. StationDesk turns it on; off, the adapter is CloudAdapter as shipped
   * (the echo baseline of `npm run bench:http`).
   */
  reuseClients?: boolean;
}

/**
 * The adapter, authenticated from configuration: anonymous without MicrosoftAppId,
 * otherwise every inbound activity must carry a valid Bot Framework token.
 */
export function createAdapter(config: Config, logger: Logger, options: AdapterOptions = {}): StationDeskAdapter {
  const { auth } = config;
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {};
  if (auth.appId) {
    settings.MicrosoftAppId = auth.appId;
    settings.MicrosoftAppType = auth.appType;
    if (auth.appPassword) settings.MicrosoftAppPassword = auth.appPassword;
    if (auth.tenantId) settings.MicrosoftAppTenantId = auth.tenantId;
  }
  if (auth.openIdMetadataUrl) {
    // Setting any one endpoint makes the SDK take all of them from us (BotFrameworkAuthenticationFactory),
    // so give the public cloud's values for the rest, exactly as its default path does.
    Object.assign(settings, {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    } satisfies ConfigurationBotFrameworkAuthenticationOptions);
  }
  const authentication = new ConfigurationBotFrameworkAuthentication(settings);
  const adapter = new StationDeskAdapter(options.reuseClients ? new ReusedClientsAuthentication(authentication) : authentication);

  adapter.onTurnError = async (context, error) => {
    logger.error('turn failed', {
      error,
      activityType: context.activity.type,
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation?.id,
    });
    try {
      await withTimeout(context.sendActivity(TURN_ERROR_REPLY), config.timeouts.replyMs);
    } catch {
      logger.warn('could not send the turn-error reply');
    }
  };
  return adapter;
}

/** Raised when an activity was turned away before reaching the bot (bad, missing or unverifiable token). */
export class NotAuthenticated extends Error {
  constructor(readonly reason: unknown) {
    super('activity not authenticated');
  }
}

export type ActivityPipeline = (authHeader: string, wire: WireActivity) => Promise<InvokeResponse | undefined>;

/** The one activity pipeline: /api/messages and the local Direct Line both come through here. */
export function activityPipeline(adapter: StationDeskAdapter, bot: TurnHandler, runner: TurnRunner, logger: Logger, turns: InFlightTurns): ActivityPipeline {
  return async (authHeader, wire) => {
    let reachedBot = false;
    const turn = adapter.runActivity(authHeader, toBotActivity(wire), async (context) => {
      reachedBot = true;
      logger.debug('turn', {
        activityType: context.activity.type,
        channelId: context.activity.channelId,
        conversationId: context.activity.conversation?.id,
        text: context.activity.text,
      });
      await runner.run(context, bot);
    });
    try {
      return await turns.track(turn);
    } catch (error) {
      // Anything that stops an activity before the bot runs is an authentication failure as far as the caller is concerned.
      if (!reachedBot) throw new NotAuthenticated(error);
      throw error;
    }
  };
}

const TIMESTAMP_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['localTimestamp', 'rawLocalTimestamp'],
  ['expiration', 'rawExpiration'],
] as const;

// The SDK's own HTTP path turns JSON timestamps into Dates (keeping the raw strings); do the same.
function toBotActivity(wire: WireActivity): Activity {
  const activity: Record<string, unknown> = { ...wire };
  for (const [field, raw] of TIMESTAMP_FIELDS) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
