/**
 * "that one?" said alone after an answer that named one counter ("is brixton open now?", "nearest to se15", "hours of
 * ilford"), and the like ("this one??", "what about that station", "and that one"): that counter's state and hours (was
 * "Sorry, I can't help with that"). Controls: "the first one" after a list still picks from it; "that one" with no
 * counter before stays not understood as a counter; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OPEN = (counter: string) => new RegExp(`^The front counter at \\*\\*${counter} Police Station\\*\\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.$`);

describe('"that one" said alone, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open now?', 'that one?'], OPEN('Brixton')],
      [['nearest to se15', 'that one?'], OPEN('Walworth')],
      [['hours of ilford', 'this one??'], OPEN('Ilford')],
      [['is croydon open on sunday', 'and that one'], OPEN('Croydon')],
      [['is wood green open', 'what about that station'], /^The front counter at \*\*Wood Green police front counter \(Fishmongers Arms\)\*\* closed on 14 December 2017\./],
      [['where is stratford police station', 'that station?'], OPEN('Stratford')],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['which stations reopened', 'the first one'], /^The front counter at \*\*Shoreditch Police Station\*\* reopened in 2020/],
        [['that one?'], /^Sorry, I can't help with that/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['that one? theres a man with a gun outside'], FRIDAY);
  });
});
