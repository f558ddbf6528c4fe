/**
 * Messages as Teams writes them, through the real bot: the @mention is not
 * part of the question (in personal chats, group chats and channels, with or
 * without its mention entity), a bare mention is a greeting, HTML entities and
 * markup are read as the characters they stand for, and a picture or file with
 * no words gets "I can only read text".
 */
import { expect } from 'chai';
import { ActivityTypes } from 'botbuilder';
import { cardOf, Conversation, suggestions, type ConversationType } from './harness';
import { fileOnly, mentioning, pictureOnly } from './teamsActivities';

const TYPES: ConversationType[] = ['personal', 'groupChat', 'channel'];

/** Words that only appear when "StationDesk" or the markup was read as part of the question. */
const MISREAD = /stationdesk"|"at"|didn't understand|couldn't find|x2019|8217|rsquo|nbsp/i;

for (const type of TYPES) {
  describe(`Teams ${type}: the @mention is not part of the question`, () => {
    let chat: Conversation;
    beforeEach(() => (chat = new Conversation('msteams', undefined, type)));

    it('"@StationDesk station address" asks which station, never for a place called "stationdesk"', async () => {
      const text = await chat.ask(mentioning('station address'));
      expect(text).to.not.match(MISREAD);
      expect(text.toLowerCase()).to.match(/which police station/);
    });

    it('"@StationDesk wood" offers Woodford or Wood Green, and "@StationDesk woodford" picks it', async () => {
      const [prompt] = await chat.say(mentioning('wood'));
      expect(prompt.text).to.match(/Woodford/);
      expect(prompt.text).to.match(/Wood Green/);
      const offered = [...suggestions(prompt), JSON.stringify(cardOf(prompt) ?? {})].join(' ');
      expect(offered).to.match(/Woodford/);
      const text = await chat.ask(mentioning('woodford'));
      expect(text).to.match(/Woodford/);
      expect(text).to.match(/2013/);
    });

    it('the mention after the words: "is Ilford open on Sunday @StationDesk"', async () => {
      const text = await chat.ask(mentioning('is Ilford police station open on Sunday', { mentionLast: true }));
      expect(text).to.match(/Ilford/);
      expect(text).to.match(/Sunday/);
      expect(text).to.match(/09:00/);
    });

    it('the <at> text form without a mention entity is removed too', async () => {
      const text = await chat.ask(mentioning('is Brixton police station open now?', { withoutEntity: true }));
      expect(text).to.not.match(MISREAD);
      expect(text).to.match(/Brixton[\s\S]*open now, until 22:00/);
    });

    it('a bare mention is a greeting', async () => {
      const text = await chat.ask(mentioning(''));
      // In a group the reply first @mentions whom it answers.
      expect(text).to.match(type === 'personal' ? /^Hello/ : /^<at>Resident<\/at> Hello/);
      expect(text).to.not.match(/didn't get a message|didn't understand/);
    });

    it('a colleague mentioned alongside the bot is not read as a place', async () => {
      const message = mentioning('<at>Priya Shah</at> nearest 24 hour police station to SE13 6LW');
      message.entities = [...(message.entities ?? []), { type: 'mention', text: '<at>Priya Shah</at>', mentioned: { id: '29:priya', name: 'Priya Shah' } }];
      const text = await chat.ask(message);
      expect(text).to.match(/Lewisham/);
      expect(text).to.not.match(/Priya/);
    });

    it('a question asked after a bare mention still gets its answer', async () => {
      await chat.ask(mentioning(''));
      expect(await chat.ask(mentioning('nearest 24 hour police station to SE13 6LW'))).to.match(/Lewisham/);
    });
  });
}

