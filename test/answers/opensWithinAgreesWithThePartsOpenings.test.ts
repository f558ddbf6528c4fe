/**
 * The filter's quick test of a part of a day (`opensWithin` over `partSpan`) says open exactly when the full cut
 * (`openDuringPart`) finds an opening in it: over schedules that open before, inside, across and after each part, with
 * breaks, a 24-hour one and closed days, on ordinary dates and on both clock changes of 2026 and 2027.
 */
import { expect } from 'chai';
import { openDuringPart, opensWithin, partSpan } from '../../src/answers/partOfDay';
import { londonInstant } from '../../src/stations/hours/londonTime';
import { parseSchedule } from '../../src/stations/hours/parse';
import { hoursOn } from '../../src/stations/hours/queries';
import { DAY_PART_HOURS, type DayPart } from '../../src/understanding/question';

const SCHEDULES = [
  'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00',
  'Mon-Sun 00:00-24:00',
  'Mon-Fri 09:00-13:00; Mon-Fri 14:00-17:00; Sat 10:00-14:00',
  'Mon-Sun 18:00-20:00',
  'Mon-Sun 05:00-06:00',
  'Sat-Sun 21:00-23:30',
];
const DATES = ['2026-12-04', '2026-12-05', '2026-12-06', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2026-07-01'];
const PARTS = Object.keys(DAY_PART_HOURS) as DayPart[];

describe('whether a counter opens within a part of a day, told quickly', () => {
  it('agrees with the full cut of the day to the part, for every schedule, date and part', () => {
    let opens = 0;
    let shut = 0;
    for (const text of SCHEDULES) {
      const schedule = parseSchedule(text);
      for (const date of DATES) {
        const day = hoursOn(schedule, date);
        for (const part of PARTS) {
          const full = openDuringPart(day, part, londonInstant(date)).open.length > 0;
          expect(opensWithin(day, partSpan(part, londonInstant(date))), `${text} on ${date} in the ${part}`).to.equal(full);
          if (full) opens++;
          else shut++;
        }
      }
    }
    // Both answers occur, so the agreement is not one answer everywhere.
    expect(opens).to.be.greaterThan(20);
    expect(shut).to.be.greaterThan(20);
  });
});
