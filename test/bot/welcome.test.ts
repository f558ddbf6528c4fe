/**
 * The welcome, said once per conversation: on Teams' installationUpdate or when
 * the bot itself is added (Teams sends both on install), when a resident joins
 * a Web Chat; in a group chat or team a short welcome to everyone when the bot
 * joins, and nothing when colleagues join later.
 */
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { BOT, Conversation, RESIDENT, type Person } from './harness';
import { installationUpdate, membersAdded } from './teamsActivities';

const ALICE: Person = { id: '29:alice', name: 'Alice' };
const BOB: Person = { id: '29:bob', name: 'Bob' };

/** The welcome a resident gets in a one-to-one chat: what it does, not for crime reports, 999 and 101. */
function expectPersonalWelcome(replies: Partial<Activity>[]) {
  expect(replies).to.have.length(1);
  const text = replies[0].text ?? '';
  expect(text).to.match(/I'm StationDesk/);
  expect(text).to.match(/999/);
  expect(text).to.match(/101/);
  expect(text.toLowerCase()).to.match(/can't take crime reports/);
}

/** The short welcome to a group: says to @mention the bot, and 999; shorter than the personal one. */
function expectGroupWelcome(replies: Partial<Activity>[]) {
  expect(replies).to.have.length(1);
  const text = replies[0].text ?? '';
  expect(text).to.match(/StationDesk/);
  expect(text).to.match(/@StationDesk/);
  expect(text.toLowerCase()).to.match(/mention me/);
  expect(text).to.match(/999/);
}

describe('welcome, once per conversation', () => {
  describe('Teams personal chat', () => {
    let chat: Conversation;
    beforeEach(() => (chat = new Conversation('msteams', undefined, 'personal')));

    it('installationUpdate add: the full welcome, and a second add does not repeat it', async () => {
      expectPersonalWelcome(await chat.say(installationUpdate('add')));
      expect(await chat.say(installationUpdate('add'))).to.deep.equal([]);
      expect(await chat.say(installationUpdate('add-upgrade'))).to.deep.equal([]);
    });

    it('membersAdded with the bot only (no installationUpdate): the full welcome, once', async () => {
      expectPersonalWelcome(await chat.say(membersAdded(BOT)));
      expect(await chat.say(membersAdded(BOT))).to.deep.equal([]);
    });

    it('install followed by the bot being added (Teams sends both): one welcome', async () => {
      expectPersonalWelcome(await chat.say(installationUpdate('add')));
      expect(await chat.say(membersAdded(BOT))).to.deep.equal([]);
    });

    it('install and membersAdded arriving at the same time: still one welcome', async () => {
      await Promise.all([chat.adapter.receiveActivity(installationUpdate('add')), chat.adapter.receiveActivity(membersAdded(BOT))]);
      const welcomes = chat.adapter.activeQueue.splice(0);
      expectPersonalWelcome(welcomes);
      expect(await chat.say(installationUpdate('add'))).to.deep.equal([]);
    });

    it('add-upgrade on its own welcomes too (the app was added in an upgrade)', async () => {
      expectPersonalWelcome(await chat.say(installationUpdate('add-upgrade')));
    });

    it('removed and added again: welcomed again', async () => {
      expectPersonalWelcome(await chat.say(installationUpdate('add')));
      expect(await chat.say(installationUpdate('remove'))).to.deep.equal([]);
      expectPersonalWelcome(await chat.say(installationUpdate('add')));
    });

    it('a welcome does not disturb the conversation: questions are answered as usual', async () => {
      await chat.say(installationUpdate('add'));
      expect(await chat.ask('nearest 24 hour police station to SE13 6LW')).to.match(/Lewisham/);
    });
  });

  for (const type of ['groupChat', 'channel'] as const) {
    describe(`Teams ${type === 'groupChat' ? 'group chat' : 'team channel'}`, () => {
      let chat: Conversation;
      beforeEach(() => (chat = new Conversation('msteams', undefined, type)));

      it('installationUpdate add: a short welcome to everyone, once', async () => {
        const [welcome] = await chat.say(installationUpdate('add', ALICE));
        expectGroupWelcome([welcome]);
        expect(await chat.say(installationUpdate('add', BOB))).to.deep.equal([]);
        expect(await chat.say(membersAdded(BOT))).to.deep.equal([]);
      });

      it('the group welcome is shorter than the personal one', async () => {
        const [group] = await chat.say(installationUpdate('add', ALICE));
        const [personal] = await new Conversation('msteams', undefined, 'personal').say(installationUpdate('add'));
        expect((group.text ?? '').length).to.be.lessThan((personal.text ?? '').length);
      });

      it('membersAdded with the bot only: the short welcome', async () => {
        expectGroupWelcome(await chat.say(membersAdded(BOT)));
      });

      it('the bot added together with colleagues: one short welcome', async () => {
        expectGroupWelcome(await chat.say(membersAdded(ALICE, BOT, BOB)));
      });

      it('a colleague joining later: no welcome, whether or not the bot greeted the chat', async () => {
        expect(await chat.say(membersAdded(BOB))).to.deep.equal([]);
        await chat.say(membersAdded(BOT));
        expect(await chat.say(membersAdded(ALICE))).to.deep.equal([]);
        expect(await chat.say(membersAdded({ id: '29:carol', name: 'Carol' }, { id: '29:dan', name: 'Dan' }))).to.deep.equal([]);
      });
    });
  }

  describe('Web Chat', () => {
    let chat: Conversation;
    beforeEach(() => (chat = new Conversation('webchat')));

    it('the resident joining: the full welcome, once (a reconnect does not repeat it)', async () => {
      expectPersonalWelcome(await chat.say(membersAdded(RESIDENT)));
      expect(await chat.say(membersAdded(RESIDENT))).to.deep.equal([]);
    });

    it('bot and resident added together (as Direct Line does): one welcome', async () => {
      expectPersonalWelcome(await chat.say(membersAdded(BOT, RESIDENT)));
      expect(await chat.say(membersAdded(BOT))).to.deep.equal([]);
    });
  });
});
