/**
 * With MicrosoftAppId set, /api/messages must turn away anything without a
 * valid Bot Framework token, and the bot must never see it. The channel's
 * signing keys come from a local stand-in (BotOpenIdMetadata), so the test
 * needs no network and a forged token fails on its signature, not on a timeout.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { type ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { closeServer, consoleErrorsDuring, listenOnLoopback, messageActivity, postJson, reply, type RunningServer, startServer } from './helpers';

const APP_ID = '00000000-0000-4000-8000-00000000a11d';
const CHANNEL_ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.example.invalid/teams/';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signToken(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${base64url({ alg: 'RS256', typ: 'JWT', kid })}.${base64url({ iat: now, nbf: now - 60, exp: now + 3600, ...claims })}`;
  const signature = createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url');
  return `${body}.${signature}`;
}

describe('HTTP edge: Bot Framework authentication on /api/messages', () => {
  const channelKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attackerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const reachedBot: string[] = [];
  // The connector client each turn was given, to post its replies with.
  const clients: unknown[] = [];
  const bot = {
    run: async (context: TurnContext) => {
      reachedBot.push(context.activity.text ?? context.activity.type);
      clients.push(context.turnState.get((context.adapter as unknown as { ConnectorClientKey: symbol }).ConnectorClientKey));
    },
  };

  let keyServerUrl: string;
  const keyServer = createHttpServer((req, res) => {
    if (req.url === '/.well-known/openidconfiguration') return reply(res, 200, { issuer: CHANNEL_ISSUER, jwks_uri: `${keyServerUrl}/keys` });
    if (req.url === '/keys') return reply(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid: 'channel-key', ...channelKeys.publicKey.export({ format: 'jwk' }) }] });
    return reply(res, 404, {});
  });
  let server: RunningServer;

  before(async () => {
    keyServerUrl = await listenOnLoopback(keyServer);
    server = await startServer({
      bot,
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-password',
        MicrosoftAppType: 'MultiTenant',
        BotOpenIdMetadata: `${keyServerUrl}/.well-known/openidconfiguration`,
      },
    });
  });
  after(async () => {
    await server.close();
    await closeServer(keyServer);
  });
  beforeEach(() => {
    reachedBot.length = 0;
    clients.length = 0;
  });

  const activity = (text: string) => messageActivity(SERVICE_URL, text);
  const claims = { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL };

  it('answers 401 to a request with no token, and the bot never sees it', async () => {
    const res = await postJson(`${server.url}/api/messages`, activity('no token'));
    expect(res.status).to.equal(401);
    expect(await res.json()).to.deep.equal({ code: 'Unauthorized', message: 'Unauthorized' });
    expect(reachedBot).to.deep.equal([]);
  });

  it('answers 401 to a token that is not a JWT', async () => {
    const res = await postJson(`${server.url}/api/messages`, activity('garbage'), { Authorization: 'Bearer not.a.jwt' });
    expect(res.status).to.equal(401);
    expect(reachedBot).to.deep.equal([]);
  });

  it('answers 401 to a token signed with someone else\'s key under the channel key id', async () => {
    const forged = signToken(attackerKeys.privateKey, 'channel-key', claims);
    let res: Response | undefined;
    // The SDK reports a failed signature check on the console; captured here rather than printed among the results.
    const sdkErrors = await consoleErrorsDuring(async () => {
      res = await postJson(`${server.url}/api/messages`, activity('forged signature'), { Authorization: `Bearer ${forged}` });
    });
    expect(res?.status).to.equal(401);
    expect(reachedBot).to.deep.equal([]);
    expect(sdkErrors.join('\n')).to.contain('Error finding key for token');
  });

  it('answers 401 to a token naming a key the channel never published', async () => {
    const forged = signToken(attackerKeys.privateKey, 'attacker-key', claims);
    const res = await postJson(`${server.url}/api/messages`, activity('unknown key'), { Authorization: `Bearer ${forged}` });
    expect(res.status).to.equal(401);
    expect(reachedBot).to.deep.equal([]);
  });

  it('answers 401 to a genuine signature for another bot (wrong audience)', async () => {
    const token = signToken(channelKeys.privateKey, 'channel-key', { ...claims, aud: 'some-other-bot' });
    const res = await postJson(`${server.url}/api/messages`, activity('other audience'), { Authorization: `Bearer ${token}` });
    expect(res.status).to.equal(401);
    expect(reachedBot).to.deep.equal([]);
  });

  it('lets a correctly signed channel token through to the bot (the control case)', async () => {
    const token = signToken(channelKeys.privateKey, 'channel-key', claims);
    const res = await postJson(`${server.url}/api/messages`, activity('genuine'), { Authorization: `Bearer ${token}` });
    expect(res.status).to.equal(200);
    expect(reachedBot).to.deep.equal(['genuine']);
  });

  it('posts with one connector client across authenticated turns, holding the bot\'s own credentials', async () => {
    for (const text of ['first', 'second']) {
      const token = signToken(channelKeys.privateKey, 'channel-key', claims);
      const res = await postJson(`${server.url}/api/messages`, activity(text), { Authorization: `Bearer ${token}` });
      expect(res.status).to.equal(200);
    }
    expect(reachedBot).to.deep.equal(['first', 'second']);
    expect(clients[0]).to.equal(clients[1]);
    const client = clients[0] as ConnectorClient;
    expect(client.credentials).to.be.instanceOf(MicrosoftAppCredentials);
    expect((client.credentials as MicrosoftAppCredentials).appId).to.equal(APP_ID);
    expect((client as unknown as { baseUri: string }).baseUri).to.equal(SERVICE_URL);
  });

  it('answers 401, not 500 or a hang, when the signing keys cannot be fetched', async () => {
    const closedPort = await (async () => {
      const probe = createHttpServer();
      const url = await listenOnLoopback(probe);
      await closeServer(probe);
      return url;
    })();
    const isolated = await startServer({
      bot,
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-password',
        BotOpenIdMetadata: `${closedPort}/.well-known/openidconfiguration`,
      },
    });
    try {
      const token = signToken(channelKeys.privateKey, 'channel-key', claims);
      const res = await postJson(`${isolated.url}/api/messages`, activity('keys unreachable'), { Authorization: `Bearer ${token}` });
      expect(res.status).to.equal(401);
      expect(reachedBot).to.deep.equal([]);
    } finally {
      await isolated.close();
    }
  });

  it('keeps the local Direct Line off: its token route says Direct Line is not configured', async () => {
    const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).to.equal(503);
    const conversations = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' });
    expect(conversations.status).to.equal(404);
  });
});
