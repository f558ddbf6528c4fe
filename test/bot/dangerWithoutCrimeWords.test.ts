/**
 * Through the real bot: danger told with no crime word (someone in or getting into the home, someone arriving with
 * something used as a weapon) gets "Call 999 now" first; a person's situation that nothing else reads ("he's
 * outside", "I'm scared") gets 999 first as "If you or anyone is in danger now, call 999." and never "Sorry, I can't
 * help with that"; questions off the subject and crimes told as over are answered as before.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DANGER_WITHOUT_CRIME_WORDS, NOT_DANGER, SITUATIONS_NOW, armedAtTheDoor, someoneInTheHome } from '../understanding/dangerWithoutCrimeWords';
import { expect999First, expectCall999First, expectIfInDanger999First, firstLine } from './call999First';
import { Conversation } from './harness';

describe('the bot leads with 999 for danger told without crime words', function () {
  this.timeout(120_000);

  for (const [kind, messages] of Object.entries(DANGER_WITHOUT_CRIME_WORDS)) {
    it(`${kind} (${messages.length} messages): "Call 999 now"`, async () => {
      for (const say of messages) expectCall999First(await new Conversation().say(say), say);
    });
  }

  it(`a person's situation now (${SITUATIONS_NOW.length} messages): 999 first, never "Sorry, I can't help with that"`, async () => {
    for (const say of SITUATIONS_NOW) expect999First(await new Conversation().say(say), say);
  });

  it('the safety net says 999 as a condition, then 101, on Web Chat and Teams', async () => {
    for (const channel of ['webchat', 'msteams'] as const) {
      const replies = await new Conversation(channel).say("he's outside");
      expectIfInDanger999First(replies, `${channel}: he's outside`);
    }
    const text = await new Conversation().ask("i'm scared to go home tonight");
    expect(text).to.match(/101/);
  });

  it('in the middle of a conversation, while a postcode is awaited', async () => {
    const chat = new Conversation();
    const [prompt] = await chat.say('nearest open police station');
    expect(prompt.text).to.match(/postcode/i);
    expectCall999First(await chat.say('someone is trying the back door handle'), 'during a postcode prompt');
  });

  it('someone heard in the home, or armed at the door (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(someoneInTheHome, armedAtTheDoor), async (say) => {
        expectCall999First(await new Conversation().say(say), say);
      }),
      { numRuns: 40 },
    );
  });

  describe(`not danger (${NOT_DANGER.length} messages): answered as before, not with 999 first`, () => {
    for (const { say, intent } of NOT_DANGER) {
      it(`${say} (${intent})`, async () => {
        const [first] = await new Conversation().say(say);
        expect(firstLine(first), say).to.not.match(/^(?:Call 999 now|If you or anyone is in danger now)/);
        if (intent === 'report-crime') expect(first.text, say).to.match(/101/);
      });
    }
  });
});
