/**
 * In a Teams group chat or channel a reply says whom it answers: it @mentions
 * the person who asked (the `<at>Name</at>` text and a mention entity with
 * their id, which Teams needs to notify them). One-to-one chats, Web Chat and
 * the group's welcome are not addressed to anyone.
 */
import { expect } from 'chai';
import type { Activity, Mention } from 'botbuilder';
import { BOT, Conversation, RESIDENT, type Person } from './harness';
import { installationUpdate, membersAdded, mentioning } from './teamsActivities';

const ALICE: Person = { id: '29:alice', name: 'Alice Smith' };
const BOB: Person = { id: '29:bob', name: 'Bob' };

function mentionsIn(activity: Partial<Activity>): Mention[] {
  return (activity.entities ?? []).filter((e) => e.type === 'mention') as Mention[];
}

/** The one reply a turn sends, checked to be a single message. */
async function onlyReply(chat: Conversation, message: Partial<Activity>, from?: Person): Promise<Partial<Activity>> {
  const replies = (await chat.say(message, from)).filter((a) => a.type === 'message');
  expect(replies, 'one reply').to.have.length(1);
  return replies[0];
}

for (const type of ['groupChat', 'channel'] as const) {
  describe(`Teams ${type}: a reply @mentions the person it answers`, () => {
    let chat: Conversation;
    beforeEach(() => (chat = new Conversation('msteams', undefined, type)));

    it('an answer starts with <at>Name</at> and carries their mention entity', async () => {
      const reply = await onlyReply(chat, mentioning('is Brixton police station open now?'), ALICE);
      expect(reply.text).to.match(/^<at>Alice Smith<\/at> Yes, \*\*Brixton Police Station\*\* is open now/);
      expect(mentionsIn(reply)).to.deep.equal([{ type: 'mention', text: '<at>Alice Smith</at>', mentioned: { id: ALICE.id, name: ALICE.name } }]);
    });

    it('each person is mentioned in their own answers, never someone else', async () => {
      await chat.say(mentioning('nearest 24 hour police station'), ALICE);
      const bobs = await onlyReply(chat, mentioning('is Ilford police station open on Sunday?'), BOB);
      expect(bobs.text).to.match(/^<at>Bob<\/at> /);
      expect(mentionsIn(bobs).map((m) => m.mentioned.id)).to.deep.equal([BOB.id]);
      const alices = await onlyReply(chat, mentioning('SE13 6LW'), ALICE);
      expect(alices.text).to.match(/^<at>Alice Smith<\/at> /);
      expect(mentionsIn(alices).map((m) => m.mentioned.id)).to.deep.equal([ALICE.id]);
    });

    it('a question back (which place? your postcode?) is addressed too', async () => {
      const postcode = await onlyReply(chat, mentioning('nearest 24 hour police station'), BOB);
      expect(postcode.text).to.match(/^<at>Bob<\/at> [\s\S]*postcode/i);
      const choice = await onlyReply(chat, mentioning('is wood police station open'), ALICE);
      expect(choice.text).to.match(/^<at>Alice Smith<\/at> [\s\S]*Woodford/);
    });

    it('a display name is written as text, never as markup', async () => {
      const reply = await onlyReply(chat, mentioning('help'), { id: '29:ann', name: 'Ann <b>&</b>' });
      expect(reply.text).to.match(/^<at>Ann &lt;b&gt;&amp;&lt;\/b&gt;<\/at> /);
      expect(mentionsIn(reply)[0]).to.deep.include({ text: '<at>Ann &lt;b&gt;&amp;&lt;/b&gt;</at>', mentioned: { id: '29:ann', name: 'Ann <b>&</b>' } });
    });

    it('someone without a display name gets the answer without a mention', async () => {
      const reply = await onlyReply(chat, mentioning('is Brixton police station open now?'), { id: '29:nameless', name: '' });
      expect(reply.text).to.match(/^Yes, \*\*Brixton/);
      expect(mentionsIn(reply)).to.deep.equal([]);
    });

    it('the welcome to the whole chat mentions no one', async () => {
      for (const event of [installationUpdate('add', ALICE), { ...membersAdded(BOT), from: ALICE }]) {
        const fresh = new Conversation('msteams', undefined, type);
        const [welcome] = await fresh.say(event);
        expect(welcome.text).to.match(/^Hello everyone/);
        expect(mentionsIn(welcome)).to.deep.equal([]);
      }
    });
  });
}

describe('one person at a time: no mentions', () => {
  for (const channel of ['msteams', 'webchat'] as const) {
    it(`${channel} personal chat`, async () => {
      const chat = new Conversation(channel);
      const [reply] = await chat.say(channel === 'msteams' ? mentioning('is Brixton police station open now?') : 'is Brixton police station open now?', RESIDENT);
      expect(reply.text).to.match(/^Yes, \*\*Brixton/);
      expect(mentionsIn(reply)).to.deep.equal([]);
    });
  }
});
