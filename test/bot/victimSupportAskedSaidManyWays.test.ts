/**
 * Support for victims asked of the bot ("how do i contact victim support", "victim support number", "is there any support
 * for victims of crime"): that it has no details of Victim Support or other victim services, first, then what the data
 * holds (ask on 101 or at met.police.uk; victims can book an officer to come and see them, through 101). Before: how to
 * report a crime, or "Sorry, I can't help with that". Controls: reporting a crime as a victim is still how to report; a
 * victim in danger now gets 999 first.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_DETAILS = /^I don't have Victim Support's or other victim services' details: my sources don't cover them\.$/;

describe('victim support asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how do i contact victim support', NO_DETAILS],
      ['victim support number', NO_DETAILS],
      ['is there victim support at lewisham', NO_DETAILS],
      ['is there any support for victims of crime', NO_DETAILS],
      ['are there support services for victims', NO_DETAILS],
      ['whats the number for the witness service', NO_DETAILS],
    ],
    { understood: true, now: FRIDAY },
  );

  it('then what the data holds for victims', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('victim support number');
    expect(text).to.match(/To ask about support, call 101 or check met\.police\.uk\. Victims of crime can book an officer to come and see them\./);
  });

  describe('controls', () => {
    itAnswersFirst([['i was a victim of a burglary how do i report it', /^To report a crime that is not an emergency: call 101/]], { now: FRIDAY });
    it999FirstAsControls(['a man is attacking me right now, i need victim support'], FRIDAY);
  });
});
