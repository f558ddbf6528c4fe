/**
 * A place said as between two others ("nearest police station between brixton and clapham", "i live between sutton and
 * cheam wheres my nearest counter", "police station halfway between ilford and romford"): one place halfway between the
 * two named (the middle of their points, approximate), measured from there and named as such, not the first of the two.
 * Controls: two counters compared ("which is open later, brixton or walworth"), the distance between two ("whats the
 * distance between brixton police station and sw2") and one place named stay as they were;
 * danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HALFWAY = (a: string, b: string) => new RegExp(`^The nearest front counter (?:open now )?to (?:\\*\\*)?halfway between ${a} and ${b}(?:\\*\\*)? is \\*\\*`);

describe('a place halfway between two, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['nearest police station between brixton and clapham', HALFWAY('Brixton', 'Clapham')],
      ['i live between sutton and cheam wheres my nearest counter', HALFWAY('Sutton', 'Cheam')],
      ['police station halfway between ilford and romford', HALFWAY('Ilford', 'Romford')],
      ['nearest counter to somewhere between walthamstow and chingford', HALFWAY('Walthamstow', 'Chingford')],
      ['whats open between croydon and sutton', HALFWAY('Croydon', 'Sutton')],
      ['closest front desk midway between stratford and ilford', HALFWAY('Stratford', 'Ilford')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which is open later, brixton or walworth', /^Brixton and Walworth have the same hours now: until 22:00\./],
        ['nearest police station to clapham', /^The nearest front counter to Clapham is \*\*/],
        ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['whats the distance between brixton police station and sw2', /^\*\*Brixton Police Station\*\* is about 1\.8 km/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['im between brixton and clapham a man is following me with a knife'], FRIDAY);
  });
});
