/**
 * Connector and user-token clients kept across turns. CloudAdapter (botbuilder 4.23.3) builds a
 * ConnectorClient and a UserTokenClient, each with its own @azure/core-rest-pipeline pipeline, for
 * every activity, even with expectReplies, where neither is called: about 0.2 ms and 90 KB a turn.
 * A client holds nothing of a turn: it is its service URL, its options and its credentials, and
 * those fetch and refresh their own tokens (AppCredentials.getToken), so one client serves every
 * turn with the same (app id, audience, service URL), as botbuilder-dotnet's BotFrameworkAdapter
 * kept them (botbuilder-dotnet#875, #883). This wraps the adapter's BotFrameworkAuthentication:
 * inbound authentication, claims and caller ids are still the SDK's own, untouched; only the
 * making of outbound clients is shared. Bounded, since an anonymous bot's service URLs come
 * from whoever posts.
 */
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { BoundedCache } from '../stations/boundedCache';

/** How many clients are kept: one per service URL a deployment talks to (a few channels), with room to spare. */
export const REUSED_CLIENTS = 64;

/**
 * Keeps promised clients by key; a promise that fails is dropped, so a failure (a credential
 * service down) is retried on the next turn instead of being kept.
 */
class PromisedClients<T> {
  private readonly kept: BoundedCache<string, Promise<T>>;

  constructor(capacity: number) {
    this.kept = new BoundedCache(capacity);
  }

  get size(): number {
    return this.kept.size;
  }

  get(key: string, make: () => Promise<T>): Promise<T> {
    return this.kept.get(key, () => {
      const made = make();
      made.catch(() => this.kept.delete(key, made));
      return made;
    });
  }
}

/** The app id the SDK makes a turn's clients for (ParameterizedBotFrameworkAuthentication's getAppId). */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** A ConnectorFactory that hands out the client already made for the same app id, audience and service URL. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly made: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: PromisedClients<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(`${this.appId}\n${audience ?? ''}\n${serviceUrl}`, () => this.made.create(serviceUrl, audience));
  }
}

/** The SDK's authentication, with the outbound clients it makes kept and reused (see the top of this file). */
export class ReusedClientsAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new PromisedClients<ConnectorClient>(REUSED_CLIENTS);
  private readonly userTokenClients = new PromisedClients<UserTokenClient>(REUSED_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  /** How many connector clients are kept now (for tests). */
  get connectorClientsKept(): number {
    return this.connectorClients.size;
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // Made from the app id alone: the OAuth endpoint and scope are the authentication's own.
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(made: ConnectorFactory, claims: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(made, appIdOf(claims), this.connectorClients);
  }
}
