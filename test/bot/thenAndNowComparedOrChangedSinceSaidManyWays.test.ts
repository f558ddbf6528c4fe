/**
 * A time gone by and now asked as "compare ... in 2019 and now" or "what has changed since 2019" ("compare brixton in 2019
 * and now", "compare the number of police stations in 2018 and now", "what has changed at walworth since 2020"): then and
 * now from the data, first, not now alone nor then alone; "what has changed since 2017" of London starts "Since 2017",
 * never "In since 2017". Controls: "vs now" and a year alone keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const BRIXTON_THEN_AND_NOW = /^The front counter at \*\*Brixton Police Station\*\* is open now \(Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\); in 2019, it was open 24 hours a day\.$/;

describe('then and now compared, or changed since, said many ways', () => {
  describe('then and now first', () => {
    itAnswersFirst(
      [
        ['compare brixton in 2019 and now', BRIXTON_THEN_AND_NOW],
        ['compare brixton in 2019 with today', BRIXTON_THEN_AND_NOW],
        ['compare the number of police stations in 2018 and now', /^London had 37 front counters open on 1 July 2018 .*; 27 are open now \(4 December 2026\): ten fewer\.$/],
        ['what has changed at brixton since 2019', /^Yes: since 2019, the front counter at \*\*Brixton Police Station\*\* changed its hours on 3 March 2026, from 24 hours a day to Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/],
        ['what has changed at walworth since 2020', /^Yes: since 2020, the front counter at \*\*Walworth Police Station\*\* changed its hours on 3 March 2026, from 24 hours a day/],
        ['what has changed since 2017', /^Since 2017, 54 front counters closed \(mostly on 14 December 2017\)\.$/],
        ['what happened between 2017 and 2019', /^From 2017 to 2019, 37 front counters closed/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('controls: vs now, a year alone', () => {
    itAnswersFirst(
      [
        ['brixton 2019 vs now', BRIXTON_THEN_AND_NOW],
        ['was brixton open 24 hours in 2019', /^In 2019, the front counter at \*\*Brixton Police Station\*\*/],
        ['what happened in 2013', /^In 2013, three front counters closed/],
      ],
      { now: NOW },
    );
  });
});
