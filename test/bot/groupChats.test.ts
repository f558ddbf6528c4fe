/**
 * Several people talking to the bot in one Teams group chat or channel: each
 * person's waiting question and follow-ups are their own, and "forget me"
 * forgets only the person who asked. Every message @mentions the bot, as Teams
 * requires in groups.
 */
import { expect } from 'chai';
import { Conversation, type Person } from './harness';
import { installationUpdate, mentioning } from './teamsActivities';

const ALICE: Person = { id: '29:alice', name: 'Alice' };
const BOB: Person = { id: '29:bob', name: 'Bob' };

/** The first sentence of a reply, where the answer to what was asked is. */
const firstSentence = (text: string) => text.split(/(?<=[.:?!])\s/)[0];

for (const type of ['groupChat', 'channel'] as const) {
  describe(`Teams ${type}: each person's conversation is their own`, () => {
    let chat: Conversation;
    beforeEach(() => (chat = new Conversation('msteams', undefined, type)));

    it("B's postcode does not answer A's waiting question; A's own postcode does", async () => {
      const asked = await chat.ask(mentioning('nearest 24-hour desk?'), ALICE);
      expect(asked.toLowerCase()).to.match(/postcode/);

      // Bob's bare postcode is a question of his own: the desks near it, not Alice's 24-hour desk.
      const bobs = await chat.ask(mentioning('E17 4PP'), BOB);
      expect(bobs).to.match(/E17 4PP/);
      expect(firstSentence(bobs)).to.not.match(/24-hour|24 hours/i);

      // Alice's question was still waiting for her.
      const alices = await chat.ask(mentioning('E17 4PP'), ALICE);
      expect(firstSentence(alices)).to.match(/24-hour|24 hours/i);
      expect(firstSentence(alices)).to.match(/Charing Cross/);
    });

    it("A's choice between places is made by A: B's \"the first one\" is not taken as A's pick", async () => {
      const [choice] = await chat.say(mentioning('is wood police station open'), ALICE);
      expect(choice.text).to.match(/Woodford/);
      expect(choice.text).to.match(/Wood Green/);
      expect(await chat.ask(mentioning('the first one'), BOB)).to.not.match(/Woodford|Wood Green/);
      const picked = await chat.ask(mentioning('the first one'), ALICE);
      expect(firstSentence(picked)).to.match(/Woodford|Wood Green/);
    });

    it('follow-ups lean on what the same person asked last', async () => {
      await chat.ask(mentioning('Plumstead police station hours'), ALICE);
      await chat.ask(mentioning('Brixton police station hours'), BOB);
      const alices = await chat.ask(mentioning('and on Sunday?'), ALICE);
      expect(alices).to.match(/Plumstead/);
      expect(alices).to.not.match(/Brixton/);
      const bobs = await chat.ask(mentioning('and on Sunday?'), BOB);
      expect(bobs).to.match(/Brixton/);
      expect(bobs).to.not.match(/Plumstead/);
    });

    it('"forget me" forgets only the person who asked; the other keeps their waiting question', async () => {
      await chat.say(installationUpdate('add', ALICE));
      await chat.ask(mentioning('nearest police station to RM10 7TU'), ALICE);
      await chat.ask(mentioning('nearest 24 hour police station'), BOB);
      expect(chat.storage.dump()).to.match(/RM10 7TU/);

      const forgot = await chat.ask(mentioning('forget me'), ALICE);
      expect(forgot.toLowerCase()).to.match(/cleared|forgot|deleted/);
      expect(chat.storage.dump()).to.not.match(/RM10 7TU/);

      // Bob's question is still waiting for his postcode.
      const bobs = await chat.ask(mentioning('SE13 6LW'), BOB);
      expect(firstSentence(bobs)).to.match(/24-hour|24 hours/i);
      expect(bobs).to.match(/Lewisham/);

      // The chat's own state stays: the bot does not welcome the group again.
      expect(await chat.say(installationUpdate('add', BOB))).to.deep.equal([]);
    });

    it('"forget me" during a waiting question drops only that person\'s question', async () => {
      await chat.ask(mentioning('nearest 24 hour police station'), ALICE);
      await chat.ask(mentioning('nearest 24 hour police station'), BOB);
      await chat.ask(mentioning('forget me'), BOB);
      expect(firstSentence(await chat.ask(mentioning('SE13 6LW'), ALICE))).to.match(/24-hour|24 hours/i);
      expect(firstSentence(await chat.ask(mentioning('SE13 6LW'), BOB))).to.not.match(/24-hour|24 hours/i);
    });
  });
}

describe('Teams personal chat: one person, unchanged', () => {
  it('"forget me" clears everything stored for the chat, and the next question starts afresh', async () => {
    const chat = new Conversation('msteams');
    await chat.say(installationUpdate('add'));
    await chat.ask('nearest 24 hour police station');
    await chat.ask('forget me');
    expect(chat.storage.dump()).to.equal('{}');
    expect(firstSentence(await chat.ask('SE13 6LW'))).to.not.match(/24-hour|24 hours/i);
  });
});
