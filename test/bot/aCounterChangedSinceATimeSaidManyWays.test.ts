/**
 * Whether a counter changed since a time asked ("has anything changed at ilford since 2019", "what's different at brixton
 * since last year", "has walworth changed since covid", "any changes at lewisham since 2018"): Yes with each change in
 * the period dated, from the timeline, or "No recorded change" with how it was throughout and when the sources were last
 * checked; never "Partly." nor today's hours alone. "Since last year" runs from the start of last year to today.
 * Controls: whether it was open in a year, its hours since a year, and what changed across London keep their answers.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const NEW_HOURS_2026 = 'changed its hours on 3 March 2026, from 24 hours a day to Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.$';
const changed = (since: string, counter: string, what: string): RegExp => new RegExp(`^Yes: ${since}, the front counter at \\*\\*${counter} Police Station\\*\\* ${what}`);

describe('a counter changed since a time, said many ways', () => {
  describe('yes, each change dated', () => {
    itAnswersFirst(
      [
        ['has anything changed at ilford since 2019', changed('since 2019', 'Ilford', `closed on 2 November 2020, reopened in about March 2021 \\(an estimated date\\) and ${NEW_HOURS_2026}`)],
        ["what's different at brixton since last year", changed('since 2025 \\(last year\\)', 'Brixton', NEW_HOURS_2026)],
        ['has walworth changed since covid', changed('after covid \\(taken as 20 July 2021, [^)]*\\)', 'Walworth', NEW_HOURS_2026)],
        ['did anything change at hammersmith since 2017', changed('since 2017', 'Hammersmith', `reopened on 29 September 2020 and ${NEW_HOURS_2026}`)],
        ['what changed at stratford since lockdown', changed('after lockdown \\([^)]*\\)', 'Stratford', 'reopened on 7 March 2024 and changed its hours on 3 March 2026')],
        ['is croydon any different since 2020', changed('since 2020', 'Croydon', NEW_HOURS_2026)],
        ['whats changed at bromley police station since 2022', changed('since 2022', 'Bromley', NEW_HOURS_2026)],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('no recorded change: how it was throughout, and when checked', () => {
    itAnswersFirst(
      [
        ['has charing cross changed since 2020', /^No recorded change since 2020 \(my sources last checked 4 December 2026\): the front counter at \*\*Charing Cross Police Station\*\* was open 24 hours a day throughout\.$/],
        ['any changes at lewisham since 2018', /^No recorded change since 2018 \(my sources last checked 4 December 2026\): the front counter at \*\*Lewisham Police Station\*\* was open 24 hours a day throughout\.$/],
        ['has kilburn changed since 2019', /^No recorded change since 2019 \(my sources last checked 4 December 2026\): the front counter at \*\*Kilburn Police Station\*\* was closed throughout; it had closed on 14 December 2017/],
      ],
      { now: NOW, understood: true },
    );
  });

  describe('asked again of another counter', () => {
    itAnswersLast([[['has anything changed at ilford since 2019', 'and walworth?'], changed('since 2019', 'Walworth', NEW_HOURS_2026)]], NOW);
  });

  describe('controls: open in a year, hours since a year, London since a year', () => {
    itAnswersFirst(
      [
        ['was ilford open in 2020', /^Partly\. In 2020, the front counter at \*\*Ilford Police Station\*\* was open 24 hours a day until 1 November 2020/],
        ['has brixton changed its hours since 2019', /^Since 2019, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day until 2 March 2026/],
        ['what has changed since 2017', /^Since 2017, 54 front counters closed/],
        ['was brixton open last year', /^Yes\. In 2025 \(last year\), the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day/],
      ],
      { now: NOW },
    );
  });
});
