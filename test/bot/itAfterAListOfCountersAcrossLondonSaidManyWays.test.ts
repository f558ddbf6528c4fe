/**
 * "it" just after a list of counters across London ("which counters moved", then "why did it move"; "which counters
 * closed in 2021", then "when did it close"), none of them picked yet: which of those listed is asked, by their names,
 * not "which police station?" with names never listed, nor the counter discussed before the list. Controls: "they" and a
 * bare "why" are the whole list's reasons; a counter picked by order or name is answered; after a borough's list, "is it
 * still open" is the borough's counter open now; "it" of one counter asked by name stays that counter. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHICH_OF_NINE = /^Which of the 9 counters just listed do you mean\? Tell me its name, for example Sidcup Police Station \(former, Main Road\) or Barking Police Station/;
const WHICH_OF_2020 = /^Did you mean Shepherd's Bush Police Station \(temporary Hammersmith & Fulham 24-hour counter\), Teddington Police Station or Holloway Police Station\?/;
const WHICH_OF_2021 = /^Did you mean Barkingside Police Station or Shoreditch Police Station\?/;

describe('"it" after a list of counters across London, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['which counters moved', 'why did it move'], WHICH_OF_NINE],
      [['which police stations relocated', 'why did it relocate?'], WHICH_OF_NINE],
      [['which counters moved', 'is it still open'], WHICH_OF_NINE],
      [['is brixton open', 'which counters moved', 'why did it move'], WHICH_OF_NINE],
      [['which stations moved in 2020', 'why did it move'], WHICH_OF_2020],
      [['which stations moved in 2020', 'where is it'], WHICH_OF_2020],
      [['which stations moved in 2020', 'was it open 24 hours'], WHICH_OF_2020],
      [['is brixton open', 'which counters moved', 'was it ever 24 hours'], WHICH_OF_NINE],
      [['which counters closed in 2021', 'when did it close'], WHICH_OF_2021],
      [['which counters closed in 2021', 'is it open now?'], WHICH_OF_2021],
      // The choice made: that counter's own story.
      [['which stations moved in 2020', 'why did it move', 'holloway'], /Holloway Police Station\*\* closed on 30 November 2020\. Its counter moved to \*\*Islington Police Station\*\*/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['which counters moved', 'why did they move'], /^Each of the nine moves my sources record had its own reason/],
        [['which counters moved', 'why'], /^Each of the nine moves my sources record had its own reason/],
        [['which counters closed in 2021', 'the first one'], /^The front counter at \*\*Barkingside Police Station\*\* closed around March 2021/],
        [['which counters closed in 2021', 'what about the second one'], /^The front counter at \*\*Shoreditch Police Station\*\* closed around 4 September 2021/],
        [['how many stations did hackney have in 2017', 'is it still open'], /^Yes, the front counter at \*\*Stoke Newington Police Station\*\* is open/],
        [['when did holloway police station close', 'why did it move'], /Holloway/],
        [['is brixton open', 'is it open tomorrow'], /Brixton/],
        // A list's dates asked of "it" are the list's own, as before.
        [['which stations moved in 2020', 'when did it move'], /^They moved to another counter in 2020/],
        [['is brixton open', 'was it 24 hours before'], /^Yes: the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day/],
      ],
      FRIDAY,
    );
  });
});
