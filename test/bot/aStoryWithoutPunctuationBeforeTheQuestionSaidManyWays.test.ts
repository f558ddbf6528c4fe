/**
 * A story in the past told before a question asked of now, typed with no punctuation between them ("my son was
 * arrested last year is brixton open"): the story's time ("last year", "in 2019", "two years ago") is the story's, and
 * the question is answered as of now (or of the day it names itself). A question that is itself in the past keeps its
 * time. Danger told in the story still leads with 999. Facts from data/.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

describe('a story in the past before a question of now, with no punctuation', () => {
  itAnswersFirst(
    [
      ['my son was arrested last year is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/],
      ['my bike got nicked 2 years ago is ilford still open', /^Yes, the front counter at \*\*Ilford Police Station\*\* is open/],
      ['i got mugged in 2019 what time does walworth close', /^\*\*Walworth Police Station\*\* is open until 22:00/],
      ['we reported a burglary at sutton last month is it open sunday', /^Yes, \*\*Sutton Police Station\*\* is open on Sunday 29 November, 09:00–19:00\.$/],
      ['my car was broken into back in 2020 where is the nearest station to SE13', /^The nearest front counter to SE13 is \*\*Lewisham Police Station\*\*/],
      ['in 2019 i got mugged is ilford open', /^Yes, \*\*Ilford Police Station\*\* is open now/],
      ['i was robbed near kingston two years ago does it still have a front desk', /^Yes, the front counter at \*\*Kingston Police Station\*\* is open/],
      ['my brother was arrested last year is lewisham open at 9pm', /^Yes, at 21:00 today \(Thursday 26 November\), \*\*Lewisham Police Station\*\* is open/],
      ['i had my phone stolen last summer is croydon open today', /^Yes, \*\*Croydon Police Station\*\* is open today/],
    ],
    { understood: true },
  );
});

describe('a question in the past keeps its own time', () => {
  itAnswersFirst(
    [
      ['was brixton open last year', /^Yes\. In 2025 \(last year\), the front counter at \*\*Brixton Police Station\*\* was open/],
      ['my mum was a cop in 2010 was hammersmith open then', /\*\*Hammersmith Police Station\*\* was open then \(in 2010\)/],
      ['what did croydon lose last year', /^No front counter in Croydon closed in 2025/],
    ],
    { understood: true },
  );
});

describe('danger in the story, told with the same words, still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['my ex was arrested last year and hes outside with a knife now is brixton open', 'i was attacked last year and hes here again hitting me is lewisham open']) {
    it(say, async () => {
      expect999First(await new Conversation().say(say), say);
    });
  }
  it('a story alone of harm gone by is not read as danger now', async () => {
    expect(await new Conversation().askText('my son was arrested last year is brixton open')).to.not.match(/999/);
  });
});
