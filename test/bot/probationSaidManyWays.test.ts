/**
 * Probation, said many ways ("i need to speak to my probation officer", "where do i report to probation"): not a front
 * counter matter, and the data does not say where anyone reports, so that is said first, then where to check (the
 * probation officer's letter, gov.uk); no number or address is given. A counter's hours asked beside it are answered,
 * and danger told with it leads with 999.
 */
import { expect } from 'chai';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const PROBATION = /^Probation isn't something police front counters deal with, and I don't know where you report or how to reach your probation officer\.$/;

describe('probation, said many ways: not a front counter matter, and where to check', () => {
  itAnswersFirst(
    [
      ['i need to speak to my probation officer', PROBATION], ['where do i report to probation', PROBATION], ['how do i contact my probation officer', PROBATION],
      ['im on probation where do i go', PROBATION], ['do i sign on for probation at brixton police station', PROBATION], ['nearest probation office to croydon', PROBATION],
      ['i missed my probation appointment', PROBATION], ['community payback where do i go', PROBATION], ['whats my offender managers number', PROBATION],
    ],
    { understood: true },
  );

  it('then where to check, with no number or address of its own', async () => {
    const reply = await new Conversation().askText('i need to speak to my probation officer');
    expect(reply).to.match(/Check the letter or appointment details your probation officer gave you, or gov\.uk\./);
    expect(reply).to.not.match(/\b0\d{3,}|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b/);
  });

  it("a counter's hours asked beside it: that counter", async () => {
    expect(firstLineOf(await new Conversation().askText('im on probation, is brixton open now'))).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });

  describe('danger told with it: 999 first', () => {
    for (const said of ['my probation officer is threatening to kill me', 'someone is following me home from probation']) {
      it(said, async () => expectCall999First(await new Conversation().say(said), said));
    }
  });
});
