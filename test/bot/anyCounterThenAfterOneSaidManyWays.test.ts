/**
 * Any counter open at a time or on a day, asked right after one counter was discussed ("is brixton open now", then
 * "will any be open at 8am on sunday", "is anything open on sunday", "any open at 7am tmrw"): the nearest counter open
 * then to the one discussed, not that counter's hours only (before: "No, at 08:00 on Sunday, Brixton is closed").
 * Controls: "will it be open at 8am on sunday" is still the counter discussed; "whats open at 3am" and "anywhere open"
 * unchanged; asked first, with nothing discussed, the London list; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('any counter then, asked after one, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open now', 'will any be open at 8am on sunday'], /^The nearest front counter open at 08:00 on Sunday 6 December to Brixton is \*\*Charing Cross Police Station\*\*/],
      [['is brixton open now?', 'is anything open on sunday'], /^The nearest front counter open on Sunday 6 December to Brixton is \*\*Brixton Police Station\*\*/],
      [['hours of ilford', 'any open at 7am tmrw'], /^The nearest front counter open at 07:00 tomorrow \(Saturday 5 December\) to Ilford is \*\*Lewisham Police Station\*\*/],
      [['is walworth open', 'is any station open at 6am sat'], /^The nearest front counter open at 06:00 tomorrow \(Saturday 5 December\) to Walworth is \*\*Charing Cross Police Station\*\*/],
      [['when does croydon close today', 'anything still open at 11pm tonight?'], /^The nearest front counter open at 23:00 tonight to Croydon is /],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is walworth open', 'will it be open at 8am on sunday'], /^No, at 08:00 on Sunday 6 December, \*\*Walworth Police Station\*\* is closed/],
        [['is brixton open now', 'is it open on sunday'], /^Yes, \*\*Brixton Police Station\*\* is open on Sunday 6 December, 09:00–19:00/],
        [['is brixton open now', 'whats open at 3am'], /^The nearest front counter open at 03:00 tonight \(early on Saturday 5 December\) to Brixton is \*\*Charing Cross Police Station\*\*/],
        [['is brixton open now', 'is ilford open at 8am on sunday'], /^No, at 08:00 on Sunday 6 December, \*\*Ilford Police Station\*\* is closed/],
      ],
      FRIDAY,
    );
    itAnswersFirst([['will any be open at 8am on sunday', /^Two police front counters are open in London at 8am on Sunday: \*\*Charing Cross\*\* and \*\*Lewisham\*\*/]], { now: FRIDAY });
    it999FirstAsControls(['is anything open at 8am on sunday someone is trying to break in right now'], FRIDAY);
  });
});
