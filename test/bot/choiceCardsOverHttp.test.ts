/**
 * Choice-card clicks as Teams really delivers them: the choice goes out
 * through the channel's Bot Connector (a local stand-in here), the click comes
 * back as an `adaptiveCard/action` invoke to /api/messages, and the HTTP
 * response to that invoke is what Teams shows in place of the card. The real
 * server, CloudAdapter and bot, and the production turn pipeline (TurnRunner
 * over TurnStorage, which holds every reply and update until the turn's state
 * is committed); no expectReplies unless a test says so.
 */
import { expect } from 'chai';
import type { Activity, AdaptiveCardInvokeResponse } from 'botbuilder';
import { buildStationDeskBot } from '../../src/bots/buildStationDeskBot';
import { createStorage } from '../../src/storage';
import { checkAdaptiveCard, cardTexts } from '../replies/adaptiveCardChecker';
import { captureLogs, postJson, startServer, startStandInConnector, type RecordedActivity, type RunningServer, type StandInConnector } from '../server/helpers';
import { BOT, cardOf, knowledge, THURSDAY_AFTERNOON, type ConversationType, type Person } from './harness';
import { cardClick, mentioning } from './teamsActivities';

const ALICE: Person = { id: '29:alice', name: 'Alice' };
const BOB: Person = { id: '29:bob', name: 'Bob' };

