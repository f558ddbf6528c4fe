/**
 * Through the real bot: danger said many ways (each kind of harm, indirectly, in slang and text-speak, in capitals,
 * tersely, in another language, inside a station question, and as a follow-up after one) leads with 999 on the
 * first line; clearly safe look-alikes (the past, reporting later, a station's safety) do not.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DANGER_AS_A_FOLLOW_UP, DANGER_IN_OTHER_LANGUAGES, DANGER_SAID_MANY_WAYS, DANGER_THE_BOT_CANNOT_READ, SAFE_IN_OTHER_LANGUAGES, SAFE_LOOK_ALIKES } from '../understanding/dangerSaidManyWays';
import { expectCall999First, expect999First, firstLine } from './call999First';
import { Conversation, readable } from './harness';

/** In another language the reply is that language's answer, with 999 first as its own first line. */
const IN_ANOTHER_LANGUAGE = /^If this is an emergency, call 999 now\./;

describe('danger said many ways leads with 999', function () {
  this.timeout(120_000);

  for (const [kind, messages] of Object.entries(DANGER_SAID_MANY_WAYS)) {
    it(`${kind} (${messages.length} messages)`, async () => {
      for (const say of messages) {
        const replies = await new Conversation().say(say);
        if (IN_ANOTHER_LANGUAGE.test(firstLine(replies[0]))) continue;
        expect999First(replies, say);
      }
    });
  }

  it(`as a follow-up after a station question (${DANGER_AS_A_FOLLOW_UP.length} conversations)`, async () => {
    for (const turns of DANGER_AS_A_FOLLOW_UP) {
      const chat = new Conversation();
      for (const say of turns.slice(0, -1)) await chat.say(say);
      const last = turns[turns.length - 1];
      expect999First(await chat.say(last), `${turns.join(' / ')}`);
    }
  });

  it("danger said in text-speak, with dropped g's and slipped letters (fast-check)", async () => {
    const doer = fc.constantFrom('hes', 'sum1', 'my ex', 'a man', 'this guy');
    const act = fc.constantFrom('hittin me', 'stabbin people', 'folowing me', 'tryna brake in2 my hse', 'wiv a blade outside');
    const person = fc.constantFrom('my mum', 'my freind', 'my nan', 'ma dad');
    const body = fc.constantFrom('aint breathin', 'has collaped', 'is bleedin', 'is unconcious');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(doer, act), fc.tuple(person, body)), fc.boolean(), async ([who, what], caps) => {
        const say = caps ? `${who} ${what}`.toUpperCase() : `${who} ${what}`;
        expect999First(await new Conversation().say(say), say);
      }),
      { numRuns: 30 },
    );
  });

  it(`in other languages, a word of harm (${DANGER_IN_OTHER_LANGUAGES.length} messages): "Call 999 now", then how to get an interpreter`, async () => {
    for (const say of DANGER_IN_OTHER_LANGUAGES) {
      const replies = await new Conversation().say(say);
      expectCall999First(replies, say);
      expect(replies.map(readable).join('\n'), say).to.match(/interpreter/i);
    }
  });

  it(`in languages whose words of harm it does not know (${DANGER_THE_BOT_CANNOT_READ.length} messages): 999 first`, async () => {
    for (const say of DANGER_THE_BOT_CANNOT_READ) {
      const [first] = await new Conversation().say(say);
      // Where it does know the words ("害怕", afraid), the reply is its danger reply: "Call 999 now".
      expect(firstLine(first).replace(/\*\*/g, ''), say).to.match(/^(?:If this is an emergency, call 999 now\.|Call 999 now\b)/);
    }
  });

  it(`in other languages, clearly safe (${SAFE_IN_OTHER_LANGUAGES.length} messages): not told to call 999 now (the line "if this is an emergency" may lead)`, async () => {
    for (const say of SAFE_IN_OTHER_LANGUAGES) {
      const [first] = await new Conversation().say(say);
      expect(firstLine(first), say).to.not.match(/^(?:Call 999 now|If you or anyone is in danger now)/);
    }
  });

  it(`clearly safe look-alikes (${SAFE_LOOK_ALIKES.length} messages) do not lead with 999`, async () => {
    for (const say of SAFE_LOOK_ALIKES) {
      const [first] = await new Conversation().say(say);
      expect(firstLine(first), say).to.not.match(/^(?:Call 999 now|If you or anyone is in danger now|If this is an emergency)/);
    }
  });
});
