/**
 * Said back to an answer, through the bot: "that's not right" (the answer disputed) gets sorry first, then what the
 * answer stood on (how fresh the facts about the counter discussed are, or the data's as a whole) and where to check,
 * and the conversation stays where it was; "ok", "got it", "lol" (heard) get "OK", not "You're welcome"; the bot asked
 * whether it is AI, however put, says what it is. Danger said with the same words still leads with 999.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const SORRY_DATA = /^Sorry if that was wrong: my information was last checked on \d+ \w+ \d{4}, and my latest source is from \d+ \w+ \d{4}\./;
const HEARD = /^OK\. Is there anything else you'd like to know about police front counters\?$/;
const THANKS = /^You're welcome\./;
const IDENTITY = /^I'm StationDesk, a chatbot\b/;

const firstLine = (text: string) => text.split('\n')[0];

describe('the last answer disputed: sorry, what it stood on, and where to check', () => {
  itAnswersFirst(
    [
      ["that's not right", SORRY_DATA], ["that's not true", SORRY_DATA], ['that is incorrect', SORRY_DATA], ['thats false', SORRY_DATA],
      ['wrong answer', SORRY_DATA], ['your info is out of date', SORRY_DATA], ['this info looks old', SORRY_DATA], ["you're wrong, it closed last year", SORRY_DATA],
      ['nope its shut', SORRY_DATA], ['no it isnt', SORRY_DATA], ['u have it wrong', SORRY_DATA], ["that's old news", SORRY_DATA],
    ],
    { understood: true },
  );

  for (const [ask, disputed] of [
    ['is brixton open now', "that's not right, it's shut"],
    ['opening hours for ilford police station', 'those hours are wrong'],
    ['is wimbledon police station open', 'no it isnt closed'],
  ] as const) {
    it(`${ask} -> ${disputed}: about that counter, and the conversation goes on from it`, async () => {
      const conversation = new Conversation();
      const answered = await conversation.askText(ask);
      const name = /\*\*(.+? Police Station)\*\*/.exec(answered)?.[1];
      expect(name, ask).to.be.a('string');
      const reply = await conversation.askText(disputed);
      expect(firstLine(reply)).to.match(new RegExp(`^Sorry if that was wrong: what I have on \\*\\*${name}\\*\\* was last checked on \\d+ \\w+ \\d{4}; the latest change my sources show for its counter is dated`));
      expect(reply).to.match(/check met\.police\.uk or call 101 before you travel/);
      // "and on sunday?" still leans on the counter asked about before the dispute.
      expect(firstLine(await conversation.askText('and on sunday?'))).to.include(`**${name}**`);
    });
  }

  describe('danger said with the same words still leads with 999', () => {
    for (const say of ["you're wrong, there's a man with a knife outside my door", "that's not right, he's kicking my door in now", 'no it isnt, someone is breaking in']) {
      it(say, async () => expect999First(await new Conversation().say(say), say));
    }
  });

  it('a grumble that disputes nothing keeps its calm reply', async () => {
    expect(firstLine(await new Conversation().askText('this bot is rubbish'))).to.match(/^Sorry I haven't been more help\./);
  });
});

describe('"ok", "got it", "lol": heard, not thanked for', () => {
  itAnswersFirst(
    [
      ['ok', HEARD], ['okay', HEARD], ['alright', HEARD], ['got it', HEARD], ['understood', HEARD], ['noted', HEARD], ['lol', HEARD], ['haha ok', HEARD],
      ['right ok', HEARD], ['gotcha', HEARD], ['ok i see', HEARD], ['😂', HEARD],
      // Thanks said with them is thanks.
      ['ok thanks', THANKS], ['got it, cheers', THANKS], ['lol thank you', THANKS], ['brilliant', THANKS],
    ],
    { understood: true },
  );

  it('after an answer, "ok" keeps the conversation where it was', async () => {
    const conversation = new Conversation();
    await conversation.askText('hours of croydon police station');
    expect(await conversation.askText('ok')).to.match(HEARD);
    expect(firstLine(await conversation.askText('is it open on sunday'))).to.include('**Croydon Police Station**');
  });
});

describe('asked whether it is AI or a person, however put: what it is', () => {
  itAnswersFirst(
    [
      ['is this bot ai', IDENTITY], ['is this chatbot powered by chatgpt', IDENTITY], ['is this thing automated', /^Yes, I'm StationDesk, a chatbot\b/], ['is this run by a person', IDENTITY],
      ['is the chat answered by humans', IDENTITY], ['is this app using ai', IDENTITY], ['is it a real person', /^No, I'm StationDesk, a chatbot, not a person\b/], ['is the bot based on an llm', IDENTITY],
    ],
    { understood: true },
  );
});
