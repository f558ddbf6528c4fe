/**
 * Closures over a recent stretch said in months, or asked with "did any ... close" and a period ("which police stations
 * shut in the past 12 months", "how many stations closed over the last six months", "did any police station close this
 * year", "did any counters close last year"): the closures of that stretch, where it listed every closure since 2017.
 * "When did the counters close" with no period still lists them all. Through the bot (26 November 2026).
 */
import { Conversation, firstLineOf, itAnswersFirst } from './harness';
import { expect } from 'chai';

const february2026 = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): /;

describe('closures over a recent stretch: only that stretch', () => {
  itAnswersFirst(
    [
      ['which police stations shut in the past 12 months', february2026],
      ['did any police stations close in the past 18 months', /^Yes: ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): /],
      ['did any police station close this year', /^Yes: ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): /],
      ['how many counters closed within the last twelve months', february2026],
      ['how many stations closed over the last six months', /^No front counter closed in the last 6 months, as far as my sources show\.$/],
      ['did any counters close last year', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/],
      ['did any police station close in 2019', /^No front counter closed in 2019, as far as my sources show\.$/],
    ],
    { understood: true },
  );
});

describe('controls: no period, or one in years', () => {
  it('"when did the counters close": every closure since July 2017', async () => {
    expect(firstLineOf(await new Conversation().askText('when did the counters close'))).to.match(/^\d+ front counters closed between July 2017 and 28 February 2026:$/);
  });
  itAnswersFirst([['which police stations closed in the last 5 years', /^11 front counters closed between 6 March 2024 and 28 February 2026:$/]]);
});
