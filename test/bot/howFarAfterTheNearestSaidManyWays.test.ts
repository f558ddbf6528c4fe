/**
 * How far, asked bare just after a nearest answer ("nearest police station to SE15", then "how far is it", "how far?",
 * "how many miles is it", "is it far"): that counter's distance from where the resident said they are, said first (was:
 * the whole nearest answer again, or "Sorry, I can't help with that" for "is it far"); from a stop ("how far is it from the
 * tube"), the journey's answer; "is lewisham far from catford" as "how far". Controls: another counter named ("how far is
 * brixton"), a place that is the counter's
 * own spot ("im in croydon": its address again), a counter asked of with nowhere given (the bot asks where), a counter
 * measured in one message; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const FROM = (counter: string, km: string, place: string) => new RegExp(`^\\*\\*${counter} Police Station\\*\\* is about ${km.replace('.', '\\.')} km \\(\\d(?:\\.\\d)? miles?\\) from ${place} in a straight line`);

describe('how far, asked after the nearest, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest police station to SE15', 'how far is it'], FROM('Walworth', '2.9', 'SE15')],
      [['closest station to E8', 'how far?'], FROM('Stoke Newington', '1.7', 'E8')],
      [['nearest 24 hour station to SE5', 'how far is it from me'], FROM('Charing Cross', '4.6', 'SE5')],
      [['nearest to SE15', 'how many miles is it'], FROM('Walworth', '2.9', 'SE15')],
      [['nearest station to peckham', 'how far is that one'], FROM('Walworth', '2.7', 'Peckham')],
      [['nearest to SE15', 'is it far'], FROM('Walworth', '2.9', 'SE15')],
      [['where is my nearest police station, im in E8', 'ok and how far away is that'], FROM('Stoke Newington', '1.7', 'E8')],
      // From a stop the bot cannot place: the journey's answer for the counter given (was: the nearest answer again).
      [['nearest to SE15', 'how far is it from the tube'], /^I don't have journey times or routes, but \*\*Walworth Police Station\*\* is at 12-28 Manor Place/],
    ],
    FRIDAY,
  );
  // "is X far from Y" is a distance, as "how far is X from Y" (was: X's state).
  itAnswersFirst([['is lewisham far from catford', FROM('Lewisham', '2.6', 'Catford')]], { understood: true, now: FRIDAY });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['how far is walworth from SE15', FROM('Walworth', '2.9', 'SE15')],
      ],
      { now: FRIDAY },
    );
    itAnswersLast(
      [
        [['nearest to SE15', 'how far is brixton'], FROM('Brixton', '3.4', 'SE15')],
        [['im in croydon where\'s the nearest counter', 'how far away is that'], /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*, at 71 Park Lane/],
        [['is brixton open?', 'how far is it?'], /^To say how far \*\*Brixton Police Station\*\* is from you, I need to know where you are\./],
        [['nearest to SE15', 'is it open on sunday'], /^Yes, \*\*Walworth Police Station\*\* is open on Sunday 6 December/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['nearest to SE15 how far is it, a man is attacking me right now'], FRIDAY);
  });
});
