/**
 * One's own report or case asked after as something seen, read or dealt with, through the real bot ("wheres my crime
 * report", "has my report been looked at", "has anyone read my report", "is anyone dealing with my case"): that the bot
 * cannot see reports or cases comes first, then the data's way to reach the police (101 or online), never "which
 * station?" nor "can't help". Controls: how one reports, a counter's address, and danger still leading with 999.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const CANNOT_SEE = /^I can't look up crime reports or cases\.$/;

describe("one's own report asked after, said many ways", () => {
  itAnswersFirst(
    [
      ['wheres my crime report', CANNOT_SEE],
      ['has my report been looked at', CANNOT_SEE],
      ['has my report been looked at yet?', CANNOT_SEE],
      ['has anyone read my report', CANNOT_SEE],
      ['is anyone dealing with my case', CANNOT_SEE],
      ['did my online report go through', CANNOT_SEE],
      ['have the police even looked at my burglary report', CANNOT_SEE],
      ['has my complaint been picked up', CANNOT_SEE],
      ['where is my report?', CANNOT_SEE],
    ],
    { understood: true },
  );

  it('the way to reach the police follows: 101 or online', async () => {
    const text = await new Conversation().askText('has my report been looked at');
    expect(text).to.match(/\nCall 101, or report online at met\.police\.uk\./);
  });

  describe('controls', () => {
    itAnswersFirst([
      // How one reports: not a record looked up.
      ['how do i report a crime', /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk/],
      // A counter's address.
      ['wheres brixton police station', /Brixton Police Station/],
    ]);

    it('danger control: has my report been looked at, hes back and kicking the door in', async () => {
      const said = 'has my report been looked at, hes back and kicking the door in';
      expect999First(await new Conversation().say(said), said);
    });
  });
});
