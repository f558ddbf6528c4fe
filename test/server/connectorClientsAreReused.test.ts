/**
 * StationDesk's adapter keeps the connector client it posts replies with across turns and
 * conversations (src/http/reusedClients.ts), one per service URL, and still posts every reply
 * over real HTTP; the SDK's stock adapter (the echo baseline) still makes one a turn. The
 * authenticated case is in auth.test.ts.
 */
import { expect } from 'chai';
import { ActivityHandler, type TurnContext } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server';
import { REUSED_CLIENTS, ReusedClientsAuthentication } from '../../src/http/reusedClients';
import { captureLogs, messageActivity, postJson, type RunningServer, startServer, startStandInConnector, type StandInConnector, TEST_ENV } from './helpers';

/** Repeats what it is told, and notes the connector client each turn was given. */
class ClientNotingBot extends ActivityHandler {
  readonly clients: ConnectorClient[] = [];

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      this.clients.push(connectorClientOf(context));
      await context.sendActivity(`You said: ${context.activity.text}`);
      await next();
    });
  }
}

function connectorClientOf(context: TurnContext): ConnectorClient {
  const adapter = context.adapter as unknown as { ConnectorClientKey: symbol };
  return context.turnState.get(adapter.ConnectorClientKey);
}

describe('HTTP edge: connector clients are reused across turns', () => {
  const bot = new ClientNotingBot();
  let first: StandInConnector;
  let second: StandInConnector;
  let server: RunningServer;

  before(async () => {
    first = await startStandInConnector();
    second = await startStandInConnector();
    server = await startServer({ bot, env: { ALLOWED_SERVICE_URLS: `${first.url},${second.url}` } });
  });
  after(async () => {
    await server.close();
    await first.close();
    await second.close();
  });
  beforeEach(() => {
    bot.clients.length = 0;
  });

  async function say(connector: StandInConnector, conversation: string, text: string): Promise<string> {
    const before = connector.received.length;
    const res = await postJson(`${server.url}/api/messages`, messageActivity(connector.url, text, { conversation: { id: conversation } }));
    expect(res.status).to.equal(200);
    const sent = await connector.waitFor(before + 1);
    return `${sent[before].path} ${String(sent[before].body.text)}`;
  }

  it('posts every reply to the serviceUrl with one client, across turns and conversations', async () => {
    expect(await say(first, 'conversation-a', 'one')).to.equal('/v3/conversations/conversation-a/activities/activity-1 You said: one');
    expect(await say(first, 'conversation-a', 'two')).to.equal('/v3/conversations/conversation-a/activities/activity-1 You said: two');
    expect(await say(first, 'conversation-b', 'three')).to.equal('/v3/conversations/conversation-b/activities/activity-1 You said: three');
    expect(bot.clients).to.have.length(3);
    expect(new Set(bot.clients).size).to.equal(1);
  });

  it('gives another serviceUrl its own client, and each reply goes to its own serviceUrl', async () => {
    expect(await say(first, 'conversation-a', 'here')).to.match(/You said: here$/);
    expect(await say(second, 'conversation-a', 'there')).to.match(/You said: there$/);
    expect(await say(first, 'conversation-c', 'here again')).to.match(/You said: here again$/);
    const [a, b, c] = bot.clients;
    expect(a).to.equal(c);
    expect(a).to.not.equal(b);
    expect(second.received.at(-1)?.body.text).to.equal('You said: there');
  });

  it('leaves the stock adapter (reuseClients off, the echo baseline) making a client every turn', async () => {
    const adapter = createAdapter(loadConfig(TEST_ENV), captureLogs().logger);
    const clients: ConnectorClient[] = [];
    for (const id of ['x', 'y']) {
      const activity = { ...messageActivity('https://unused.example.invalid/', id), deliveryMode: 'expectReplies' };
      await adapter.runActivity('', activity as never, async (context) => void clients.push(connectorClientOf(context)));
    }
    expect(clients).to.have.length(2);
    expect(clients[0]).to.not.equal(clients[1]);
  });
});

/** An authentication whose connector factory counts what it makes, and can be told to fail. */
class CountingAuthentication extends BotFrameworkAuthentication {
  made = 0;
  failNext = false;

  authenticateRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createUserTokenClient(): Promise<UserTokenClient> {
    this.made++;
    return Promise.resolve({} as UserTokenClient);
  }
  createConnectorFactory(): ConnectorFactory {
    return new CountingFactory(this);
  }
}

class CountingFactory extends ConnectorFactory {
  constructor(private readonly counts: CountingAuthentication) {
    super();
  }

  async create(serviceUrl: string): Promise<ConnectorClient> {
    if (this.counts.failNext) {
      this.counts.failNext = false;
      throw new Error('credential service down');
    }
    this.counts.made++;
    return { serviceUrl } as unknown as ConnectorClient;
  }
}

describe('Reused connector clients: the cache', () => {
  const claims = (appId: string) => new ClaimsIdentity([{ type: 'aud', value: appId }], true);

  it('keeps at most REUSED_CLIENTS clients however many serviceUrls post', async () => {
    const inner = new CountingAuthentication();
    const reused = new ReusedClientsAuthentication(inner);
    const factory = reused.createConnectorFactory(claims('bot'));
    for (let i = 0; i < REUSED_CLIENTS * 3; i++) await factory.create(`https://channel-${i}.example.invalid/`, 'scope');
    expect(inner.made).to.equal(REUSED_CLIENTS * 3);
    expect(reused.connectorClientsKept).to.equal(REUSED_CLIENTS);
  });

  it('makes a client per app id and audience as well as per serviceUrl', async () => {
    const inner = new CountingAuthentication();
    const reused = new ReusedClientsAuthentication(inner);
    const url = 'https://channel.example.invalid/';
    const a = await reused.createConnectorFactory(claims('bot-a')).create(url, 'scope');
    expect(await reused.createConnectorFactory(claims('bot-a')).create(url, 'scope')).to.equal(a);
    expect(await reused.createConnectorFactory(claims('bot-b')).create(url, 'scope')).to.not.equal(a);
    expect(await reused.createConnectorFactory(claims('bot-a')).create(url, 'other-scope')).to.not.equal(a);
    expect(inner.made).to.equal(3);
  });

  it('does not keep a client that failed to be made: the next turn tries again', async () => {
    const inner = new CountingAuthentication();
    const reused = new ReusedClientsAuthentication(inner);
    const factory = reused.createConnectorFactory(claims('bot'));
    inner.failNext = true;
    let failed = false;
    await factory.create('https://channel.example.invalid/', 'scope').catch(() => (failed = true));
    expect(failed).to.equal(true);
    const client = await factory.create('https://channel.example.invalid/', 'scope');
    expect(client).to.deep.equal({ serviceUrl: 'https://channel.example.invalid/' });
    expect(inner.made).to.equal(1);
  });

  it('reuses one user-token client per app id', async () => {
    const inner = new CountingAuthentication();
    const reused = new ReusedClientsAuthentication(inner);
    const a = await reused.createUserTokenClient(claims('bot-a'));
    expect(await reused.createUserTokenClient(claims('bot-a'))).to.equal(a);
    await reused.createUserTokenClient(claims('bot-b'));
    expect(inner.made).to.equal(2);
  });
});
