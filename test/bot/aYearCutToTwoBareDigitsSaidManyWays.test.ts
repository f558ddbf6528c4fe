/**
 * A year cut to two bare digits after "in" or "during" where the words speak of the past ("did any counters
 * close in 17", "how many stations were there in 19", "how many counters were open back in 17", "were there more
 * stations in 17 than now", "which counters closed in 20"): read as 2017, 2019, 2020 (was: every closure since July 2017,
 * "Sorry, I can't help with that", "Which police station do you want to know about?" or "I need to know where you are").
 * Controls: the present ("is brixton open in 10", "will walworth be open in 15") and minutes ("in 15 minutes") and a time of day ("change to 10 till 10", "close before 10") are not years.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { readMessage } from '../../src/understanding/message';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const COUNT_2017 = /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London/;

describe('a year cut to two bare digits, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['did any counters close in 17', /^Yes: 36 front counters closed in 2017 under the 2017 Public Access Strategy/],
      ['how many counters were open back in 17', COUNT_2017],
      ['how many stations were there in 19', /^As of 1 July 2019 \(the middle of 2019\), 37 front counters were open in London/],
      ['were there more stations in 17 than now', /^Yes: London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now/],
      ['which counters closed in 20', /^Seven front counters closed in 2020/],
      ['which police stations shut down in 26?', /^Ten front counters closed on 28 February 2026/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['how many counters are there now', 'how many were there in 17?'], /^(?:As of 1 July 2017|London had 73 front counters open on 1 July 2017)/],
    ],
    FRIDAY,
  );

  it('reads two bare digits as a year only where the words speak of the past', () => {
    expect(readMessage('did any counters close in 17').text).to.equal('did any counters close in 2017');
    expect(readMessage('is brixton open in 10').text).to.equal('is brixton open in 10');
    expect(readMessage('when did croydon change to 10 till 10').text).to.equal('when did croydon change to 10 till 10');
    expect(readMessage('did brixton close before 10').text).to.equal('did brixton close before 10');
    expect(readMessage('i was mugged 15 minutes ago, was it in 15 minutes').text).to.not.include('2015');
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is brixton open in 10', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['will walworth be open in 15', /^Yes, \*\*Walworth Police Station\*\* is open now, until 22:00\./],
        ['did any counters close in 2017', /^Yes: 36 front counters closed in 2017 under the 2017 Public Access Strategy/],
      ],
      { now: FRIDAY },
    );
  });
});
