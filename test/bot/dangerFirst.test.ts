/**
 * Through the real bot: a message about harm happening now gets "Call 999
 * now" as the first line of the first reply (its text and its speech), however
 * it is worded, wherever it comes in a conversation (after a station question,
 * while a choice or a postcode is awaited), on Web Chat and Teams; with the
 * Silent Solution when speaking is unsafe and text 999 / Relay UK for deaf
 * residents. Harm that is over, and questions about 999, are answered, never
 * with "Sorry, I can't help with that". Messages built at random from
 * templates: dangerFirst.properties.test.ts.
 */
import { expect } from 'chai';
import { DANGER_NOW, DEAF_OR_SPEECH_IMPAIRED, UNSAFE_TO_SPEAK } from '../understanding/dangerMessages';
import { expectCall999First, firstLine } from './call999First';
import { Conversation, readable } from './harness';

const OUT_OF_SCOPE = /can't help with that|didn't understand/i;

describe('the bot leads with 999 for danger now, however it is said', function () {
  this.timeout(120_000);

  for (const [kind, messages] of Object.entries(DANGER_NOW)) {
    it(`${kind} (${messages.length} messages)`, async () => {
      for (const say of messages) expectCall999First(await new Conversation().say(say), say);
    });
  }

  it('asks 999 for an ambulance or the fire service where the danger says which, and names none where it does not know', async () => {
    for (const [say, askFor] of [
      ['my grandad collapsed and is not breathing', / and ask for an ambulance\.$/],
      ['my nan has fallen and cant get up and shes confused', / and ask for an ambulance\.$/],
      ['the flat below is on fire', / and ask for the fire service\.$/],
      ["someone's been stabbed round the corner", / and ask for the police and an ambulance\.$/],
      ['a man fell in the canal and is struggling', /^Call 999 now\.$/],
      ['our carbon monoxide alarm is going off', /^Call 999 now\.$/],
      ["he says he's gonna do me in", / and ask for the police\.$/],
    ] as const) {
      const replies = await new Conversation().say(say);
      expectCall999First(replies, say);
      expect(firstLine(replies[0]), say).to.match(askFor);
      expect(String(replies[0].speak), say).to.match(new RegExp(askFor.source.replace('\\.$', '\\.')));
    }
  });

  it('on Teams too', async () => {
    for (const say of [DANGER_NOW.weapons[0], DANGER_NOW['a break-in or an intruder'][0], DANGER_NOW['self-harm or suicide'][0]]) {
      expectCall999First(await new Conversation('msteams').say(say), say);
    }
  });

  it('where speaking is unsafe, the Silent Solution follows: call 999 from a mobile and press 55', async () => {
    for (const say of UNSAFE_TO_SPEAK) {
      const replies = await new Conversation().say(say);
      expectCall999First(replies, say);
      expect(replies.map(readable).join('\n'), say).to.match(/press 55/);
    }
  });

  it('for deaf or speech-impaired residents, text 999 after registering, and Relay UK 18000', async () => {
    for (const say of DEAF_OR_SPEECH_IMPAIRED) {
      const replies = await new Conversation().say(say);
      expectCall999First(replies, say);
      const text = replies.map(readable).join('\n');
      expect(text, say).to.match(/text 999 after registering/i);
      expect(text, say).to.match(/18000/);
      expect(text, say).to.match(/Relay UK/);
      expect(text, say).to.not.match(/press 55/);
    }
  });

  describe('wherever it comes in a conversation', () => {
    it('after a question about a station', async () => {
      const chat = new Conversation();
      await chat.say('what time does brixton close today');
      expectCall999First(await chat.say('my neighbour is screaming and someone is hitting her'), 'after hours');
    });

    it('while a choice between places is awaited', async () => {
      const chat = new Conversation();
      const [prompt] = await chat.say('is wood police station open');
      expect(prompt.text).to.match(/Woodford/);
      expectCall999First(await chat.say('someone is attacking me in wood green'), 'during a choice');
    });

    it('while the bot waits for a postcode, and the conversation goes on after', async () => {
      const chat = new Conversation();
      const [prompt] = await chat.say('nearest open police station');
      expect(prompt.text).to.match(/postcode/i);
      expectCall999First(await chat.say('a man is following me down the road'), 'during a postcode prompt');
      expect(await chat.ask('SE13 6LW'), 'the bot still answers').to.match(/Lewisham/);
    });

    it('inside a station question, before any station information', async () => {
      for (const say of DANGER_NOW['in the middle of a station question']) {
        const replies = await new Conversation().say(say);
        expectCall999First(replies, say);
        expect(firstLine(replies[0]), say).to.not.match(/Police Station|front counter/i);
      }
    });
  });

  describe('harm that is over, and questions about 999, are answered, never out of scope', () => {
    const ANSWERED = [
      'my bike was stolen last week',
      'is Brixton open, I need to report a fight from last night',
      'i was attacked three weeks ago, can i go to ilford about it',
      'when should I call 999 instead of 101',
      'what is the silent solution',
      'how does emergency sms work',
    ];
    for (const say of ANSWERED) {
      it(say, async () => {
        const text = await new Conversation().ask(say);
        expect(text).to.not.match(OUT_OF_SCOPE);
        expect(text.length).to.be.greaterThan(20);
      });
    }

    it('a past crime gets 101 and online reporting, not 999 first', async () => {
      const [first] = await new Conversation().say('someone broke into my shed over the weekend');
      expect(firstLine(first)).to.not.match(/^Call 999 now/);
      expect(first.text).to.match(/101/);
    });

    it('"what is the silent solution" explains it from the data: press 55', async () => {
      expect(await new Conversation().ask('what is the silent solution')).to.match(/press 55/);
    });
  });
});
