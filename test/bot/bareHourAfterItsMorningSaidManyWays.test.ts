/**
 * A bare hour from 7 to 11 ("open at 9?") is the morning, unless today's morning hour has gone: asked at 2pm it is
 * tonight's, and the reply says which it took. Asked at 7am it is still the morning; a day named keeps the morning.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const AT = (hh: number, mm = 0) => DateTime.fromObject({ year: 2026, month: 11, day: 26, hour: hh, minute: mm }, { zone: 'Europe/London' });

const CASES: [DateTime, string, RegExp][] = [
  [AT(14), 'is stoke newington open at 9', /^Yes, at 21:00 today \(Thursday 26 November\), \*\*Stoke Newington Police Station\*\* is open, until 22:00\. \(I took "9" to mean 21:00 tonight\.\)$/],
  [AT(15, 30), 'will ilford still be open at 8?', /^Yes, at 20:00 today .*\*\*Ilford Police Station\*\* is open, until 22:00\. \(I took "8" to mean 20:00 tonight\.\)$/],
  [AT(16), 'is the brixton front desk open at 10?', /^No, at 22:00 today .*\*\*Brixton Police Station\*\* is closed.*\(I took "10" to mean 22:00 tonight\.\)$/],
  [AT(7), 'is stoke newington open at 9', /^No, at 09:00 today .*\*\*Stoke Newington Police Station\*\* is closed; opens at 10:00 today/],
  [AT(14), 'is ilford open at 8 tomorrow', /^No, at 08:00 tomorrow \(Friday 27 November\), \*\*Ilford Police Station\*\* is closed/],
];

describe('a bare hour after its morning has gone is tonight, said back', function () {
  this.timeout(30_000);
  for (const [now, say, first] of CASES) {
    it(`${say} (asked at ${now.toFormat('HH:mm')})`, async () => {
      expect(firstLineOf(await new Conversation('webchat', now).askText(say))).to.match(first);
    });
  }
});
