/**
 * Whatever is open on a day or in a part of a day, asked with nothing named and nowhere given ("whats open on sunday",
 * "is anything open on saturday", "anything open tomorrow night?"): London's counters open then lead, as "which
 * stations are open on sunday" is answered, counting only those open within the part of the day said. Where the
 * resident says where they are next, the nearest open then (not now). A part of a day also narrows the nearest desk
 * asked for it ("nearest open tomorrow night to IG8 0SB": only a counter open at night). Controls: "near me" (where the
 * resident is asked), a place said with it (the nearest then), a counter named, a special day (no hours in the data),
 * "now" (the list of now, and the nearest now after it), and danger.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ALL_27 = (when: string) => new RegExp(`^27 police front counters are open in London ${when}: \\*\\*Charing Cross\\*\\* and \\*\\*Lewisham\\*\\* open 24 hours a day; the other 25`);
const ONLY_THE_24_HOUR = (when: string) => new RegExp(`^Two police front counters are open in London ${when}: \\*\\*Charing Cross\\*\\* and \\*\\*Lewisham\\*\\* open 24 hours a day\\.`);

const CASES: [string, RegExp][] = [
  ['whats open on sunday', ALL_27('on Sunday')],
  ['is anything open on saturday', ALL_27('on Saturday')],
  ['anywhere open sunday morning?', ALL_27('on Sunday morning')],
  ['whats open tomorrow', ALL_27('tomorrow')],
  ['what is open at the weekend', ALL_27('this weekend')],
  ['is anywhere open on the 12th', ALL_27('on Saturday 12 December')],
  ['anything open tomorrow night?', ONLY_THE_24_HOUR('tomorrow night')],
  ['whats open sunday night', ONLY_THE_24_HOUR('on Sunday night')],
  ['anything open on monday evening', ALL_27('on Monday evening')],
  ['which stations are open saturday night', ONLY_THE_24_HOUR('on Saturday night')],
  // Controls.
  ['whats open on sunday near me', /^To find the nearest front counter open on Sunday 6 December, I need to know where you are\./],
  ['whats open on sunday in croydon', /^The nearest front counter open on Sunday 6 December to Croydon is \*\*Croydon Police Station\*\*/],
  ['is brixton open on sunday', /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
  ['any stations open on boxing day', /^The data has no special-day hours for Boxing Day/],
  ['whats open now', ALL_27('now')],
  ['anything open on sunday? theres a man with a knife outside', /^\*\*Call 999 now/],
  // A part of a day narrows the nearest: at night only a 24-hour counter is open.
  ['nearest station open tomorrow night to IG8 0SB', /^The nearest front counter open tomorrow night \(Saturday 5 December\) to IG8 0SB is \*\*Charing Cross Police Station\*\*/],
  ['nearest station open saturday morning to IG8 0SB', /^The nearest front counter open tomorrow morning \(Saturday 5 December\) to IG8 0SB is \*\*Edmonton Police Station\*\*/],
  ['which station near E17 is open sunday evening', /^The nearest front counter open in the evening on Sunday 6 December to E17 is \*\*Tottenham Police Station\*\*/],
];

describe('what is open on a day, with nowhere said: London\'s counters open then', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES, { understood: true, now: FRIDAY_AFTERNOON });
  itAnswersLast(
    [
      // Where they are, said after the day's list: the nearest open that day, not now.
      [['whats open on sunday', 'SE1'], /^The nearest front counter open on Sunday 6 December to SE1 is \*\*Walworth Police Station\*\*/],
      [['is anything open tomorrow night', 'IG8 0SB'], /^The nearest front counter open tomorrow night \(Saturday 5 December\) to IG8 0SB is \*\*Charing Cross Police Station\*\*/],
      [['whats open at the weekend', 'E17'], /^The nearest front counter open this weekend \(Saturday 5 or Sunday 6 December\) to E17 is \*\*Tottenham Police Station\*\*/],
      // Controls: after the list of now, the nearest now; a counter named after a day's list is that counter.
      [['whats open now', 'SE1'], /^The nearest front counter open now to \*\*SE1\*\* is \*\*Walworth Police Station\*\*/],
      [['whats open on sunday', 'brixton'], /Brixton Police Station/],
    ],
    FRIDAY_AFTERNOON,
  );
});
