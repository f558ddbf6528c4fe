/**
 * One counter asked about, another only said ("is brixton open, the one in walworth is closed", "is lewisham open now cos
 * catford is shut"): the first sentence answers the counter asked, then the other as the data has it, saying when it is
 * not as said (was "Brixton and Walworth now:", with each line only in the card). Controls: both asked ("is brixton or
 * walworth open", "is brixton open or is walworth closed", "is brixton open later than walworth") keep their answers.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const YES = (counter: string) => new RegExp(`^Yes, \\*\\*${counter} Police Station\\*\\* is open now, until 22:00\\.`);

describe('a counter asked with another said closed, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is brixton open, the one in walworth is closed', YES('Brixton')],
      ['is ilford open, the one in romford is shut', YES('Ilford')],
      ['is hayes open? the uxbridge one is closed', /^Yes, \*\*Hayes Police Station \(Hayes End\)\*\* is open now, until 22:00\./],
      ['is lewisham police station open now cos catford is shut', /^Yes, \*\*Lewisham Police Station\*\* is open now, 24 hours a day\./],
      ['is brixton open, walworth is open', YES('Brixton')],
      ['is stratford open as forest gate has closed down', /^Yes, \*\*Stratford Police Station\*\* is open, Mon–Fri 10:00–22:00/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['hi', 'is walworth open, brixton is closed'], YES('Walworth')]], FRIDAY);

  it('the other is said as the data has it: not closed, or closed as said', async () => {
    const wrong = await new Conversation('webchat', FRIDAY).askText('is brixton open, the one in walworth is closed');
    expect(wrong).to.match(/\nWalworth is not closed as far as my sources show: it is open now, until 22:00\./);
    const right = await new Conversation('webchat', FRIDAY).askText('is hayes open, the one in uxbridge is closed');
    expect(right).to.match(/\nAs you say, Uxbridge \(Hillingdon\) is closed: \*\*Uxbridge \(Hillingdon\) Police Station\*\* closed on 14 December 2017\./);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is brixton or walworth open', /^Yes, both are open now\./],
        ['is brixton open or is walworth closed', /^Brixton and Walworth now:/],
        ['is brixton open later than walworth', /^No, Brixton and Walworth have the same hours now/],
        ['is brixton open', YES('Brixton')],
      ],
      { now: FRIDAY },
    );
  });
});
