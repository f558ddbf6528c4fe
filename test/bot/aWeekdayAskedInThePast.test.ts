/**
 * A weekday asked about in the past tense ("was lewisham open on monday?", "did brixton open on saturday") is the
 * one gone by, answered in the past tense; asked in the present or future it is the coming one, and a story told
 * in the past beside a question in the present ("my bike was stolen on monday, is brixton open?") is not.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

describe('a weekday asked in the past tense is the one gone by', () => {
  itAnswersFirst([
    ['was lewisham open on monday', /^Yes, \*\*Lewisham Police Station\*\* was open 24 hours on Monday 23 November\.$/],
    ['Was Croydon police station open on Sunday?', /^Yes, \*\*Croydon Police Station\*\* was open on Sunday 22 November, 09:00–19:00\.$/],
    ['did brixton open on saturday', /^Yes, \*\*Brixton Police Station\*\* was open on Saturday 21 November, 09:00–19:00\.$/],
    ['what were ilfords hours on tuesday', /^\*\*Ilford Police Station\*\* was open on Tuesday 24 November, 10:00–22:00\.$/],
    ['is brixton open on saturday', /^Yes, \*\*Brixton Police Station\*\* is open on Saturday 28 November, 09:00–19:00\.$/],
    ['will croydon be open on sunday', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 29 November, 09:00–19:00\.$/],
  ]);

  it('a story in the past beside a question in the present does not move the question', async () => {
    const text = await new Conversation().askText('my bike was stolen on monday, is brixton open');
    expect(firstLineOf(text)).to.not.match(/Monday 23 November/);
  });
});
