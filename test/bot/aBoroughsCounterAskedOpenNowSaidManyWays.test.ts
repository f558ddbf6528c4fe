/**
 * Whether a borough's counter is open now, asked yes or no: "is there a desk in westminster open now", "... right
 * now", "... at the moment". The first sentence says yes or no for now, as a day or a time named does (round 20b); a
 * borough with no counter says so; the list without a moment and "still open" (not closed down) keep their answers.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation } from './harness';

/** Friday 4 December 2026, 14:00 and 23:30 in London: Brixton is open in the afternoon, closed late at night. */
const AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const LATE = DateTime.fromISO('2026-12-04T23:30', { zone: 'Europe/London' });

const CASES: [DateTime, string, RegExp][] = [
  [AFTERNOON, 'is there a desk in westminster open now', /^Yes, \*\*Charing Cross Police Station\*\* is open now, 24 hours a day\./],
  [AFTERNOON, 'is there a desk in westminster open right now', /^Yes, \*\*Charing Cross Police Station\*\* is open now/],
  [AFTERNOON, 'is there a desk in lambeth open at the moment', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
  [AFTERNOON, 'any counters in lambeth open now?', /^Yes, \*\*Brixton Police Station\*\* is open now/],
  [AFTERNOON, 'are there any police stations in bromley open right now', /^Yes, \*\*Bromley Police Station\*\* is open now/],
  [AFTERNOON, 'is there a desk in hackney open right now', /^Yes, \*\*Stoke Newington Police Station\*\* is open now/],
  [LATE, 'is there a desk in lambeth open now', /^No, \*\*Brixton Police Station\*\* is closed now; opens at 09:00 tomorrow/],
  [LATE, 'is there a desk in westminster open right now', /^Yes, \*\*Charing Cross Police Station\*\* is open now, 24 hours a day\./],
  [LATE, 'is there a desk in richmond open now', /^There is no police front counter in \*\*Richmond upon Thames\*\* now\./],
  // Controls: no moment (the list), a day named (round 20b), the City (its own force).
  [AFTERNOON, 'is there a desk in westminster open', /^Yes, Westminster has one police front counter: \*\*Charing Cross Police Station\*\*, open 24 hours a day\./],
  [AFTERNOON, 'is there a desk in westminster open on sunday', /^Yes, \*\*Charing Cross Police Station\*\* is open 24 hours on Sunday 6 December\./],
  [AFTERNOON, 'is there a desk in the city of london open now', /^The City of London has its own police force/],
];

describe("a borough's counter asked open now, yes or no", function () {
  this.timeout(30_000);
  for (const [at, say, answer] of CASES) {
    it(`${say} (${at.toFormat('HH:mm')})`, async () => {
      const [reply] = await new Conversation('webchat', at).say(say);
      expect(reply.text, say).to.match(answer);
    });
  }
});