describe('Teams message text: entities and markup', () => {
  let chat: Conversation;
  beforeEach(() => (chat = new Conversation('msteams')));

  for (const [label, apostrophe] of [
    ['hex', '&#x2019;'],
    ['decimal', '&#8217;'],
    ['named', '&rsquo;'],
    ['named (&apos;)', '&apos;'],
  ] as const) {
    it(`a ${label} apostrophe entity is an apostrophe: "is Woodford${apostrophe}s counter open?"`, async () => {
      const text = await chat.ask(mentioning(`is Woodford${apostrophe}s counter open?`));
      expect(text).to.not.match(MISREAD);
      expect(text).to.match(/Woodford/);
      expect(text).to.match(/2013/);
    });

    it(`a ${label} apostrophe entity in "what${apostrophe}s the nearest 24 hour police station to SE13 6LW"`, async () => {
      const text = await chat.ask(mentioning(`what${apostrophe}s the nearest 24 hour police station to SE13 6LW`));
      expect(text).to.not.match(MISREAD);
      expect(text).to.match(/Lewisham/);
    });
  }

  it('&nbsp; is a space: "brixton&nbsp;hours&nbsp;on&nbsp;saturday"', async () => {
    const text = await chat.ask(mentioning('brixton&nbsp;hours&nbsp;on&nbsp;saturday'));
    expect(text).to.match(/Brixton/);
    expect(text).to.match(/Saturday/);
    expect(text).to.match(/09:00/);
  });

  it('HTML markup from a formatted message is read as its words', async () => {
    const text = await chat.ask(mentioning('<p><strong>is</strong> <em>Hayes</em> police station open now?</p><br>'));
    expect(text).to.not.match(MISREAD);
    expect(text).to.match(/Hayes/);
    expect(text).to.match(/22:00/);
  });

  it('an emoji Teams sends as markup keeps its meaning: a wave is a greeting', async () => {
    const text = await chat.ask(mentioning('<emoji id="wave" alt="👋" title="Wave"></emoji>'));
    expect(text).to.match(/^Hello/);
  });

  it('escaped angle brackets stay text and do not swallow the question', async () => {
    const text = await chat.ask(mentioning('&lt;&lt; nearest 24 hour police station to SE13&nbsp;6LW &gt;&gt;'));
    expect(text).to.not.match(MISREAD);
    expect(text).to.match(/Lewisham/);
  });
});

describe('Teams pictures and files with no words', () => {
  let chat: Conversation;
  beforeEach(() => (chat = new Conversation('msteams')));

  it('a picture alone gets "I can only read text", with what to ask instead and 999', async () => {
    const text = await chat.ask(pictureOnly());
    expect(text).to.match(/^I can only read text/);
    expect(text).to.not.match(/didn't get a message/);
    expect(text).to.match(/999/);
  });

  it('a file alone gets "I can only read text"', async () => {
    expect(await chat.ask(fileOnly())).to.match(/^I can only read text/);
  });

  it('a picture with a bare mention in a channel gets "I can only read text"', async () => {
    const channel = new Conversation('msteams', undefined, 'channel');
    const message = { ...pictureOnly(), text: '<at>StationDesk</at>', entities: mentioning('').entities };
    expect(await channel.ask(message)).to.match(/^<at>Resident<\/at> I can only read text/);
  });

  it('a picture with words: the words are answered', async () => {
    const text = await chat.ask({ ...pictureOnly(), text: 'is hayes police station open now?' });
    expect(text).to.match(/Hayes/);
    expect(text).to.not.match(/can only read text/);
  });

  it('a picture while a question waits leaves the question waiting', async () => {
    expect((await chat.ask('nearest 24 hour police station')).toLowerCase()).to.match(/postcode/);
    expect(await chat.ask(pictureOnly())).to.match(/^I can only read text/);
    expect(await chat.ask('SE13 6LW')).to.match(/Lewisham/);
  });

  it('Web Chat: an uploaded image alone gets the same answer', async () => {
    const webchat = new Conversation('webchat');
    const text = await webchat.ask({ type: ActivityTypes.Message, attachments: [{ contentType: 'image/png', contentUrl: 'blob:http://localhost/1', name: 'photo.png' }] });
    expect(text).to.match(/^I can only read text/);
  });

  it('an empty message is still "I didn\'t get a message" (nothing was attached)', async () => {
    expect(await chat.ask({ type: ActivityTypes.Message, text: '' })).to.match(/didn't get a message/);
  });
});
