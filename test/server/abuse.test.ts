/**
 * The HTTP edge under bad input and abuse, on the real server: invalid
 * activities are refused with a 4xx before the bot sees them, the anonymous
 * endpoint cannot be pointed at internal addresses, clients are rate-limited,
 * idle sockets cannot lock out a health probe, and HTTPS responses carry HSTS.
 */
import { connect, type Socket } from 'node:net';
import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { messageActivity, postJson, type RunningServer, startServer, startStandInConnector, type StandInConnector } from './helpers';

const DEEP = '__deep__';

/** The activity as JSON text, with `levels` nested objects where DEEP stands (too deep for JSON.stringify itself). */
function withDeepNesting(activity: Record<string, unknown>, levels = 5_000): string {
  return JSON.stringify(activity).replace(`"${DEEP}"`, `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
}

function postText(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
}

describe('HTTP edge: invalid activities get a 4xx before the bot', () => {
  const reached: string[] = [];
  const bot = { run: async (context: TurnContext) => void reached.push(context.activity.type) };
  let server: RunningServer;
  let connector: StandInConnector;

  before(async () => {
    connector = await startStandInConnector();
    server = await startServer({ bot, env: { ALLOWED_SERVICE_URLS: connector.url } });
  });
  after(async () => {
    await server.close();
    await connector.close();
  });

  it('refuses each kind of malformed activity with 400 naming the field', async () => {
    const base = messageActivity(connector.url, 'hello');
    const cases: [string, Record<string, unknown>][] = [
      ['5,000 levels in value', { ...base, value: DEEP }],
      ['5,000 levels in conversation', { ...base, conversation: { id: 'c', extra: DEEP } }],
      ['5,000 levels in from', { ...base, from: { id: 'u', extra: DEEP } }],
      ['text a number', { ...base, text: 42 }],
      ['text an object', { ...base, text: { toString: 'x' } }],
      ['locale an array', { ...base, locale: ['en-GB'] }],
      ['locale with markup', { ...base, locale: '<script>' }],
      ['channelId a number', { ...base, channelId: 7 }],
      ['channelId missing', { ...base, channelId: undefined }],
      ['serviceUrl an object', { ...base, serviceUrl: { href: connector.url } }],
      ['conversation a string', { ...base, conversation: 'conversation-1' }],
      ['conversation id blank', { ...base, conversation: { id: '   ' } }],
      ['from.id a number', { ...base, from: { id: 1 } }],
      ['membersAdded not a list', { ...base, type: 'conversationUpdate', membersAdded: { id: 'u' } }],
      ['membersAdded of strings', { ...base, type: 'conversationUpdate', membersAdded: ['u'] }],
      ['membersAdded without ids', { ...base, type: 'conversationUpdate', membersAdded: [{ name: 'x' }] }],
      ['an invoke without a name', { ...base, type: 'invoke', name: undefined }],
      ['a card action without an action', { ...base, type: 'invoke', name: 'adaptiveCard/action', value: {} }],
      ['a card action whose action has no type', { ...base, type: 'invoke', name: 'adaptiveCard/action', value: { action: { verb: 'x' } } }],
      ['timestamp not a date', { ...base, timestamp: 'yesterday-ish' }],
      ['attachments not a list', { ...base, attachments: 'file.png' }],
      ['entities of numbers', { ...base, entities: [1, 2] }],
      ['channelData a list', { ...base, channelData: [1] }],
      ['text too long', { ...base, text: 'x'.repeat(10_001) }],
      ['deliveryMode unknown', { ...base, deliveryMode: 'carrier-pigeon' }],
    ];
    for (const [label, body] of cases) {
      const res = await postText(`${server.url}/api/messages`, withDeepNesting(body));
      expect(res.status, label).to.equal(400);
      const answer = (await res.json()) as { code: string; message: string };
      expect(answer.code, label).to.equal('BadRequest');
    }
    expect(reached).to.deep.equal([]);
    expect(connector.received).to.deep.equal([]);
  });

  it('lets well-formed activities through, nulls and unknown fields included (control)', async () => {
    const base = messageActivity(connector.url, 'hello');
    const ok = [
      { ...base, locale: null, textFormat: null, localTimestamp: '2026-11-26T14:00:00+00:00', entities: [{ type: 'clientInfo', locale: 'en-GB' }] },
      { ...base, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'u', name: 'Resident' }] },
      { ...base, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'hours' } } },
      { ...base, somethingNew: { nested: [1, 2, { three: 3 }] } },
    ];
    for (const body of ok) expect((await postJson(`${server.url}/api/messages`, body)).status, JSON.stringify(body).slice(0, 60)).to.be.oneOf([200, 501]);
    expect(reached).to.deep.equal(['message', 'conversationUpdate', 'invoke', 'message']);
  });
});

describe('HTTP edge: anonymous mode replies only to allowed serviceUrls', () => {
  let server: RunningServer;
  let allowed: StandInConnector;
  let internal: StandInConnector;

  before(async () => {
    allowed = await startStandInConnector();
    internal = await startStandInConnector();
    server = await startServer({ bot: { run: async (context) => void (await context.sendActivity('reply')) }, env: { ALLOWED_SERVICE_URLS: allowed.url } });
  });
  after(async () => {
    await server.close();
    await allowed.close();
    await internal.close();
  });

  it('refuses a loopback serviceUrl that is not allowed with 403, calling nothing', async () => {
    for (const serviceUrl of [internal.url, 'http://169.254.169.254/', `http://localhost:${server.port}`]) {
      const res = await postJson(`${server.url}/api/messages`, messageActivity(serviceUrl, 'hello'));
      expect(res.status, serviceUrl).to.equal(403);
      expect(await res.json()).to.include({ code: 'ServiceUrlNotAllowed' });
    }
    expect(internal.received).to.deep.equal([]);
  });

  it('with expectReplies, ignores a serviceUrl that is not allowed and answers in the response', async () => {
    const res = await postJson(`${server.url}/api/messages`, messageActivity(internal.url, 'hello', { deliveryMode: 'expectReplies' }));
    expect(res.status).to.equal(200);
    expect(((await res.json()) as { activities: { text: string }[] }).activities.map((a) => a.text)).to.deep.equal(['reply']);
    expect(internal.received).to.deep.equal([]);
  });

  it('replies to an allowed serviceUrl (control)', async () => {
    expect((await postJson(`${server.url}/api/messages`, messageActivity(allowed.url, 'hello'))).status).to.equal(200);
    expect((await allowed.waitFor(1))[0].body.text).to.equal('reply');
  });
});

