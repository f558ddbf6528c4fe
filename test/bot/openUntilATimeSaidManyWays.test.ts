/**
 * "Is Brixton open till 7 on Saturday?": an hour said as the end of the opening is a closing time, so the evening
 * (never 7am), and the answer is yes (open until its closing time that day) or no (that day's hours, so not until
 * then), through the real turn pipeline. Hours from data/: Lewisham 24 hours; the others Mon–Fri 10:00–22:00,
 * Sat–Sun 09:00–19:00. The clock: Thursday 26 November 2026, 14:00.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

describe('open until a time said many ways: the evening, yes or no first', () => {
  itAnswersFirst(
    [
      ['is brixton open till 7 on saturday', /^Yes, \*\*Brixton Police Station\*\* is open on Saturday 28 November until 19:00\.$/],
      ['brixton open til 7 sat?', /^Yes, \*\*Brixton Police Station\*\* is open on Saturday 28 November until 19:00\.$/],
      ['r sutton open till 7 on sunday', /^Yes, \*\*Sutton Police Station\*\* is open on Sunday 29 November until 19:00\.$/],
      ['is croydon open until 9 tonight', /^Yes, \*\*Croydon Police Station\*\* is open today \(Thursday 26 November\) until 22:00\.$/],
      ['Is Croydon open until 10pm?', /^Yes, \*\*Croydon Police Station\*\* is open today \(Thursday 26 November\) until 22:00\.$/],
      ['is walworth open til 8 on sunday', /^No, \*\*Walworth Police Station\*\* is open 09:00–19:00 on Sunday 29 November, so not until 20:00\.$/],
      ['will ilford be open untill 11 on friday', /^No, \*\*Ilford Police Station\*\* is open 10:00–22:00 tomorrow \(Friday 27 November\), so not until 23:00\.$/],
      ['is lewisham open till 10 tonight', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day\.$/],
      ['kingston open till 8 tomorrow?', /^Yes, \*\*Kingston Police Station\*\* is open tomorrow \(Friday 27 November\) until 22:00\.$/],
    ],
    { understood: true },
  );

  it('"till 7" with no counter named is still 7pm, and the bot asks which counter', async () => {
    const c = new Conversation();
    expect(firstLineOf(await c.askText('open till 7 on saturday'))).to.match(/^Which police station/);
    expect(firstLineOf(await c.askText('brixton'))).to.match(/^Yes, \*\*Brixton Police Station\*\* is open on Saturday 28 November until 19:00\.$/);
  });

  it('"at 7" is still a moment, read as the morning', async () => {
    const text = await new Conversation().askText('is lewisham open at 7 on saturday');
    expect(firstLineOf(text)).to.match(/^Yes, at 07:00 on Saturday 28 November, \*\*Lewisham Police Station\*\* is open/);
  });
});
