/**
 * Whether two counters open (or close) at the same time: "does brixton open the same time as walworth", "do ilford and
 * croydon close at the same time on saturday", "same opening time for bromley and croydon?". Their hours set side by
 * side, for the day named or the week (was: "Yes, both are open now", which answers whether both are open at once).
 * Controls: "are brixton and lewisham open at the same time" still asks whether both are open now, and "which closes
 * later" still ranks them. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SAME_WEEK = (a: string, b: string) => new RegExp(`^Yes, ${a} and ${b} have the same hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.`);

describe('the same opening or closing time asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['does brixton open the same time as walworth', SAME_WEEK('Brixton', 'Walworth')],
      ['do brixton and walworth open at the same time', SAME_WEEK('Brixton', 'Walworth')],
      ['same opening time for bromley and croydon?', SAME_WEEK('Bromley', 'Croydon')],
      ['do walworth and brixton open at the same time of day', SAME_WEEK('Walworth', 'Brixton')],
      ['do ilford and croydon close at the same time on saturday', /^Yes, Ilford and Croydon have the same hours on Saturday: 09:00–19:00\./],
      ['does lewisham open at the same time as brixton', /^No, their hours differ: Lewisham 24 hours, every day; Brixton Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
      ['do bromley and lewisham shut at the same time', /^No, their hours differ: Bromley Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00; Lewisham 24 hours, every day\./],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['are brixton and lewisham open at the same time', /^Yes, both are open now\./],
        ['which closes later, brixton or lewisham', /^Lewisham is open later/],
      ],
      { understood: true, now: FRIDAY },
    );
  });
});
