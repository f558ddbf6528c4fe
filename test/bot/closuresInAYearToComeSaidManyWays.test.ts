/**
 * Closures asked of a year to come, with no counter named ("what will close in 2027", "whats closing in 2028", "anything
 * shutting 2027?"): what the data holds for that year (the closures decided then, dated), or that it holds none decided
 * or proposed then, with the date of its latest source; never a counter asked for, never an invented closure. Controls: a
 * year gone by is its closures; a counter named is that counter's outlook; closures ahead with no year are as before;
 * danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_IN = (year: number, where = '') =>
  new RegExp(`^No front counter closure${where} in ${year} is decided or proposed, as far as my sources show \\(my latest source is from 28 February 2026\\)\\.$`);

describe('closures in a year to come, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what will close in 2027', NONE_IN(2027)],
      ['whats closing in 2028', NONE_IN(2028)],
      ['anything shutting 2027?', NONE_IN(2027)],
      ['which stations will shut in 2028', NONE_IN(2028)],
      ['are any police stations closing in 2027', NONE_IN(2027)],
      ['will any counters close in 2030 in south london', NONE_IN(2030, ' in South London')],
      ['wot will shut down in 2029', NONE_IN(2029)],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['which closed in 2017', 'what will close in 2027 then'], NONE_IN(2027)]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['what closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy \(MOPAC\):/],
        ['what closed in 2026', /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/],
        ['will brixton close in 2027', /^No, the front counter at \*\*Brixton Police Station\*\* is not planned to close, as far as my sources show/],
        ['are any more closures planned', /^No more front counter closures are decided or proposed, as far as my sources show/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['what will close in 2027 theres a fire in my flat'], FRIDAY);
  });
});
