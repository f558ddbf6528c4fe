/**
 * Confusion said after an answer ("huh?", "wat", "what do u mean", "i dont get it", "?"), many ways, through the real
 * bot: the last answer's first sentence put simply, then the two or three things the resident can ask next, never the
 * whole help text. Before any answer (or after the help text), what the bot can do; "pardon?" still gives the answer
 * again; "i'm lost" is no confusion at an answer; after a 999 answer, 999 is what is said again.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersLast } from './harness';

const HELP_TEXT = /^I answer questions about police front counters in London/;
const ASK_NEXT = /You can ask me whether a police front counter is open, its hours, or the nearest one/;

describe('confusion after an answer, said many ways', () => {
  const confused = ['huh?', 'wat', 'what do u mean', 'i dont get it', '?', 'eh?', 'sorry what', 'that makes no sense', 'im confused', 'what does that mean', 'you lost me', 'i still dont understand'];
  for (const said of confused) {
    it(`is brixton open now / ${said}`, async () => {
      const conversation = new Conversation();
      await conversation.askText('is brixton open now');
      const text = await conversation.askText(said);
      expect(firstLineOf(text)).to.match(/^In short: Yes, Brixton Police Station is open now/);
      expect(text).to.match(ASK_NEXT);
      expect(text).to.not.match(HELP_TEXT);
    });
  }

  itAnswersLast([
    [['nearest police station to se13', 'wdym'], /^In short: The nearest front counter to SE13 is Lewisham Police Station/],
    [['is wood green police station still open', 'huh'], /^In short: .*Wood Green/],
    [['my ex is outside with a knife', 'what do you mean'], /^In short: Call 999 now/],
  ]);

  describe('controls', () => {
    itAnswersLast([
      // Nothing answered yet, or only the help text: what the bot can do.
      [['?'], HELP_TEXT],
      [['huh'], HELP_TEXT],
      [['what do u mean'], HELP_TEXT],
      [['help', 'huh'], HELP_TEXT],
      // The answer again, whole, as before.
      [['is brixton open now', 'pardon?'], /^Yes, Brixton Police Station is open now/],
      // Someone lost is no confusion at an answer.
      [['is brixton open now', 'im lost'], /^(?!In short)/],
      // A new question after an answer is read as itself.
      [['is brixton open now', 'what about lewisham'], /Lewisham/],
      [['is brixton open now', 'what time does it close'], /22:00/],
      // "what then?" after a closure asked of a counter: where to go then, not confusion.
      [['is stratford closing?', 'what then?'], /^The nearest front counter open now to Stratford/],
      [['is brixton open now', 'what now'], /^(?!In short)/],
    ]);
  });
});