describe('HTTP edge: rate limits, connection cap, HSTS', () => {
  const noReply = { run: async () => undefined };

  it('limits each client on /api/messages (anonymous), the token route and the local Direct Line, with 429 and Retry-After', async () => {
    const server = await startServer({
      bot: noReply,
      env: { RATE_LIMIT_MESSAGES_PER_MINUTE: '5', RATE_LIMIT_TOKENS_PER_MINUTE: '3', RATE_LIMIT_DIRECTLINE_PER_MINUTE: '4', TRUST_PROXY: 'true' },
    });
    try {
      const statuses = async (count: number, send: () => Promise<Response>) => {
        const out: number[] = [];
        for (let i = 0; i < count; i++) out.push((await send()).status);
        return out;
      };
      const body = messageActivity('https://unused.invalid', 'hi', { deliveryMode: 'expectReplies' });
      const fromClient = (address: string) => ({ 'X-Forwarded-For': `203.0.113.9, ${address}` });
      expect(await statuses(7, () => postJson(`${server.url}/api/messages`, body, fromClient('198.51.100.1')))).to.deep.equal([200, 200, 200, 200, 200, 429, 429]);
      // Another client has its own allowance.
      expect((await postJson(`${server.url}/api/messages`, body, fromClient('198.51.100.2'))).status).to.equal(200);
      const limited = await postJson(`${server.url}/api/messages`, body, fromClient('198.51.100.1'));
      expect(Number(limited.headers.get('retry-after'))).to.be.greaterThan(0);

      const token = () => fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: fromClient('198.51.100.3') });
      expect(await statuses(4, token)).to.deep.equal([200, 200, 200, 429]);
      const generate = () => fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST', headers: fromClient('198.51.100.4') });
      expect(await statuses(5, generate)).to.deep.equal([200, 200, 200, 200, 429]);
      // Probes are never limited.
      expect(await statuses(20, () => fetch(`${server.url}/healthz`, { headers: fromClient('198.51.100.1') }))).to.not.include(429);
    } finally {
      await server.close();
    }
  });

  it('does not limit /api/messages when channels authenticate (MicrosoftAppId set)', async () => {
    const server = await startServer({
      bot: noReply,
      env: { RATE_LIMIT_MESSAGES_PER_MINUTE: '1', MicrosoftAppId: 'app', MicrosoftAppPassword: 'p', BotOpenIdMetadata: 'http://127.0.0.1:9/none' },
    });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await postJson(`${server.url}/api/messages`, messageActivity('https://smba.example.invalid/', 'hi'));
        expect(res.status).to.equal(401);
      }
    } finally {
      await server.close();
    }
  });

  it('keeps answering /healthz while idle sockets fill the connection cap', async function () {
    this.timeout(20_000);
    const server = await startServer({ bot: noReply, env: { MAX_CONNECTIONS: '50' } });
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < 400; i++) {
        const socket = connect(server.port, '127.0.0.1');
        socket.on('error', () => undefined);
        // Half a request line, never finished.
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
        sockets.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      let ok = 0;
      for (let probe = 0; probe < 20; probe++) if ((await fetch(`${server.url}/healthz`)).status === 200) ok++;
      expect(ok).to.equal(20);
      expect(sockets.filter((socket) => !socket.destroyed && socket.readyState === 'open').length).to.be.at.most(50);
    } finally {
      for (const socket of sockets) socket.destroy();
      await server.close();
    }
  });

  it('sends HSTS when the request came over HTTPS (X-Forwarded-Proto from the proxy), not over plain HTTP', async () => {
    const server = await startServer({ bot: noReply });
    try {
      const viaProxy = await fetch(`${server.url}/healthz`, { headers: { 'X-Forwarded-Proto': 'https' } });
      expect(viaProxy.headers.get('strict-transport-security')).to.match(/^max-age=\d+/);
      expect((await fetch(`${server.url}/healthz`)).headers.get('strict-transport-security')).to.equal(null);
    } finally {
      await server.close();
    }
  });
});
