/**
 * A counter named, asked whether it is among those a list just named ("which stations closed in 2026", then "was
 * brixton one of them", "is harrow on that list", "kensington included?"; after the 24-hour counters, "is brixton one of
 * them", "and lewisham, is that on the list"; after the nearest, "is walworth one of those"): Yes or No first ("No:
 * **Brixton** is not among them; the front counter at **Brixton Police Station** is open: ..."), then its status (was
 * its status or its closure date with no yes or no). The list stays for the next such question. Controls: the same
 * words with no list before, a report asked at a counter with "one of them" in a story, and "did walworth close too?"
 * keep their answers. Through the bot.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersLast } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const CLOSED_2026 = 'which stations closed in 2026';
const ROUND_THE_CLOCK = 'which stations are open 24 hours';

describe('a counter asked among those just listed, said many ways', () => {
  describe('yes or no first, then its status', () => {
    itAnswersLast(
      [
        [[CLOSED_2026, 'was brixton one of them'], /^No: \*\*Brixton\*\* is not among them; the front counter at \*\*Brixton Police Station\*\* is open: /],
        [[CLOSED_2026, 'is harrow on that list'], /^Yes: \*\*Harrow\*\* is among them; the front counter at \*\*Harrow Police Station \(South Harrow\)\*\* closed on 28 February 2026\.$/],
        [[CLOSED_2026, 'was brixton one of them', 'is harrow on that list'], /^Yes: \*\*Harrow\*\* is among them; /],
        [[CLOSED_2026, 'wood green among those?'], /^No: \*\*Wood Green\*\* is not among them; the front counter at .* closed on 14 December 2017\.$/],
        [['which stations closed in 2017', 'was wood green one of them'], /^Yes: \*\*Wood Green\*\* is among them; /],
        [['which stations closed in 2017', 'did islington make the list'], /^No: \*\*Islington\*\* is not among them; /],
        [['which stations closed in 2017', 'kensington included?'], /^No: \*\*Kensington\*\* is not among them; the front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026\.$/],
        [[ROUND_THE_CLOCK, 'is brixton one of them'], /^No: \*\*Brixton\*\* is not among them; /],
        [[ROUND_THE_CLOCK, 'is brixton one of them', 'and lewisham, is that on the list'], /^Yes: \*\*Lewisham\*\* is among them; the front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day\.$/],
        [['nearest to SE15 5TH', 'is walworth one of those'], /^Yes: \*\*Walworth\*\* is among them; /],
      ],
      NOW,
    );
  });

  describe('controls: no list before, a story, a closure asked', () => {
    itAnswersLast(
      [
        [['is brixton one of them'], /^The front counter at \*\*Brixton Police Station\*\* is open: /],
        [[CLOSED_2026, 'one of them was robbed, can i report it at brixton'], /^Yes, you can report it at Brixton's front counter/],
        [[CLOSED_2026, 'did walworth close too?'], /^No, the front counter at \*\*Walworth Police Station\*\* has not closed: /],
        [[CLOSED_2026, 'is brixton open'], /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/],
      ],
      NOW,
    );
  });
});
