/**
 * A count against a year said with "now" left out ("are there fewer 24 hour counters than in 2020", "has the number of
 * 24 hour stations gone down since 2020", "has the number of front counters dropped since 2018"): the count then, the
 * count now and the yes or no asked, from the data, not the count then alone. Controls: closures since a year, and one
 * counter since a year, keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London: 27 counters open, two of them 24 hours. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a count since a year, now left unsaid, said many ways', () => {
  describe('then, now, and the yes or no', () => {
    itAnswersFirst(
      [
        ['has the number of 24 hour stations gone down since 2020', /^Yes: London had at least 30 front counters open 24 hours a day on 1 July 2020 .*; two are now \(4 December 2026\): at least 28 fewer\.$/],
        ['are there fewer 24 hour counters than in 2020', /^Yes: London had at least 30 front counters open 24 hours a day on 1 July 2020 /],
        ['are there more police stations than in 2018', /^No: London had 37 front counters open on 1 July 2018 .*; 27 are open now \(4 December 2026\): ten fewer\.$/],
        ['has the number of front counters dropped since 2018', /^Yes: London had 37 front counters open on 1 July 2018 /],
        ['have police stations gone up since 2019', /^No: London had 37 front counters open on 1 July 2019 /],
        ['are there fewer stations in south london than in 2018', /^Yes: South London had ten front counters open on 1 July 2018 .*; eight are open now \(4 December 2026\): two fewer\.$/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: closures since a year, one counter since a year', () => {
    itAnswersFirst(
      [
        ['how many closed since 2018', /^20 front counters closed between January 2018 and 28 February 2026:$/],
        ['has brixton gone down since 2020', /Brixton Police Station/],
      ],
      { now: NOW },
    );
  });
});
