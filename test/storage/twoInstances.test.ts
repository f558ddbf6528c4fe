/**
 * Two real StationDesk instances on one blob container (Azurite, started
 * here), with truly concurrent HTTP requests: a conversation moves freely
 * between them, a waiting question is consumed exactly once, a redelivered
 * activity is answered once, and no turn is lost or applied twice.
 */
import { ContainerClient } from '@azure/storage-blob';
import { expect } from 'chai';
import { startAzurite, type RunningAzurite } from '../../scripts/azurite';
import { postJson, startStandInConnector, type StandInConnector } from '../server/helpers';
import { ask, type BlobInstance, question, startBlobInstance, storedConversation, turnsRecorded } from './blobInstances';

const TWENTY_FOUR_HOUR_ANSWER = /nearest 24-hour front counter to/i;

describe('two instances on one blob store (Azurite)', function () {
  this.timeout(60_000);

  let azurite: RunningAzurite;
  let connector: StandInConnector;
  let first: BlobInstance;
  let second: BlobInstance;
  let blobs: ContainerClient;
  const container = `stationdesk-two-${process.pid}`;

  before(async () => {
    azurite = await startAzurite();
    connector = await startStandInConnector();
    const env = { ALLOWED_SERVICE_URLS: connector.url };
    first = await startBlobInstance(azurite.connectionString, container, env);
    second = await startBlobInstance(azurite.connectionString, container, env);
    blobs = new ContainerClient(azurite.connectionString, container);
  });

  after(async () => {
    await first?.close();
    await second?.close();
    await connector?.close();
    await azurite?.stop();
  });

  it('a conversation alternating between the instances keeps its context', async () => {
    const conversation = `alternate-${process.pid}`;
    expect((await ask(first, question(conversation, 'nearest 24-hour desk?'))).join('\n')).to.match(/postcode/i);
    expect((await ask(second, question(conversation, 'SE13 6LW'))).join('\n')).to.match(/nearest 24-hour front counter to SE13 6LW is \*\*Lewisham/);
    expect((await ask(first, question(conversation, 'what about on sunday?'))).join('\n')).to.match(/Lewisham/);
    expect(await turnsRecorded(blobs, conversation)).to.equal(3);
  });

  it('two postcodes racing to answer one waiting question on the two instances: exactly one of them gets it', async () => {
    const conversations = Array.from({ length: 8 }, (_, i) => `race-${process.pid}-${i}`);
    await Promise.all(conversations.map((c) => ask(first, question(c, 'nearest 24 hour police station'))));
    const answers = await Promise.all(
      conversations.map(async (c) => {
        const [onFirst, onSecond] = await Promise.all([ask(first, question(c, 'SE13 6LW')), ask(second, question(c, 'RM10 7TU'))]);
        return { c, onFirst: onFirst.join('\n'), onSecond: onSecond.join('\n') };
      }),
    );
    for (const { c, onFirst, onSecond } of answers) {
      const consumed = [onFirst, onSecond].filter((text) => TWENTY_FOUR_HOUR_ANSWER.test(text));
      expect(consumed, `${c}: ${onFirst} ||| ${onSecond}`).to.have.length(1);
      expect(onFirst, c).to.not.equal('');
      expect(onSecond, c).to.not.equal('');
      expect(await turnsRecorded(blobs, c), c).to.equal(3);
    }
  });

  it('an activity delivered to both instances at once is answered once and counted once', async () => {
    const conversation = `redelivered-${process.pid}`;
    await ask(first, question(conversation, 'is Brixton open now?'));
    const twice = question(conversation, 'is Lewisham open now?');
    const [onFirst, onSecond] = await Promise.all([ask(first, twice), ask(second, twice)]);
    expect([onFirst, onSecond].filter((replies) => replies.length > 0)).to.have.length(1);
    expect([...onFirst, ...onSecond].join('\n')).to.match(/Lewisham/);
    // And once more, later: still nothing sent, nothing counted.
    expect(await ask(second, twice)).to.deep.equal([]);
    expect(await turnsRecorded(blobs, conversation)).to.equal(2);
  });

  it('"forget me" on one instance deletes the conversation\'s blob that the other wrote, and nothing of it is left', async () => {
    const conversation = `forget-${process.pid}`;
    await ask(first, question(conversation, 'nearest police station to RM10 7TU'));
    expect(JSON.stringify(await storedConversation(blobs, conversation))).to.contain('RM10 7TU');
    expect((await ask(second, question(conversation, 'forget me'))).join('\n').toLowerCase()).to.match(/clear|forgot|deleted/);
    expect(await storedConversation(blobs, conversation)).to.equal(undefined);
    // Nor any other item of this resident's (user state is keyed by their id, which names the conversation here).
    const left: string[] = [];
    for await (const item of blobs.listBlobsFlat()) if (decodeURIComponent(item.name).includes(conversation)) left.push(item.name);
    expect(left).to.deep.equal([]);
  });

  it('twenty different activities racing across both instances through the channel: every one answered once, none lost', async () => {
    const conversation = `twenty-${process.pid}`;
    const before = connector.received.length;
    const activities = Array.from({ length: 20 }, (_, i) => ({
      ...question(conversation, i % 2 ? 'is Charing Cross open now?' : 'which police front desks are open 24/7'),
      deliveryMode: undefined,
      serviceUrl: connector.url,
    }));
    const statuses = await Promise.all(activities.map((activity, i) => postJson(`${(i % 2 ? first : second).url}/api/messages`, activity).then((res) => res.status)));
    expect(statuses.every((status) => status === 200)).to.equal(true);
    const replies = (await connector.waitFor(before + 20)).slice(before);
    // One reply per activity (each answers with one message), addressed to it; none sent twice.
    expect(replies).to.have.length(20);
    expect(new Set(replies.map((reply) => reply.body.replyToId)).size).to.equal(20);
    expect(await turnsRecorded(blobs, conversation)).to.equal(20);
  });
});
