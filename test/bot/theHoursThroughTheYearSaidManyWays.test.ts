/**
 * Whether the hours change with the time of year or the school holidays, or shut for lunch, asked of counters in general
 * or of one ("are the opening hours different in the summer", "do the hours change in school holidays", "are the hours
 * the same all year", "is brixton open later in summer", "do police stations close for lunch"): the data gives each
 * counter one set of weekly hours and none for a season, said first (with a counter named or discussed, its hours);
 * which open counters' hours show a break in the day (none), and that lunch or staff breaks are otherwise not known;
 * special days in general ("do the hours change at christmas") get the special-day answer. Never a seasonal time.
 * Controls: a past summer ("was brixton open in summer 2021") is the past; open in the summer is open now; a counter's
 * Christmas hours keep the special-day answer; lunch as a time to go stays that time; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ONE_SET = /^My sources give each police front counter one set of opening hours for the whole year: they list no summer, winter or school-holiday hours\./;
const ONE_SET_OF = (counter: string, hours = 'Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00') =>
  new RegExp(`^\\*\\*${counter} Police Station\\*\\* has one set of hours all year in my sources \\(${hours}\\): they give no summer, winter or school-holiday hours`);
const NO_BREAK_ANYWHERE = /^None of London's open police front counters has a break in the day in the hours my sources give, but they do not say whether counters shut for lunch or staff breaks\./;

describe('the hours through the year, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['are the opening hours different in the summer', ONE_SET],
      ['do the hours change in school holidays', ONE_SET],
      ['are the hours the same all year', ONE_SET],
      ['do opening times change in winter', ONE_SET],
      ['do the hours change in the holidays', ONE_SET],
      ['are there summer opening hours', ONE_SET],
      ['is brixton open later in summer', ONE_SET_OF('Brixton')],
      ['are brixtons hours different in the summer', ONE_SET_OF('Brixton')],
      ['does croydon police station close earlier in winter', ONE_SET_OF('Croydon')],
      ['is lewisham open later in summer', ONE_SET_OF('Lewisham', 'open 24 hours a day, every day')],
      ['do they close for lunch', NO_BREAK_ANYWHERE],
      ['do police stations close for lunch', NO_BREAK_ANYWHERE],
      ['do front counters shut at lunchtime', NO_BREAK_ANYWHERE],
      ['do the hours change at christmas', /^The data has no special-day hours for Christmas Day \(25 December 2026\)/],
      ['are opening times different over easter', /^The data has no special-day hours for Easter Sunday/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is brixton open', 'are the hours different in the summer'], ONE_SET_OF('Brixton')],
      [['is brixton open', 'is it the same all year'], ONE_SET_OF('Brixton')],
      [['hours for ilford', 'do they change in the school holidays'], ONE_SET_OF('Ilford')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['was brixton open in summer 2021', /^Yes\. In summer 2021 \(June to August 2021\), the front counter at \*\*Brixton Police Station\*\* was open/],
        ['is brixton open in the summer', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['does ilford have different hours at christmas', /^I don't have special-day hours for Christmas Day \(25 December 2026\), so I can't say whether \*\*Ilford Police Station\*\* opens as usual/],
        ['are the hours different on bank holidays', /^The data has no special-day hours for bank holidays/],
        ['is brixton open at lunchtime', /^Yes, at 12:30 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is open/],
        ['does brixton shut for lunch', /^\*\*Brixton Police Station\*\* has no break in the day in the hours my sources give/],
      ],
      { now: FRIDAY },
    );
    itAnswersLast([[['is brixton open', 'do the hours change at christmas'], /^I don't have special-day hours for Christmas Day \(25 December 2026\), so I can't say whether \*\*Brixton Police Station\*\*/]], FRIDAY);
    it999FirstAsControls(['are the hours different in the summer? my neighbour is hitting his wife right now'], FRIDAY);
  });
});
