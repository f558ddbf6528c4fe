/**
 * How early or late one can get to a counter ("how early can i get to ilford", "latest i can get to bromley tomorrow",
 * "by what time should i get to sutton"): its hours, not its address ("get to" here is a time, not a way). Controls:
 * "how do i get to ilford" keeps the address; "the quickest way to get to brixton" is a route, none known: the address.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('how early or late one can get to a counter: its hours', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how early can i get to ilford', /^\*\*Ilford Police Station\*\* opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday\./],
      ['latest i can get to bromley tomorrow', /^\*\*Bromley Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
      ['how late can i get to croydon tonight', /^\*\*Croydon Police Station\*\* closes at 22:00 today, Friday 4 December \(open 10:00–22:00\)\./],
      ['by what time should i get to sutton', /^\*\*Sutton Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
      ['how soon can we get to walworth on sunday', /Walworth Police Station\*\*[^\n]*09:00/],
      ['earliest time i can get to kingston', /^\*\*Kingston Police Station\*\* opens at 10:00/],
    ],
    { now: FRIDAY },
  );
});

describe('controls: the way to a counter keeps its address', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how do i get to ilford police station', /^\*\*Ilford Police Station\*\*: 270-294 High Road/],
      ['whats the quickest way to get to brixton police station', /^I don't have journey times or routes, but \*\*Brixton Police Station\*\* is at 367 Brixton Road/],
    ],
    { now: FRIDAY },
  );
});
