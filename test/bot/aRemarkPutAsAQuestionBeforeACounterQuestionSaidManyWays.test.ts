/**
 * A remark put as a question before a counter question, split at its question mark ("did you see the news about the
 * stabbing in 2019 on our road? was the police station at peckham still open then", "did you hear about the fire at the
 * shops? is forest gate open"): the counter question answered, with no "I can't help with the other part" (the remark
 * bids the bot to do nothing). Control: a bid the bot cannot do ("whats the weather? is brixton open") still gets the
 * counter's answer first.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const CANT_HELP_WITH_PART = /can't help with the other part/;

describe('a remark put as a question, then a counter question: the question answered, no "other part" line', () => {
  for (const [say, answer] of [
    ['Did you see the news about the stabbing in 2019 on our road? Was the police station at Peckham still open then', /^No\. In 2019, the front counter at \*\*Peckham Police Station\*\* was closed/],
    ['did you hear about the fire at the shops? is forest gate open', /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\./],
    ['have you seen the state of the high street? is ilford still open', /Ilford Police Station/],
    ['can you believe how cold it is? is walworth open', /Walworth Police Station\*\* is open now/],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(text).to.match(answer);
      expect(text).to.not.match(CANT_HELP_WITH_PART);
    });
  }
  it('control: whats the weather? is brixton open (the counter first)', async () => {
    expect(await new Conversation().askText('whats the weather? is brixton open')).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });
});
