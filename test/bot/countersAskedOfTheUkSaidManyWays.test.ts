/**
 * Counters asked of the UK, England, Britain or the whole country ("how many police stations are there in the uk"):
 * that the bot covers London's (the Met's) front counters only comes first, then London's own answer where the
 * question has one, then where to ask about elsewhere. London's counters asked as London's keep their answers.
 */
import { describe } from 'mocha';
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const SCOPE = /^I only cover London's police front counters \(the Metropolitan Police area\), not the rest of the UK\.$/;

describe('counters asked of the UK or England: London only, said first', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['how many police stations are there in the uk', SCOPE],
    ['how many police stations closed in england', SCOPE],
    ['24 hour police stations in britain', SCOPE],
    ['are police stations closing all over the country', SCOPE],
    ['which front counters are open across the uk right now', SCOPE],
    ['how many police stations shut nationwide', SCOPE],
  ]);
  it("London's answer follows the scope where the question has one", async () => {
    const text = await new Conversation().askText('how many police stations are there in the uk');
    expect(text).to.match(/front counters are open in London/);
    expect(text).to.match(/local police force/);
  });
});

describe("the controls: London's counters asked as London's", function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['how many police stations in london', /^27 front counters are open in London now/],
    ['which stations are 24 hours', /^Only two front counters are open 24 hours a day/],
    ['i live in the country, is romford open', /^Yes, \*\*Romford Police Station\*\* is open/],
  ]);
  it('a first line stays a plain answer when nothing beyond London is said', async () => {
    expect(firstLineOf(await new Conversation().askText('how many closed in 2026'))).to.not.match(SCOPE);
  });
});
