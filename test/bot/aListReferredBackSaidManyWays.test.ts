/**
 * Follow-ups that refer back to a list of counters just given. "that one", "what about that one", "is that one open on
 * sunday" right after several were listed (the 36 closures of 2017, the three moves of 2020, a borough's closures or its
 * counters then): which of those listed is asked, naming only listed ones (never the generic "For example Brixton or
 * Ilford"). "why did it move" after a list of one move: that move's reason. A year corrected ("no I meant 2025", "sorry,
 * 2018") or said again after the closures of a year: the same question of the new year, a calendar year as the first was.
 * Controls: "it" after several moves still asks which station; "that one" after the two 24-hour counters still offers
 * them; a place corrected is still that place; a plan named after a year is the plan's round. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHICH_OF_THE_36 = /^Which of the 36 counters just listed do you mean\? Tell me its name, for example Addington Police Station or Barkingside Police Station\./;
const WHICH_OF_2020_MOVES = /^Did you mean Shepherd's Bush Police Station[^?]*, Teddington Police Station or Holloway Police Station\?/;
const WHICH_OF_LAMBETH = /^Did you mean Kennington Police Station or Streatham police front counter \(Streatham High Road\)\?/;
const WHICH_OF_HACKNEY_THEN = /^Did you mean Shoreditch Police Station or Stoke Newington Police Station\?/;
const FOREST_GATE_WHY = /^It moved for the reason my sources record in 2024: \*\*Forest Gate\*\* to \*\*Stratford\*\*, on 6 March 2024: fire destroyed roof/;
const HOLBORN_2018 = /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\./;
const NONE_DATED_2025 = /^My sources date no front counter closure in 2025 itself/;
const FOREST_GATE_MOVED = /^My sources record one front counter whose desk moved to another counter when it closed in 2024: \*\*Forest Gate\*\* moved to \*\*Stratford\*\*/;

describe('a list referred back to, said many ways', function () {
  this.timeout(60_000);
  describe('"that one" after several listed: which of those', () => {
    itAnswersLast(
      [
        [['which stations closed in 2017', 'that one'], WHICH_OF_THE_36],
        [['which stations closed in 2017', 'what about that one'], WHICH_OF_THE_36],
        [['what stations shut in 2017', 'is that one open on sunday'], WHICH_OF_THE_36],
        [['which counters moved in 2020', 'that one'], WHICH_OF_2020_MOVES],
        [['which counters moved in 2020', 'what about that one?'], WHICH_OF_2020_MOVES],
        [['which stations closed in lambeth', 'what about that one'], WHICH_OF_LAMBETH],
        [['how many stations did hackney have in 2017', 'that one?'], WHICH_OF_HACKNEY_THEN],
      ],
      FRIDAY,
    );
    it('never offers a counter that was not listed', async () => {
      const c = new Conversation('webchat', FRIDAY);
      await c.ask('which stations closed in 2017');
      const reply = await c.ask('that one');
      expect(reply).not.to.match(/Brixton or Ilford/);
      await c.ask('which counters moved in 2020');
      expect(await c.ask('that one')).not.to.match(/Brixton|Ilford/);
    });
    it('a name picked from the moves is then answered', async () => {
      const c = new Conversation('webchat', FRIDAY);
      await c.ask('which counters moved in 2020');
      await c.ask('that one');
      expect(await c.ask('Holloway')).to.match(/^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020\./);
    });
  });

  describe('"it" after one move listed: that move', () => {
    itAnswersLast(
      [
        [['which counters moved in 2024', 'why did it move'], FOREST_GATE_WHY],
        [['which counters moved in 2024', 'how come it moved'], FOREST_GATE_WHY],
        [['which counters moved in 2024', 'so why did that one move?'], FOREST_GATE_WHY],
        [['which counters moved in 2024', 'whats the reason for that move'], FOREST_GATE_WHY],
        [['which counters moved in 2024', 'is it open'], /^No, the front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\./],
      ],
      FRIDAY,
    );
  });

  describe('a year corrected or said again after the closures of a year', () => {
    itAnswersLast(
      [
        [['which stations closed in 2017', 'no I meant 2025'], NONE_DATED_2025],
        [['which stations closed in 2017', 'sorry i meant 2018'], HOLBORN_2018],
        [['which stations closed in 2017', 'no, 2018'], HOLBORN_2018],
        [['which stations closed in 2017', 'what about 2018'], HOLBORN_2018],
        [['which stations closed in 2017', 'actually i meant march 2026'], /^No front counter closed in March 2026, as far as my sources show\./],
        [['which counters moved in 2020', 'no i meant 2024'], FOREST_GATE_MOVED],
        [['which counters moved in 2020', 'and 2024?'], FOREST_GATE_MOVED],
        [['how many stations were open in 2019', 'no i meant 2021'], /^As of 1 July 2021 \(the middle of 2021\), 38 front counters were open in London/],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersLast(
      [
        // Several moves: "it" is one of those just listed, so which of them is asked, by their names (not "which police
        // station?", nor a counter asked of before the list, which did not move).
        [['which counters moved in 2020', 'why did it move'], /^Did you mean Shepherd's Bush Police Station \(temporary Hammersmith & Fulham 24-hour counter\), Teddington Police Station or Holloway Police Station\?/],
        [['is brixton open', 'which counters moved in 2020', 'why did it move'], /^Did you mean Shepherd's Bush Police Station \(temporary Hammersmith & Fulham 24-hour counter\), Teddington Police Station or Holloway Police Station\?/],
        [['which counters moved in 2020', 'why did they move'], /^Each of the three moves my sources record in 2020 had its own reason/],
        [['which stations are open 24 hours', 'that one'], /^Did you mean Lewisham Police Station or Charing Cross Police Station\?/],
        [['which counters moved in 2020', 'the second one'], /^The front counter at \*\*Teddington Police Station\*\* closed around October 2020/],
        [['is brixton open', 'no i meant ilford'], /^Yes, \*\*Ilford Police Station\*\* is open now/],
        [['which stations closed in 2017', 'and the 2025 review?'], /^Ten front counters closed on 28 February 2026 under the 2025 front counter review/],
        [['which stations closed in 2018', 'and 2017?'], /^36 front counters closed in 2017 under the 2017 Public Access Strategy/],
        [['which stations closed in 2017', 'no i meant brixton'], /Brixton Police Station/],
      ],
      FRIDAY,
    );
  });
});
