/**
 * How much the bot may be used, asked through the real bot ("how many questions can i ask", "is there a limit", "am i
 * asking too many questions"): that there is no limit on questions comes first, then what it answers, never a postcode
 * asked for ("is there a limit" read as the nearest) nor "can't help". Controls: a count of counters or closures, how
 * many times a counter closed, and a time limit at a counter keep their own answers; danger still leads with 999.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const NO_LIMIT = /^There's no limit on how many questions you can ask me: ask as many as you like\.$/;

describe("the bot's limits asked, said many ways", () => {
  itAnswersFirst(
    [
      ['how many questions can i ask', NO_LIMIT],
      ['is there a limit', NO_LIMIT],
      ['is there a limit on how many questions i can ask?', NO_LIMIT],
      ['can i ask as many questions as i like', NO_LIMIT],
      ['how many times can i use this', NO_LIMIT],
      ['am i asking too many questions', NO_LIMIT],
      ['do i get a limited number of questions', NO_LIMIT],
      ['is it unlimited questions', NO_LIMIT],
      ['will you stop answering if i ask too many', NO_LIMIT],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['how many front counters does the met have', /front counters?/],
      ['how many closed in 2017', /2017/],
    ]);

    it('a count of counters is not this', async () => {
      const text = await new Conversation().askText('how many police stations are left');
      expect(text).to.not.match(NO_LIMIT);
    });

    it('danger control: is there a limit, someone is breaking in', async () => {
      const said = 'is there a limit, someone is breaking in';
      expect999First(await new Conversation().say(said), said);
    });
  });
});
