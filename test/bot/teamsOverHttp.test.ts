/**
 * Teams-shaped activities POSTed to the real server's /api/messages with
 * deliveryMode expectReplies, so the replies come back in the HTTP response:
 * the real CloudAdapter, TeamsActivityHandler routing, per-person state.
 */
import { expect } from 'chai';
import { MemoryStorage, type Activity } from 'botbuilder';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { TURN_ERROR_REPLY } from '../../src/http/adapter';
import { startServer, type RunningServer } from '../server/helpers';
import { BOT, knowledge, THURSDAY_AFTERNOON, type ConversationType, type Person } from './harness';
import { installationUpdate, mentioning } from './teamsActivities';

const ALICE: Person = { id: '29:alice', name: 'Alice' };
const BOB: Person = { id: '29:bob', name: 'Bob' };

describe('Teams activities over HTTP (/api/messages, expectReplies)', () => {
  let server: RunningServer;

  before(async () => {
    const { bot } = buildStationDeskBot({ knowledge, storage: new MemoryStorage(), clock: () => THURSDAY_AFTERNOON });
    server = await startServer({ bot });
  });

  after(async () => server.close());

  /** Posts one activity into a Teams conversation and returns the replies' text. */
  async function post(conversationId: string, type: ConversationType, activity: Partial<Activity>, from?: Person): Promise<string[]> {
    const body = {
      id: `activity-${Math.random().toString(36).slice(2)}`,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      deliveryMode: 'expectReplies',
      recipient: BOT,
      conversation: { id: conversationId, conversationType: type, isGroup: type !== 'personal', tenantId: 'tenant-1' },
      ...activity,
      ...(from ? { from } : {}),
    };
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).to.equal(200);
    const { activities } = (await res.json()) as { activities: { text?: string }[] };
    return activities.map((a) => a.text ?? '');
  }

  it('a channel: one short welcome on install, then mentioned questions answered per person', async () => {
    const channel = `19:general@thread.tacv2;messageid=${Date.now()}`;
    const [welcome, ...more] = await post(channel, 'channel', installationUpdate('add'), ALICE);
    expect(more).to.deep.equal([]);
    expect(welcome).to.match(/Mention me/);
    expect(await post(channel, 'channel', installationUpdate('add'), BOB)).to.deep.equal([]);

    expect((await post(channel, 'channel', mentioning('nearest 24 hour police station'), ALICE)).join(' ').toLowerCase()).to.match(/postcode/);
    const [bobs] = await post(channel, 'channel', mentioning('is Ilford police station open on Sunday?'), BOB);
    expect(bobs).to.match(/Ilford/);
    // In a channel each answer @mentions whom it answers.
    expect(bobs).to.match(/^<at>Bob<\/at> /);
    const [alices] = await post(channel, 'channel', mentioning('SE13 6LW'), ALICE);
    expect(alices).to.match(/Lewisham/);
  });

  it('a personal chat: "@StationDesk wood" offers Woodford or Wood Green', async () => {
    const [choice] = await post(`a:personal-${Date.now()}`, 'personal', mentioning('wood'), ALICE);
    expect(choice).to.match(/Woodford/);
    // One person: nobody to single out with a mention.
    expect(choice).to.not.match(/<at>/);
    expect(choice).to.match(/Wood Green/);
  });

  it('a message with no sender is still answered, as one unnamed person', async () => {
    const [reply] = await post(`a:personal-${Date.now()}`, 'personal', { type: 'message', text: 'is Hayes police station open now?' });
    expect(reply).to.not.equal(TURN_ERROR_REPLY);
    expect(reply).to.match(/Hayes/);
  });
});
