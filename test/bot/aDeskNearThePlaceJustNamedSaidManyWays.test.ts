/**
 * A counter near the place just named, pointed back at ("the boxing at wembley was brutal lol, any police desk near
 * there", "my nan lives in peckham, is there a station near there"): the nearest counter to that place, whatever tense
 * the story before it is told in; not the counter of that name's hours or past, nor its borough's counters. Controls:
 * a past asked of a place, a closure asked of a counter, danger near the place.
 */
import { itAnswersFirst } from './harness';

const NEAREST = (place: string, desk: string) => new RegExp(`^The nearest front counter to ${place} is \\*\\*${desk} Police Station\\*\\*, `);

const CASES: [string, RegExp][] = [
  ['the boxing at wembley was brutal lol, any police desk near there', NEAREST('Wembley', 'Wembley')],
  ['i was in croydon last week, is there a police station round there', NEAREST('Croydon', 'Croydon')],
  ['had a great night in camden, any police counter near it', NEAREST('Camden', 'Kentish Town')],
  ['my nan lives in peckham, is there a station near there', NEAREST('Peckham', 'Walworth')],
  ['the match at twickenham was mad, any police station around there', NEAREST('Twickenham', 'Hounslow')],
  ['went to brixton yesterday, any police station near there', NEAREST('Brixton', 'Brixton')],
  ['we used to live in tooting, is there a front desk in that area', NEAREST('Tooting', 'Lavender Hill')],
  // Controls.
  ['was there a police station in twickenham', /^The front counter at \*\*Twickenham Police Station\*\* closed on 28 February 2026\./],
  ['did wembley police station close', /^No, the front counter at \*\*Wembley Police Station\*\* has not closed/],
  ['my mate just got stabbed at wembley, any police near there', /^\*\*Call 999 now/],
];

describe('a desk near the place just named: the nearest to that place', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES);
});
