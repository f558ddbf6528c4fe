/**
 * The Met asked about as an institution, through the real bot: who leads, runs or funds it, its commissioner, its budget
 * ("who funds the met", "who runs the met police", "who is the met commissioner", "whos in charge of the met"). The data
 * holds none of it: that its sources don't cover it comes first, then met.police.uk, never a place looked up ("funds",
 * "charge") nor "can't help". Controls: officer numbers keep their answer; who runs a counter or the bot keeps its own;
 * the Met named beside a counter's question keeps that question; danger still leads with 999.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const NOT_COVERED = /^My sources don't cover the Met as a whole \(who leads, runs or funds it, or how big it is\): they are about its front counters\. Check met\.police\.uk or call 101\./;

describe('the Met itself asked, said many ways', () => {
  itAnswersFirst(
    [
      ['who funds the met', NOT_COVERED],
      ['who runs the met police', NOT_COVERED],
      ['who is the met commissioner', NOT_COVERED],
      ['whos in charge of the met', NOT_COVERED],
      ["who's the head of the Met?", NOT_COVERED],
      ['how is the metropolitan police funded', NOT_COVERED],
      ['whats the mets budget', NOT_COVERED],
      ['where does the met get its money from', NOT_COVERED],
      ['who is the current commissioner of the metropolitan police', NOT_COVERED],
      ['who pays for the met police', NOT_COVERED],
      ['how big is the met', NOT_COVERED],
      ['is the met the biggest police force in the country', NOT_COVERED],
      ['how many police forces are there', NOT_COVERED],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      // Officer numbers: the crime-figures answer, as before.
      ['how many officers does the met have', /^My sources don't cover crime figures or police officer numbers/],
      // Who runs the bot: what it is, not the Met.
      ['who funds you', /^I have no information about who funds or runs StationDesk/],
      // A counter's question with the Met named beside it.
      ['the met is useless, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      // A station's own leader: not the Met as a whole (whoLeadsPolicingLocallySaidManyWays).
      ['who runs brixton police station', /^My sources don't name who leads policing in a borough or at a station/],
    ]);

    it('danger control: who runs the met, theres a man with a knife outside', async () => {
      const said = 'who runs the met, theres a man with a knife outside';
      expect999First(await new Conversation().say(said), said);
    });

    it('the closures, asked why with the Met named, are not this', async () => {
      const text = await new Conversation().askText('why did the met close so many front counters');
      expect(text).to.not.match(NOT_COVERED);
    });
  });
});
