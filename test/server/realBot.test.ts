/**
 * The real StationDesk bot behind the real server: activities POSTed to
 * /api/messages as a channel would, replies arriving at the channel's
 * serviceUrl (a stand-in connector) or, with deliveryMode expectReplies, in the
 * HTTP response itself.
 */
import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { DateTime } from 'luxon';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { FrontCounterKnowledge } from '../../src/stations';
import { startServer, startStandInConnector, type RunningServer, type StandInConnector } from './helpers';

const knowledge = FrontCounterKnowledge.load();
const THURSDAY_AFTERNOON = DateTime.fromISO('2026-11-26T14:00', { zone: 'Europe/London' });

function activity(serviceUrl: string, conversationId: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `msg-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: 'resident-1', name: 'Resident' },
    recipient: { id: 'stationdesk', name: 'StationDesk' },
    conversation: { id: conversationId, conversationType: 'personal' },
    text,
    ...extra,
  };
}

describe('the real bot over HTTP (/api/messages)', () => {
  let server: RunningServer;
  let connector: StandInConnector;

  before(async () => {
    const { bot } = buildStationDeskBot({ knowledge, storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON });
    connector = await startStandInConnector();
    server = await startServer({ bot, env: { ALLOWED_SERVICE_URLS: connector.url } });
  });

  after(async () => {
    await server.close();
    await connector.close();
  });

  it('answers through the serviceUrl, with Teams-safe suggestions and a 1.5 card', async () => {
    const before = connector.received.length;
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, 'conv-http-1', 'is Woodford staying open?')),
    });
    expect(res.status).to.be.oneOf([200, 201, 202]);
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    expect(reply.path).to.match(/\/v3\/conversations\/conv-http-1\/activities/);
    expect(String(reply.body.text)).to.match(/Woodford/);
    expect(String(reply.body.text)).to.match(/2013/);
    const actions = (reply.body.suggestedActions as { actions?: unknown[] } | undefined)?.actions ?? [];
    expect(actions.length).to.be.at.most(3);
    const attachments = (reply.body.attachments as { contentType: string; content: { version?: string } }[] | undefined) ?? [];
    const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card?.content.version).to.equal('1.5');
  });

  it('keeps the conversation across requests (a follow-up takes the place from the last turn)', async () => {
    const post = (text: string) =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity(connector.url, 'conv-http-2', text)),
      });
    let count = connector.received.length;
    await post('nearest 24 hour police station');
    const [question] = (await connector.waitFor(count + 1)).slice(count);
    expect(String(question.body.text).toLowerCase()).to.match(/postcode/);
    count = connector.received.length;
    await post('SE13 6LW');
    const [answer] = (await connector.waitFor(count + 1)).slice(count);
    expect(String(answer.body.text)).to.match(/Lewisham/);
  });

  it('returns the replies in the response body with deliveryMode expectReplies', async () => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('https://unused.invalid', 'conv-http-3', 'which police front desks are open 24/7', { deliveryMode: 'expectReplies' })),
    });
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { activities: { text?: string }[] };
    const text = body.activities.map((a) => a.text ?? '').join('\n');
    expect(text).to.match(/Charing Cross/);
    expect(text).to.match(/Lewisham/);
  });
});
