/**
 * The difference between two counters' hours asked ("whats the difference between walworth and brixton hours", "how
 * do sutton and kingston hours differ", "difference in hours between sutton and lewisham"): their hours set side by
 * side, the same or who is open longer, first (was: Brixton's hours and "I can't help with the other part", a
 * heading with no answer, or "in hours" taken for an hour from now); asked yes or no ("are walworth and brixton hours
 * different", "is there any difference between croydon and bromley opening times"): "No, ..." or "Yes, their hours
 * differ: ..." first. Controls: the difference between other things (a hub and a counter, 101 and 999) keeps its
 * answer; "both X and Y" open is still one question; "in an hour" is still an hour from now.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const SAME = (a: string, b: string) => new RegExp(`^${a} and ${b} have the same hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.`);
const LEWISHAM_LONGER = (other: string) => new RegExp(`^Lewisham is open longer: 24 hours, every day, against Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 at ${other}\\.`);

describe('a difference between counters asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['whats the difference between walworth and brixton hours', SAME('Walworth', 'Brixton')],
      ['what is the difference between the opening times of ilford and romford', SAME('Ilford', 'Romford')],
      ['difference in hours between sutton and lewisham', LEWISHAM_LONGER('Sutton')],
      ['how do sutton and kingston hours differ', SAME('Sutton', 'Kingston')],
      ['how does lewisham differ from brixton', LEWISHAM_LONGER('Brixton')],
      ['are walworth and brixton hours different', /^No, Walworth and Brixton have the same hours/],
      ['is there any difference between croydon and bromley opening times', /^No, Croydon and Bromley have the same hours/],
      ['are lewisham and kingston opening times different', /^Yes, their hours differ: Lewisham 24 hours, every day; Kingston Mon–Fri 10:00–22:00/],
      ['do hammersmith and acton differ in hours', /^No, Hammersmith and Acton have the same hours/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['whats the difference between a hub and a counter', /^Policing hubs are not front counters/],
        ['what is the difference between 101 and 999', /^\*\*Call 999\*\* when a crime is happening now/],
        ['are both ilford and romford open on sunday', /^Yes, both are open on Sunday\./],
        ['is brixton open in an hour', /^Yes, at 15:00 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
        ['do sutton and kingston have the same hours', /^Yes, Sutton and Kingston have the same hours/],
      ],
      { now: FRIDAY },
    );
  });
});
