/**
 * A police report or crime number asked for as a document ("i need a police report for my insurance", "can i get a copy
 * of a police report", "my insurer needs a crime reference number", "how do i get a police report"): that the bot cannot
 * give one and its sources do not say how to get one, first, then only what the data holds (101 and met.police.uk, to
 * report it or to ask), never a fee or a process. Before: how to report a crime, "I can't look up crime reports or cases",
 * or the nearest counter. Controls: a report made ("i want to file a police report", "how do i report a crime") is still
 * how to report; the resident's own number looked up is still a case lookup; a theft told now still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CANNOT_GIVE = /^I can't give you a police report, a copy of one or a crime reference number, and my sources don't say how to get one/;

describe('a police report asked for, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['i need a police report for my insurance', CANNOT_GIVE],
      ['can i get a copy of a police report', CANNOT_GIVE],
      ['my insurer needs a crime reference number', CANNOT_GIVE],
      ['how do i get a crime number for insurance', CANNOT_GIVE],
      ['where do i get a police report for a stolen phone insurance claim', CANNOT_GIVE],
      ['insurance company wants a police report', CANNOT_GIVE],
      ['where can i get a copy of my police report', CANNOT_GIVE],
      ['can i pick up a police report from ilford station', CANNOT_GIVE],
      ['how do i get a police report', CANNOT_GIVE],
      ['someone stole my bike, i need a crime number for insurance', CANNOT_GIVE],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now', 'can i get a copy of my police report there'], CANNOT_GIVE]], FRIDAY);

  it('says where to report or ask, and no fee', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('i need a police report for my insurance');
    expect(text).to.match(/If you haven't reported the crime yet: call 101, or report online at met\.police\.uk\. If you have, ask on 101 or at met\.police\.uk/);
    expect(text).to.not.match(/£|\bfee\b|\bcosts?\b|\bcharge/i);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i want to file a police report', /^To report a crime that is not an emergency: call 101/],
        ['how do i report a crime', /^To report a crime that is not an emergency: call 101/],
        ['whats my crime reference number', /^I can't look up crime reports or cases\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['someone is stealing my car right now, i need a crime number for insurance'], FRIDAY);
  });
});
