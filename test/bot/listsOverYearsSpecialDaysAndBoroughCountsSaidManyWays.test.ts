/**
 * Three list questions said many ways through the real bot (as of Thursday 26 November 2026).
 * - Closures over a span of years ("2017-2018", "2017 to 2019", "2017-18"): the span, not its first year only
 *   (which left out Holborn, January 2018).
 * - Counters in general on a special day, without a desk word ("any open on bank holidays?"): the data has no
 *   special-day hours, said first (it asked which station); after a counter was discussed, that counter's.
 * - Boroughs by how many counters they have ("which boroughs have 2 counters", "only one"): every borough has at
 *   most one now, said first (it was not understood).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const CLOSED_2017_18 = /^37 front counters closed between July 2017 and January 2018 under the 2017 Public Access Strategy \(MOPAC\):/;
const NO_SPECIAL_HOURS = (day: string) => new RegExp(`^The data has no special-day hours for ${day}, so I can't say whether the front counters open as usual then\\.`);
const ONE_EACH = /^No borough has more than one front counter open today: 27 boroughs have one each\./;

describe('lists over years, on special days and by borough counts, said many ways', () => {
  describe('closures over a span of years', () => {
    itAnswersFirst(
      [
        ['which counters closed in 2017-2018', CLOSED_2017_18],
        ['which counters closed in 2017 and 2018', CLOSED_2017_18],
        ['how many closed 2017-18', CLOSED_2017_18],
        ['which stations shut between 2017 and 2018', CLOSED_2017_18],
        ['list the front desks that closed 2017 to 2018 pls', CLOSED_2017_18],
        ['which closed in 2017 to 2026', /^54 front counters closed between July 2017 and 28 February 2026:/],
      ],
      { understood: true },
    );
    // Controls: one year is still the year itself; a count after a year is a count.
    itAnswersFirst([
      ['which closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\)/],
      ['which counters closed in 2018', /^One front counter closed in January 2018 under the 2017 Public Access Strategy \(MOPAC\): Holborn\./],
    ]);
  });

  describe('any counter open on a special day', () => {
    itAnswersFirst(
      [
        ['any open on bank holidays', NO_SPECIAL_HOURS('bank holidays')],
        ['is anything open on new years day', NO_SPECIAL_HOURS("New Year's Day \\(1 January 2027\\)")],
        ['anywhere open on boxing day??', NO_SPECIAL_HOURS('Boxing Day \\(26 December 2026\\)')],
        ['are any open at all on christmas day', NO_SPECIAL_HOURS('Christmas Day \\(25 December 2026\\)')],
        // Counters in the plural, or the special days in general, with no "any": the same (it asked which station).
        ['are police station front desks open on christmas day', NO_SPECIAL_HOURS('Christmas Day \\(25 December 2026\\)')],
        ['what are the opening hours on bank holidays', NO_SPECIAL_HOURS('bank holidays')],
        ['do front counters open on new years day?', NO_SPECIAL_HOURS("New Year's Day \\(1 January 2027\\)")],
        ['opening times over public holidays please', NO_SPECIAL_HOURS('bank holidays')],
      ],
      { understood: true },
    );
    it('after a counter was discussed, it is that counter on the special day', async () => {
      const conversation = new Conversation();
      await conversation.askText('is brixton open today');
      const text = await conversation.askText('any open on bank holidays');
      expect(firstLineOf(text)).to.match(/^I don't have special-day hours for bank holidays, so I can't say whether \*\*Brixton Police Station\*\* opens as usual then\./);
    });
  });

  describe('boroughs by how many counters they have', () => {
    itAnswersFirst(
      [
        ['which boroughs have 2 counters', /^No borough has two front counters open today: 27 boroughs have one each\./],
        // One asked: the boroughs with one, counted first.
        ['which borough has only one station', /^27 boroughs have one front counter open today\./],
        ['which boroughs have more than one police station', ONE_EACH],
        ['any borough with two front counters?', /^No borough has two front counters open today: 27 boroughs have one each\./],
        ['what boroughs have just one counter', /^27 boroughs have one front counter open today\./],
      ],
      { understood: true },
    );
  });
});
