/**
 * The desk just given turned down ("not that one", "nah not there", "apart from that one?", "not walworth" of Walworth
 * just given, "i cant get to that one", "somewhere different"): the next desk from where the resident is, as "and
 * another?" gives, not "Sorry" nor the same desk again. Controls: the desk asked of ("is it open now then", "how do i
 * get there"), a correction to another place, a refusal with nothing given before, and danger told in the same words.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEXT_FROM_SE15 = /^The next nearest front counter (?:open now )?to SE15 is \*\*Brixton Police Station\*\*/;

describe('the desk just given turned down, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest station to se15', 'not that one'], NEXT_FROM_SE15],
      [['nearest station to se15', 'no not that one, another'], NEXT_FROM_SE15],
      [['nearest station to se15', 'nah not there'], NEXT_FROM_SE15],
      [['nearest station to se15', 'apart from that one?'], NEXT_FROM_SE15],
      [['nearest station to se15', 'anything other than that?'], NEXT_FROM_SE15],
      [['nearest station to se15', 'besides that one'], NEXT_FROM_SE15],
      [['nearest station to se15', 'i cant get to that one'], NEXT_FROM_SE15],
      [['nearest station to se15', 'somewhere different'], NEXT_FROM_SE15],
      [['nearest station to se15', 'not walworth'], NEXT_FROM_SE15],
      [['nearest station to se15', 'one that isnt walworth'], NEXT_FROM_SE15],
      [['nearest station to e17', 'not that one pls'], /^The next nearest front counter (?:open now )?to E17 is \*\*(?!Tottenham)/],
    ],
    NOW,
  );
});

describe('controls: the desk asked of, a correction, nothing given before, danger', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest station to se15', 'is it open now then'], /^Yes, \*\*Walworth Police Station\*\* is open now/],
      [['nearest station to se15', 'how do i get there'], /\*\*Walworth Police Station\*\*: 12-28 Manor Place/],
      [['nearest station to se15', 'no i meant ilford'], /Ilford/],
      [['is ilford open now', 'sorry, romford not ilford'], /^Yes, \*\*Romford Police Station\*\* is open now/],
      [['not that one'], /^Sorry|^Which|^What/],
      [['nearest station to se15', 'not that one, someone is breaking into my house right now'], /^\*\*Call 999 now\*\*/],
    ],
    NOW,
  );
});
