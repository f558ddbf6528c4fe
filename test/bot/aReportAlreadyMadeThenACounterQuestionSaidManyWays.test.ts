/**
 * A break-in or harm already reported, then a question about a counter ("my mum has already reported the break-in,
 * does croydon open on sunday", "dad already reported the stabbing, is croydon open today"): the report is done, so
 * the counter question is answered, not 999. The typo corrector keeps "reported" whole (a keyword's past form is not
 * a slip), so the tense that says the report is made is read. Told as back or going on again ("but they're back inside now", "someone is breaking in again right now"), a report to make
 * ("i want to report a break-in"), or happening now, it still leads with 999.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CALL_999 = /^\*\*Call 999 now\*\*/;

describe('a report already made, then a counter question, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['my mum has already reported the break-in, does croydon open on sunday', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      ['we reported the break in to 101 yesterday, what time does brixton open tomorrow', /^\*\*Brixton Police Station\*\* opens at 09:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
      ["i've already reported a break-in, is lewisham open tonight", /^Yes, \*\*Lewisham Police Station\*\* is open this evening/],
      ['dad logged the break-in online, is sutton open on saturday', /^Yes, \*\*Sutton Police Station\*\* is open tomorrow, Saturday 5 December/],
      ['the neighbours already reported the break-in, where is the nearest counter to SE15', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/],
      ['my nan has reported the break in, is ilford police station still open', /^Yes, the front counter at \*\*Ilford Police Station\*\* is open/],
      ['my mum reported the break-in and she needs to hand in the cctv, when does walworth open', /^\*\*Walworth Police Station\*\* opens at 10:00/],
      // Harm named as what the report was about, the same way.
      ['my mum has already reported the mugging, does croydon open on sunday', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December/],
      ['dad already reported the stabbing, is croydon open today', /^Yes, \*\*Croydon Police Station\*\* is open today/],
    ],
    { now: FRIDAY_AFTERNOON, understood: true },
  );
});

describe('controls: a break-in going on, back again or still to report keeps 999', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['i reported the break-in but they are back inside now, is croydon open', CALL_999],
      ['we already reported the break in. someone is breaking in again right now', CALL_999],
      ['my mum has already reported the break-in. they are still in the house. croydon open?', CALL_999],
      ['i want to report a break-in, is croydon open on sunday', CALL_999],
      ['i reported the stabbing but he is back outside now with the knife', CALL_999],
      ['we reported the mugging. they are still following me', CALL_999],
      ['someone is mugging my mum, is croydon open', CALL_999],
      ['someone is breaking in, does croydon open on sunday', CALL_999],
      ["there's a break-in happening next door, is croydon open", CALL_999],
    ],
    { now: FRIDAY_AFTERNOON },
  );
});
