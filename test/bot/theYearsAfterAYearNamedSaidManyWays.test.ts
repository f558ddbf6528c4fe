/**
 * The years after a year named ("did any counters reopen after 2017", "how many closed after 2020", "what closed from
 * 2018 onwards"): from the next year (or that year) to today, rather than the year alone or "2017" read as 20:17.
 * Controls: a clock time written without its colon after "at" or with "hrs" stays a time; a year alone stays that
 * year; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the years after a year named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['did any counters reopen after 2017', /^Yes: ten front counters reopened after a closure after 2017\b/],
      ['has anything reopened since 2019', /^Yes: ten front counters reopened after a closure since 2019\b/],
      ['how many counters closed after 2020', /^13 front counters closed between March 2021 and 28 February 2026/],
      ['which police stations shut post 2020', /^13 front counters closed between March 2021 and 28 February 2026/],
      ['what closed from 2018 onwards', /^20 front counters closed between January 2018 and 28 February 2026/],
      ['which stations closed after 2017', /^20 front counters closed between January 2018 and 28 February 2026/],
      ['did brixton close after 2017', /^No\. After 2017, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day until 2 March 2026/],
    ],
    { now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is lewisham open at 2030', /^Yes, at 20:30 today \(Friday 4 December\), \*\*Lewisham Police Station\*\* is open/],
        ['can i get to croydon by 1930 hrs', /^At 19:30 today \(Friday 4 December\), \*\*Croydon Police Station\*\* is open, until 22:00/],
        ['how many counters closed in 2020', /^Seven front counters closed in 2020/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['did any counters reopen after 2017 theres a man with a machete at my door'], FRIDAY);
  });
});