describe('Teams choice cards over HTTP (/api/messages and a stand-in Bot Connector)', () => {
  let server: RunningServer;
  let connector: StandInConnector;

  before(async () => {
    connector = await startStandInConnector();
    const logs = captureLogs();
    const state = createStorage({ kind: 'memory' }, { logger: logs.logger });
    const { bot } = buildStationDeskBot({ knowledge, storage: state.storage, clock: () => THURSDAY_AFTERNOON });
    server = await startServer({ bot, state: state.storage, logs, env: { ALLOWED_SERVICE_URLS: connector.url } });
  });
  after(async () => {
    await server.close();
    await connector.close();
  });

  function teamsActivity(conversationId: string, type: ConversationType, activity: Partial<Activity>, from: Person, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: `activity-${Math.random().toString(36).slice(2)}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      recipient: BOT,
      conversation: { id: conversationId, conversationType: type, isGroup: type !== 'personal', tenantId: 'tenant-1' },
      ...activity,
      from,
      ...extra,
    };
  }

  /** Posts a message and returns what the bot sent through the connector, with the ids the connector gave. */
  async function say(conversationId: string, type: ConversationType, words: string, from: Person): Promise<(RecordedActivity & { id: string })[]> {
    const before = connector.received.length;
    const res = await postJson(`${server.url}/api/messages`, teamsActivity(conversationId, type, mentioning(words), from));
    expect(res.status).to.equal(200);
    // The stand-in answers the nth activity it receives with the id `reply-n`.
    return connector.received.slice(before).map((r, i) => ({ ...r, id: `reply-${before + i + 1}` }));
  }

  function woodfordButton(card: Record<string, unknown>): Record<string, unknown> {
    const set = (card.body as Record<string, unknown>[]).find((el) => el.type === 'ActionSet')!;
    return (set.actions as Record<string, unknown>[]).find((a) => /^Woodford/.test(String(a.title)))!;
  }

  async function clickWoodford(conversationId: string, type: ConversationType, choice: RecordedActivity & { id: string }, from: Person) {
    const before = connector.received.length;
    const invoke = cardClick(woodfordButton(cardOf(choice.body as Partial<Activity>)!), { cardMessageId: choice.id });
    const res = await postJson(`${server.url}/api/messages`, teamsActivity(conversationId, type, invoke, from));
    return { status: res.status, body: (await res.json()) as AdaptiveCardInvokeResponse, connector: connector.received.slice(before) };
  }

  function words(card: unknown): string {
    return cardTexts((card as { body: unknown }).body).join('\n');
  }

  it('personal chat: the invoke is answered with the answer card, and the choice message is updated to the answer', async () => {
    const conversation = `a:personal-choice-${Date.now()}`;
    const [choice] = await say(conversation, 'personal', 'nearest 24 hour desk to wood', ALICE);
    expect(choice.method).to.equal('POST');

    const clicked = await clickWoodford(conversation, 'personal', choice, ALICE);
    expect(clicked.status).to.equal(200);
    expect(clicked.body).to.include({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(checkAdaptiveCard(clicked.body.value, { teams: true })).to.deep.equal([]);
    expect(words(clicked.body.value)).to.match(/nearest 24-hour front counter to Woodford is \*\*Charing Cross/);

    // One update, of the clicked message, through the connector: its text summary and the same card.
    expect(clicked.connector).to.have.length(1);
    const [update] = clicked.connector;
    expect(update.method).to.equal('PUT');
    expect(update.path).to.equal(`/v3/conversations/${encodeURIComponent(conversation)}/activities/${choice.id}`);
    expect(update.body.text).to.match(/^The nearest 24-hour front counter to Woodford is \*\*Charing Cross/);
    expect(cardOf(update.body as Partial<Activity>)).to.deep.equal(clicked.body.value);
  });

  it("group chat: another person's click is answered in place for them; the chat gets their summary, the asker's card stays", async () => {
    const conversation = `19:group-choice-${Date.now()}@thread.v2`;
    const [choice] = await say(conversation, 'groupChat', 'nearest 24 hour desk to wood', ALICE);

    const bobs = await clickWoodford(conversation, 'groupChat', choice, BOB);
    expect(bobs.status).to.equal(200);
    expect(words(bobs.body.value)).to.match(/Woodford/);
    expect(words(bobs.body.value)).to.not.match(/nearest 24-hour front counter to Woodford is/);
    expect(bobs.connector.map((r) => r.method)).to.deep.equal(['POST']);
    expect(bobs.connector[0].body.text).to.match(/^<at>Bob<\/at> /);
    expect(bobs.connector[0].body.entities).to.deep.include({ type: 'mention', text: '<at>Bob</at>', mentioned: { id: BOB.id, name: BOB.name } });

    const alices = await clickWoodford(conversation, 'groupChat', choice, ALICE);
    expect(words(alices.body.value)).to.match(/nearest 24-hour front counter to Woodford is \*\*Charing Cross/);
    expect(alices.connector.map((r) => r.method)).to.deep.equal(['PUT']);
    expect(alices.connector[0].body.text).to.match(/^<at>Alice<\/at> The nearest 24-hour front counter to Woodford/);
  });

  it('a malformed click is answered 400 with an error body, sends nothing, and the server keeps serving', async () => {
    const conversation = `a:personal-bad-${Date.now()}`;
    const [choice] = await say(conversation, 'personal', 'nearest 24 hour desk to wood', ALICE);
    // Well-formed invokes the bot cannot act on get Universal Actions' error shape from the bot;
    // the HTTP edge refuses a value without a typed card action before the bot, with its own { code, message }.
    const malformed: [unknown, 'bot' | 'edge'][] = [
      [{ action: { type: 'Action.Execute', verb: 'unknownVerb', data: { choice: 'Woodford' } } }, 'bot'],
      [{ action: { type: 'Action.Execute', verb: 'choose', data: { place: 'Woodford' } } }, 'bot'],
      [{ action: { type: 'Action.Execute', verb: 'choose', data: { choice: 'Woodford' } }, trigger: 'automatic' }, 'bot'],
      [{ action: 'choose' }, 'edge'],
      [{}, 'edge'],
      ['Woodford', 'edge'],
    ];
    for (const [value, refusedBy] of malformed) {
      const before = connector.received.length;
      const res = await postJson(`${server.url}/api/messages`, teamsActivity(conversation, 'personal', { ...cardClick({}), value, replyToId: choice.id }, ALICE));
      expect(res.status, JSON.stringify(value)).to.equal(400);
      const body = (await res.json()) as Record<string, unknown>;
      if (refusedBy === 'bot') expect(body, JSON.stringify(value)).to.deep.include({ statusCode: 400, type: 'application/vnd.microsoft.error' });
      else expect(body, JSON.stringify(value)).to.include({ code: 'BadRequest' });
      expect(connector.received.length).to.equal(before);
    }
    expect(server.logs.text()).to.not.match(/turn failed|activity failed/);
    const clicked = await clickWoodford(conversation, 'personal', choice, ALICE);
    expect(words(clicked.body.value)).to.match(/nearest 24-hour front counter to Woodford/);
  });

  it('with expectReplies, the summary and the invoke response both come back in the HTTP response', async () => {
    const conversation = `a:personal-expect-${Date.now()}`;
    const [choice] = await say(conversation, 'personal', 'nearest 24 hour desk to wood', ALICE);
    const before = connector.received.length;
    const invoke = cardClick(woodfordButton(cardOf(choice.body as Partial<Activity>)!), { cardMessageId: choice.id });
    const res = await postJson(`${server.url}/api/messages`, teamsActivity(conversation, 'personal', invoke, ALICE, { deliveryMode: 'expectReplies' }));
    expect(res.status).to.equal(200);
    const { activities } = (await res.json()) as { activities: Partial<Activity>[] };
    expect(activities.map((a) => a.type)).to.deep.equal(['message', 'invokeResponse']);
    expect(activities[0].text).to.match(/^The nearest 24-hour front counter to Woodford/);
    const response = activities[1].value as { status: number; body: AdaptiveCardInvokeResponse };
    expect(response.status).to.equal(200);
    expect(words(response.body.value)).to.match(/nearest 24-hour front counter to Woodford/);
    expect(connector.received.length, 'nothing went through the connector').to.equal(before);
  });
});
