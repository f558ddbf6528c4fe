/**
 * The 24-hour counters among closures asked ("how many 24 hour stations closed in 2026", "which 24/7 counters shut this
 * year", "which 24 hour stations closed in north london", "were any of the closed stations 24 hours"): how many of the
 * closures were of counters open 24 hours a day until they closed, of how many closed in all, named, from the timeline;
 * the closures whose hours the sources do not give are said, never counted as not 24 hours; then the 24-hour counters
 * that lost their 24-hour opening under the same round without closing. Never the whole list of closures as if each had
 * been 24 hours. Controls: closures asked without 24 hours, the counters that lost 24-hour opening, and when one did,
 * keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { expect } from 'chai';
import { Conversation, itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const FIVE_OF_2026 =
  /^Five of the ten front counters that closed in February 2026 were open 24 hours a day until they closed, as my sources show: \*\*Chingford\*\*, \*\*Harrow\*\*, \*\*Kensington\*\*, \*\*Twickenham\*\* and \*\*Wimbledon\*\*; my sources do not give the hours of five before they closed\.$/;

describe('24-hour counters among closures, said many ways', () => {
  describe('how many of the closures were 24 hours, named', () => {
    itAnswersFirst(
      [
        ['how many 24 hour stations closed in 2026', FIVE_OF_2026],
        ['which 24/7 counters shut this year', FIVE_OF_2026],
        ['which round the clock police stations closed in 2026', FIVE_OF_2026],
        ['what 24hr stations closed this year', FIVE_OF_2026],
        ['any 24 hour nicks closed in 2026', FIVE_OF_2026],
        ['which 24 hour police stations closed in 2017', /^Three of the 36 front counters that closed in 2017 were open 24 hours a day until they closed, as my sources show: \*\*Notting Hill\*\*, \*\*Uxbridge \(Hillingdon\)\*\* and \*\*Wood Green\*\*/],
        ['which 24 hour stations closed in north london', /^Two of the nine front counters in North London that closed were open 24 hours a day until they closed, as my sources show: \*\*Wood Green\*\* and \*\*Islington\*\* \(open again now\); my sources do not give the hours of six before they closed\.$/],
        ['were any of the closed stations 24 hours', /^14 of the 54 front counters that closed were open 24 hours a day until they closed, as my sources show: /],
        ['how many 24/7 stations closed in 2013', /^My sources do not say whether any of the three front counters that closed in 2013 was open 24 hours a day: they do not give their hours before they closed\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  it('the 24-hour counters that lost 24-hour opening without closing follow', async () => {
    const text = await new Conversation('webchat', NOW).askText('how many 24 hour stations closed in 2026');
    expect(text.split('\n').filter(Boolean)[1]).to.equal('A further 25 counters lost their 24-hour opening on 3 March 2026 without closing.');
  });

  describe('controls: closures without 24 hours, the counters that lost it, when one did, a year with none', () => {
    itAnswersFirst(
      [
        ['which stations closed in 2026', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre, /],
        ['which stations lost their 24 hour service', /^25 front counters lost their 24-hour opening on 3 March 2026/],
        ['when did brixton stop being 24 hours', /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026: until then it was open 24 hours a day\.$/],
        ['which 24 hour counters closed in 2023', /^No front counter closed in 2023, as far as my sources show\.$/],
        ['how many stations closed each year', /^(?!.*24 hours a day until)/],
      ],
      { now: NOW },
    );
  });
});
