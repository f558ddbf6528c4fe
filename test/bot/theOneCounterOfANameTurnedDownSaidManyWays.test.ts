/**
 * The counter just asked of by name turned down when no other place or counter of that name is known ("wrong brixton",
 * "not that one", "no the other one", "i meant a different walworth" after Brixton or Walworth): the bot says it knows
 * only that counter of the name and asks which they meant (a name, a postcode or an area), inventing none; where
 * another counter has the name in its own ("Windmill Road (Croydon custody centre)"), it is named. Before: that counter's
 * hours again, or "Sorry, I can't help with that". Controls: "not that one" after a nearest is the next nearest; "the
 * other hayes" the other place of the name; "what about the other one" another counter near it; a new place named
 * after "wrong one"; the name said alone; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ONLY = (counter: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* is the only police front counter called ${counter} that I know of \\([^)]+\\)\\. Which did you mean\\?`);

describe('the one counter of a name turned down, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open now', 'wrong brixton'], ONLY('Brixton')],
      [['brixton hours', 'not that one'], ONLY('Brixton')],
      [['brixton hours', 'no the other one'], ONLY('Brixton')],
      [['is walworth open', 'wrong one'], ONLY('Walworth')],
      [['is walworth open', 'nah wrong station'], ONLY('Walworth')],
      [['is walworth open', 'i meant a different walworth'], ONLY('Walworth')],
      [['whats the address of ilford police station', 'the other ilford'], ONLY('Ilford')],
      [['when does stratford close', 'no not that one'], ONLY('Stratford')],
      [['is charing cross open', 'sorry wrong one'], ONLY('Charing Cross')],
      [['croydon address', 'no the other one'], /^Besides \*\*Croydon Police Station\*\*, the one counter I know with Croydon in its name is \*\*Windmill Road \(Croydon custody centre\) front counter\*\*\. Which did you mean\?/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['nearest counter to SE5', 'not that one'], /^The next nearest front counter open now to SE5 is \*\*Brixton Police Station\*\*/],
        [['is hayes open', 'wrong hayes'], /^The nearest front counter open now to Hayes is \*\*Bromley Police Station\*\*/],
        [['is brixton open now', 'what about the other one'], /^The nearest front counter open now to Brixton is \*\*Walworth Police Station\*\*/],
        [['is brixton open now', 'wrong one, ilford'], /^Yes, \*\*Ilford Police Station\*\* is open now/],
        [['is walworth open', 'walworth'], /^The front counter at \*\*Walworth Police Station\*\* is open/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['wrong brixton, someone is breaking into my flat right now'], FRIDAY);
  });
});
