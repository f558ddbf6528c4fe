/**
 * A part of a day asked of a counter with no day named ("is brixton open in the morning", "is brixton open at night",
 * "can i go to croydon at night?"): that part of today while it is still to come, else of tomorrow (was: "Yes, ... is
 * open now", whatever part was asked). Said as a habit ("is ilford open in the mornings", "is walworth open
 * mornings", "is sutton open evenings"): the usual week's hours (for evenings, when it closes each day). Controls: the
 * time of something told ("i was robbed in the morning, is brixton open"), a night shift, a greeting and "all night"
 * (round the clock) keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 London: this morning is gone, this evening and tonight are to come. */
const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
/** Friday 4 December 2026, 07:00 London: this morning is still to come. */
const EARLY = DateTime.fromISO('2026-12-04T07:00', { zone: 'Europe/London' });
const WEEK = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.`);

describe('a part of the day asked of a counter with no day, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is brixton open in the morning', /^From 09:00 in the morning: \*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
      ['is brixton open in the evening', /^Yes, \*\*Brixton Police Station\*\* is open this evening \(Friday 4 December\), until 22:00/],
      ['is brixton open at night', /^Only until 22:00 at night: \*\*Brixton Police Station\*\* is open today, Friday 4 December, 10:00–22:00\./],
      ['can i go to croydon at night?', /^Only until 22:00 at night: \*\*Croydon Police Station\*\* is open today/],
      ['is lewisham open at night', /^Yes, \*\*Lewisham Police Station\*\* is open tonight \(Friday 4 December\)/],
      ['is ilford open in the mornings', WEEK('Ilford')],
      ['is walworth open mornings', WEEK('Walworth')],
      ['is sutton open evenings', /^\*\*Sutton Police Station\*\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\./],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersFirst([['is brixton open in the morning', /^(?:Yes, )?.*\*\*Brixton Police Station\*\* is open (?:this morning|today, Friday 4 December)/]], { understood: true, now: EARLY });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i was robbed in the morning, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['i work night shifts, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['good morning is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['is brixton open all night', /^No, \*\*Brixton Police Station\*\* is not open 24 hours/],
        ['is brixton open tomorrow morning', /^From 09:00 in the morning: \*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December/],
      ],
      { now: FRIDAY },
    );
  });
});
