/**
 * A day of the month said in words after "on the" ("is brixton open on the first", "and on the fifth?", "hours for
 * croydon on the twenty first"): the next such day (today counts), as "on the 1st" is read, not now. Controls: "on the
 * first floor" (a thing, not a day), "the second one" (a pick from a list), "the first day of christmas", a month named
 * ("the first of january": that date), and the figure said as one ("on the 3rd").
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const CASES: [string, RegExp][] = [
  ['is brixton open on the first', /^Yes, \*\*Brixton Police Station\*\* is open on Tuesday 1 December, 10:00–22:00\./],
  ['will walworth be open on the second?', /^Yes, \*\*Walworth Police Station\*\* is open on Wednesday 2 December, 10:00–22:00\./],
  ['what time does ilford shut on the twelfth', /^\*\*Ilford Police Station\*\* closes at 19:00 on Saturday 12 December \(open 09:00–19:00\)\./],
  ['hours for croydon on the twenty first', /^\*\*Croydon Police Station\*\* is open on Monday 21 December, 10:00–22:00\./],
  ['is lewisham open on the thirtieth', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours on Monday 30 November\./],
  ['whats open on the third', /^27 police front counters are open in London on Thursday 3 December:/],
  // Controls.
  ['is brixton open on the 1st', /^Yes, \*\*Brixton Police Station\*\* is open on Tuesday 1 December, 10:00–22:00\./],
  ['what time does ilford open on the first of january', /^I don't have special-day hours for New Year's Day \(1 January 2027\)/],
  ['is brixton open on the first floor', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
];

describe('a day of the month in words: that day, not now', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES, { understood: true });
  itAnswersLast([
    [['brixton', 'and on the fifth?'], /^\*\*Brixton Police Station\*\* is open on Saturday 5 December, 09:00–19:00\./],
    [['is walworth open on sunday', 'what about on the twentieth'], /Walworth Police Station\*\* is open on Sunday 20 December, 09:00–19:00\./],
    // A pick from the list just given is not a day.
    [['nearest station to SE15', 'is the second one open'], /^(?!.*December)/],
  ]);
});
