/**
 * A London place whose name another London place shares, told apart by the county it lies near, as postal
 * addresses name it ("hayes kent" is Bromley's Hayes, not Hillingdon's; "belmont surrey" is Sutton's Belmont):
 * the same answer as with its borough named. The bare name keeps its own reading (Hayes: Hillingdon's counter).
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NEAR_BROMLEY = /^The nearest front counter (?:open now )?to (?:\*\*)?Hayes(?:\*\*)? is \*\*Bromley Police Station\*\*/;
const NEAR_SUTTON = /^The nearest front counter (?:open now )?to (?:\*\*)?Belmont(?:\*\*)? is \*\*Sutton Police Station\*\*/;

describe('a place told apart by the county it lies near, said many ways: that place', () => {
  itAnswersFirst(
    [
      ['hayes kent', NEAR_BROMLEY], ['hayes, kent', NEAR_BROMLEY], ['hayes bromley', NEAR_BROMLEY], ['nearest police station to hayes, kent', NEAR_BROMLEY],
      ['police station near hayes kent', NEAR_BROMLEY], ['belmont surrey', NEAR_SUTTON], ['nearest police station to belmont, surrey', NEAR_SUTTON],
    ],
    { understood: true },
  );

  it('the bare name keeps its own reading: Hayes, Hillingdon’s counter', async () => {
    expect(firstLineOf(await new Conversation().askText('hayes'))).to.match(/Hayes Police Station \(Hayes End\)/);
  });
});
