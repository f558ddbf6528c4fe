/**
 * The time left until a counter opens or closes ("how long till walworth opens", "how much longer is croydon open for",
 * "how long till it closes" after a counter): the time left leads, then the time itself ("In 30 minutes: Walworth
 * Police Station opens at 09:00 today."). Asked the other way round (when it opens, while it is open), the usual
 * state; a 24-hour counter never closes.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

const SUNDAY_EARLY = DateTime.fromISO('2026-12-06T08:30', { zone: 'Europe/London' });
const SUNDAY_AFTERNOON = DateTime.fromISO('2026-12-06T15:10', { zone: 'Europe/London' });

describe('the time until a counter opens or closes, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how long till walworth opens', /^In 30 minutes: \*\*Walworth Police Station\*\* opens at 09:00 today\.$/],
      ['how long before ilford opens?', /^In 30 minutes: \*\*Ilford Police Station\*\* opens at 09:00 today\.$/],
      ['how many hours till romford opens', /^In 30 minutes: \*\*Romford Police Station\*\* opens/],
      ['how long until lewisham closes', /^\*\*Lewisham Police Station\*\* never closes: it is open 24 hours a day\.$/],
      ['how long until brixton shuts', /^\*\*Brixton Police Station\*\* is closed now; opens at 09:00 today\./],
    ],
    { now: SUNDAY_EARLY },
  );
  itAnswersFirst(
    [
      ['how long until brixton shuts', /^In 3 hours 50 minutes: \*\*Brixton Police Station\*\* closes at 19:00 today\.$/],
      ['how much longer is croydon open for', /^In 3 hours 50 minutes: \*\*Croydon Police Station\*\* closes at 19:00 today\.$/],
      ['how long till walworth opens', /^\*\*Walworth Police Station\*\* is open now, until 19:00\./],
    ],
    { now: SUNDAY_AFTERNOON },
  );
  itAnswersLast([[['is brixton open', 'how long till it closes'], /^In \d+ hours?(?: \d+ minutes?)?: \*\*Brixton Police Station\*\* closes at 22:00 today\.$/]]);
});

describe('the controls: how long it has been, opening hours asked plainly, and how long on a day named', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['how long has brixton been open', /Brixton/],
    ['what time does walworth open', /Walworth Police Station/],
    // With a day named, how long it is open that day: its hours, not the time left from now.
    ['how long is acton open for today', /^\*\*Acton Police Station\*\* is open today, Thursday 26 November, 10:00–22:00\.$/],
    ['how long is brixton open on saturday', /^\*\*Brixton Police Station\*\* is open (?:on )?Saturday 28 November, 09:00–19:00\.$/],
  ]);
});
