/**
 * The page's Direct Line, both ways: the local Direct Line (no secret, anonymous
 * bot) end to end over HTTP with the real adapter, and the Azure token
 * exchange (DIRECTLINE_SECRET) against a stand-in Direct Line service.
 */
import { createServer as createHttpServer } from 'node:http';
import { expect } from 'chai';
import { PlaceholderBot } from './echoBot';
import { ConversationStore } from '../../src/directline/conversationStore';
import { LocalTokenIssuer } from '../../src/directline/localTokens';
import { closeServer, listenOnLoopback, postJson, readJson, reply, type RunningServer, startServer } from './helpers';

interface ActivityJson {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelData?: Record<string, unknown>;
}

interface ActivitySetJson {
  activities: ActivityJson[];
  watermark: string;
}

function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

async function json<T>(res: Response): Promise<T> {
  expect(res.headers.get('content-type')).to.match(/json/);
  return (await res.json()) as T;
}

describe('Local Direct Line over HTTP', () => {
  let server: RunningServer;
  let dl: string;

  before(async () => {
    server = await startServer({ bot: new PlaceholderBot('StationDesk') });
    dl = `${server.url}/v3/directline`;
  });
  after(() => server.close());

  async function startConversation(): Promise<{ conversationId: string; token: string; userId: string }> {
    const pageToken = await json<{ token: string; userId: string; domain: string; webSocket: boolean }>(
      await fetch(`${server.url}/api/directline/token`, { method: 'POST' }),
    );
    expect(pageToken.domain).to.equal('/v3/directline');
    expect(pageToken.webSocket).to.equal(false);
    const started = await fetch(`${dl}/conversations`, { method: 'POST', headers: bearer(pageToken.token) });
    expect(started.status).to.equal(201);
    const { conversationId, token } = await json<{ conversationId: string; token: string }>(started);
    return { conversationId, token, userId: pageToken.userId };
  }

  async function poll(conversationId: string, token: string, watermark = ''): Promise<ActivitySetJson> {
    const res = await fetch(`${dl}/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: bearer(token) });
    expect(res.status).to.equal(200);
    return json<ActivitySetJson>(res);
  }

  it('round trip: start, get the welcome, say "hi", poll, see the echo and the bot reply', async () => {
    const { conversationId, token, userId } = await startConversation();

    // The bot greeted the new member (conversationUpdate) before the user typed anything.
    const first = await poll(conversationId, token);
    expect(first.activities).to.have.length(1);
    expect(first.activities[0].from.role).to.equal('bot');
    expect(first.activities[0].text).to.contain('StationDesk');

    const posted = await postJson(
      `${dl}/conversations/${conversationId}/activities`,
      { type: 'message', text: 'hi', from: { id: 'someone-else', name: 'Resident' }, channelData: { clientActivityID: 'client-1' } },
      bearer(token),
    );
    expect(posted.status).to.equal(200);
    const { id } = await json<{ id: string }>(posted);
    expect(id).to.match(new RegExp(`^${conversationId}\\|\\d+$`));

    const next = await poll(conversationId, token, first.watermark);
    const [echo, botReply] = next.activities;
    // The echo carries the client's id so Web Chat can mark its message sent; the user id comes from the token, not the client.
    expect(echo).to.include({ id, type: 'message', text: 'hi' });
    expect(echo.from.id).to.equal(userId);
    expect(echo.channelData).to.deep.equal({ clientActivityID: 'client-1' });
    // The reply went out through serviceUrl (the connector route), answering the user's activity.
    expect(botReply.from.role).to.equal('bot');
    expect(botReply.text).to.equal('You said: hi');
    expect(botReply.replyToId).to.equal(id);
    expect(botReply).to.not.have.property('serviceUrl');

    // Nothing new after the last watermark.
    expect((await poll(conversationId, token, next.watermark)).activities).to.deep.equal([]);
  });

  it('refreshes a token for the same user and conversation', async () => {
    const { conversationId, token } = await startConversation();
    const res = await fetch(`${dl}/tokens/refresh`, { method: 'POST', headers: bearer(token) });
    expect(res.status).to.equal(200);
    const refreshed = await json<{ token: string; conversationId: string }>(res);
    expect(refreshed.conversationId).to.equal(conversationId);
    expect((await poll(conversationId, refreshed.token)).activities.length).to.be.greaterThan(0);
  });

  it('rejects missing, forged and other people\'s tokens', async () => {
    const mine = await startConversation();
    const theirs = await startConversation();
    const url = `${dl}/conversations/${mine.conversationId}/activities`;

    expect((await fetch(url)).status).to.equal(401);
    const forged = new LocalTokenIssuer().issue({ user: mine.userId, conversationId: mine.conversationId }).token;
    expect((await fetch(url, { headers: bearer(forged) })).status).to.equal(403);
    expect((await fetch(url, { headers: bearer(theirs.token) })).status).to.equal(403);
    expect((await postJson(url, { type: 'message', text: 'not mine' }, bearer(theirs.token))).status).to.equal(403);
    // And nothing was added to my conversation.
    expect((await poll(mine.conversationId, mine.token)).activities.map((a) => a.text)).to.not.include('not mine');
  });

  it('answers bad input with clean 4xx', async () => {
    const { conversationId, token } = await startConversation();
    const url = `${dl}/conversations/${conversationId}/activities`;
    const cases: [unknown, number][] = [
      [{ type: 'conversationUpdate' }, 400],
      [{ type: 'message', text: 42 }, 400],
      [{ type: 'message', text: 'x'.repeat(5001) }, 400],
      [{ type: 'message', text: 'file', attachments: [{ contentType: 'image/png', contentUrl: 'http://example.invalid/x.png' }] }, 400],
      [[], 400],
      [{ type: 'message', text: 'big', channelData: { padding: 'p'.repeat(100_000) } }, 413],
    ];
    for (const [body, status] of cases) {
      const res = await postJson(url, body, bearer(token));
      expect(res.status, JSON.stringify(body).slice(0, 80)).to.equal(status);
      expect(await res.json()).to.have.property('code');
    }
    expect((await fetch(`${url}?watermark=abc`, { headers: bearer(token) })).status).to.equal(400);
    expect((await fetch(`${dl}/conversations/no-such-conversation/activities`, { headers: bearer(token) })).status).to.equal(404);
  });

  it('does not expose the connector routes on the public port', async () => {
    const { conversationId } = await startConversation();
    const res = await postJson(`${server.url}/v3/conversations/${conversationId}/activities`, { type: 'message', text: 'I am the bot, honest' });
    expect(res.status).to.equal(404);
  });

  it('issues tokens from /v3/directline/tokens/generate as Direct Line does', async () => {
    const res = await fetch(`${dl}/tokens/generate`, { method: 'POST' });
    expect(res.status).to.equal(200);
    const { token, expires_in } = await json<{ token: string; expires_in: number }>(res);
    expect(expires_in).to.be.greaterThan(0);
    const started = await fetch(`${dl}/conversations`, { method: 'POST', headers: bearer(token) });
    expect(started.status).to.equal(201);
  });
});

describe('Local Direct Line memory bounds', () => {
  it('keeps at most maxConversations, dropping the least recently used one idle past the protected minutes', () => {
    let now = 0;
    const store = new ConversationStore({ maxConversations: 2, protectMinutes: 5, now: () => now });
    store.create('a', 'u');
    store.create('b', 'u');
    now += 6 * 60_000;
    store.get('a');
    expect(store.create('c', 'u')).to.not.equal(undefined);
    expect(store.size).to.equal(2);
    expect(store.get('b')).to.equal(undefined);
    expect(store.get('a')).to.not.equal(undefined);
    expect(store.get('c')).to.not.equal(undefined);
  });

  it('never evicts a conversation used in the last few minutes for a new one: the newcomer is refused', () => {
    let now = 0;
    const store = new ConversationStore({ maxConversations: 3, protectMinutes: 5, now: () => now });
    store.create('live', 'u');
    for (let i = 0; i < 500; i++) {
      now += 1;
      store.create(`flood-${i}`, 'attacker');
    }
    now += 4 * 60_000;
    expect(store.get('live')).to.not.equal(undefined);
    expect(store.size).to.equal(3);
    expect(store.append('live', { type: 'message', text: 'still here' })).to.have.property('id');
  });

  it('bounds memory in bytes: a too-large activity is refused, a conversation keeps its newest activities within its byte cap, and the store its total', () => {
    let now = 0;
    const store = new ConversationStore({ maxActivityBytes: 2_000, maxConversationBytes: 5_000, maxTotalBytes: 12_000, protectMinutes: 5, now: () => now });
    store.create('a', 'u');
    expect(store.append('a', { type: 'message', text: 'x'.repeat(3_000) })).to.equal('too-large');
    for (let i = 0; i < 10; i++) store.append('a', { type: 'message', text: `${i}:${'y'.repeat(1_500)}` });
    const kept = store.since('a', undefined)!;
    expect(Buffer.byteLength(JSON.stringify(kept.activities))).to.be.at.most(5_000);
    expect(kept.activities.at(-1)?.text).to.match(/^9:/);
    expect(kept.watermark).to.equal('10');

    // Three busy conversations fill the store: a fourth's activity is refused, not stored at their expense...
    store.create('b', 'u');
    store.create('c', 'u');
    for (let i = 0; i < 3; i++) for (const id of ['b', 'c']) store.append(id, { type: 'message', text: 'z'.repeat(1_500) });
    store.create('d', 'u');
    let refused = 0;
    for (let i = 0; i < 5; i++) if (store.append('d', { type: 'message', text: 'w'.repeat(1_500) }) === 'full') refused++;
    expect(refused).to.be.greaterThan(0);
    expect(store.bytes).to.be.at.most(12_000);
    // ...until the others have been idle past the protected minutes.
    now += 6 * 60_000;
    expect(store.append('d', { type: 'message', text: 'w'.repeat(1_500) })).to.have.property('id');
    expect(store.bytes).to.be.at.most(12_000);
  });

  it('keeps at most maxActivitiesPerConversation, the newest, with a watermark that keeps counting', () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 3 });
    store.create('a', 'u');
    for (let i = 1; i <= 5; i++) store.append('a', { type: 'message', text: `m${i}` });
    const all = store.since('a', undefined);
    expect(all?.activities.map((a) => a.text)).to.deep.equal(['m3', 'm4', 'm5']);
    expect(all?.watermark).to.equal('5');
    expect(store.since('a', 4)?.activities.map((a) => a.text)).to.deep.equal(['m5']);
  });

  it('forgets a conversation idle longer than idleMinutes', () => {
    let now = 0;
    const store = new ConversationStore({ idleMinutes: 10, now: () => now });
    store.create('a', 'u');
    now = 9 * 60_000;
    expect(store.get('a')).to.not.equal(undefined);
    now += 11 * 60_000;
    expect(store.get('a')).to.equal(undefined);
    expect(store.append('a', { type: 'message' })).to.equal('gone');
  });

  it('rejects expired local tokens', () => {
    let now = 1_000_000;
    const issuer = new LocalTokenIssuer({ lifetimeSeconds: 60, now: () => now });
    const { token } = issuer.issue({ user: 'dl_x' });
    expect(issuer.check(token)).to.deep.include({ ok: true });
    now += 61_000;
    expect(issuer.check(token)).to.deep.equal({ ok: false, reason: 'expired' });
  });
});

describe('Azure Direct Line token exchange (DIRECTLINE_SECRET)', () => {
  const SECRET = 'test-directline-secret-value';
  const requests: { authorization?: string; body: Record<string, unknown> }[] = [];
  let failNext = false;
  const standIn = createHttpServer(async (req, res) => {
    const body = await readJson(req);
    requests.push({ authorization: req.headers.authorization, body });
    if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') return reply(res, 404, {});
    if (failNext) return reply(res, 500, { error: { code: 'ServiceError', message: `secret ${SECRET} rejected` } });
    if (req.headers.authorization !== `Bearer ${SECRET}`) return reply(res, 403, {});
    return reply(res, 200, { conversationId: 'azure-conversation-1', token: 'short-lived-token', expires_in: 3600 });
  });
  let server: RunningServer;
  let endpoint: string;

  before(async () => {
    endpoint = `${await listenOnLoopback(standIn)}/v3/directline`;
    server = await startServer({ bot: new PlaceholderBot(), env: { DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: endpoint } });
  });
  after(async () => {
    await server.close();
    await closeServer(standIn);
  });

  it('trades the secret for a token; the browser gets the token, never the secret', async () => {
    const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const text = await res.text();
    expect(text).to.not.contain(SECRET);
    const body = JSON.parse(text) as { token: string; domain: string; userId: string; webSocket: boolean };
    expect(body).to.include({ token: 'short-lived-token', domain: endpoint, webSocket: true });

    const call = requests.at(-1);
    expect(call?.authorization).to.equal(`Bearer ${SECRET}`);
    // The token is bound to a server-chosen "dl_" user id, so a browser cannot pick someone else's.
    expect(call?.body).to.deep.equal({ user: { id: body.userId } });
    expect(body.userId).to.match(/^dl_[0-9a-f]{24}$/);
  });

  it('answers 502 when Direct Line fails, without leaking anything it said', async () => {
    failNext = true;
    try {
      const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).to.equal(502);
      expect(await res.text()).to.not.contain(SECRET);
      expect(server.logs.text()).to.not.contain(SECRET);
    } finally {
      failNext = false;
    }
  });

  it('allows the Direct Line origin in the page\'s Content-Security-Policy and serves no local Direct Line', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).to.contain(new URL(endpoint).origin);
    expect((await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).to.equal(404);
  });
});
