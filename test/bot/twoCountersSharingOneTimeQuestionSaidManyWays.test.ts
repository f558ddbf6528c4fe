/**
 * Two counters asked together for one closing or opening time of a day ("what time do brixton and walworth close on
 * saturday", "when do ilford and lewisham shut on sunday"): one question of both, the time of each on that day first
 * ("Brixton and Walworth both close at 19:00 on Saturday."). Before, the "and" split it into two questions, the first
 * losing the day and what was asked (Brixton's whole week, then Walworth's Saturday). Controls: two questions that are
 * two ("is brixton open and where is it", "when does brixton open and is ilford open sunday"), a yes or no of both, and
 * danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('two counters sharing one time question, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what time do brixton and walworth close on saturday', /^Brixton and Walworth both close at 19:00 on Saturday\./],
      ['when do ilford and croydon shut on sunday', /^Ilford and Croydon both close at 19:00 on Sunday\./],
      ['what time do brixton and walworth open tomorrow', /^Brixton and Walworth both open at 09:00 tomorrow\./],
      ['when do ilford and lewisham shut on sunday', /^Ilford closes at 19:00 on Sunday; Lewisham is open 24 hours\./],
      ['so what time do stratford and ilford close on sunday', /^Stratford and Ilford both close at 19:00 on Sunday\./],
      ['at what time do croydon and sutton open on saturday?', /^Croydon and Sutton both open at 09:00 on Saturday\./],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is brixton open now and where is it', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['when does brixton open and is ilford open sunday', /^\*\*Brixton Police Station\*\* opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday\./],
        ['are brixton and walworth open on sunday', /^Yes, both are open on Sunday\./],
        ['what time does brixton close on saturday', /^\*\*Brixton Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['what time do brixton and walworth close on saturday, my ex is outside with a knife'], FRIDAY);
  });
});
