/**
 * A borough named in a question about one desk ("is the front desk in Hackney open", "what time does the one in
 * Sutton close on Saturday"): when the borough has one open counter the question is about it, so the first line
 * answers it (Yes/No, the hours, the address) and the next says it is the borough's only open counter. A borough
 * with none open, or with several, is answered with its list.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const CASES: [string, RegExp][] = [
  ['is the front desk in hackney open', /^Yes, \*\*Stoke Newington Police Station\*\* is open now, until 22:00\./],
  ['open now in camden?', /^Yes, \*\*Kentish Town Police Station\*\* is open now, until 22:00\./],
  ['is hackney police open', /^Yes, \*\*Stoke Newington Police Station\*\* is open now/],
  ['anything open in lambeth rn', /^Yes, \*\*Brixton Police Station\*\* is open now/],
  ['is the cop shop in havering open on sunday', /^Yes, \*\*Romford Police Station\*\* is open on Sunday \d+ November, 09:00–19:00\./],
  ['what time does the one in sutton close on saturday', /^\*\*Sutton Police Station\*\* closes at 19:00 on Saturday \d+ November \(open 09:00–19:00\)\./],
  ['whats the address of the police station in bexley', /^\*\*Bexleyheath Police Station\*\*: 2 Arnsberg Way, Bexleyheath DA7 4QS\./],
];

describe('a borough with one open counter, asked about as a desk: the answer is about that counter', () => {
  itAnswersFirst(CASES);

  it('says on the next line that it is the borough\'s only open counter', async () => {
    const text = await new Conversation().askText('is the front desk in hackney open');
    expect(text.split('\n').filter(Boolean)[1]).to.equal('It is the only front counter open in Hackney.');
  });

  it('a named station is not said to be a borough\'s only counter', async () => {
    const text = await new Conversation().askText('is stoke newington police open');
    expect(firstLineOf(text)).to.match(/^Yes, \*\*Stoke Newington Police Station\*\* is open now/);
    expect(text).to.not.match(/only front counter open in/);
  });
});
