/**
 * "yr" and "yrs" typed for year(s) where a number or "last"/"this" comes before them ("any station closures last yr",
 * "which counters closed this yr", "how many counters shut last yr", "did any stations close in the past few yrs"): read
 * as "year(s)" (was: every closure since July 2017, or today's closing times for "shut last yr"). Controls: "yr" anywhere
 * else is left alone ("is yr bot any good" is not a year), and "last year" written out keeps its answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { readMessage } from '../../src/understanding/message';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_IN_2025 = /^My sources date no front counter closure in 2025 itself/;
const FEBRUARY_2026 = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review/;

describe('a year written "yr", said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['any station closures last yr', NONE_IN_2025],
      ['how many counters shut last yr', NONE_IN_2025],
      ['which police stations closed last yr?', NONE_IN_2025],
      ['which counters closed this yr', FEBRUARY_2026],
      ['did any stations close in the past few yrs', /^Yes: 11 front counters closed between 6 March 2024 and 28 February 2026/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['any closures in 2017', 'what about last yr'], NONE_IN_2025],
      [['which counters closed last year', 'and this yr?'], FEBRUARY_2026],
    ],
    FRIDAY,
  );

  it('reads "yr" as a year only after a number, "last" or "this"', () => {
    expect(readMessage('closures in the last 2 yrs').text).to.equal('closures in the last 2 years');
    expect(readMessage('any closures this yr').text).to.equal('any closures this year');
    expect(readMessage('is yr bot any good').text).to.equal('is yr bot any good');
    expect(readMessage('whats yr name').text).to.equal('whats yr name');
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['any station closures last year', NONE_IN_2025],
        ['which counters closed this year', FEBRUARY_2026],
      ],
      { now: FRIDAY },
    );
  });
});
