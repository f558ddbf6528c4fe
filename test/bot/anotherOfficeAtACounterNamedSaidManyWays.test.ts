/**
 * Another office's business asked with a counter named as where ("press office at brixton police station", "is there a
 * press office at lewisham police station", "foi request about walworth police station"): whose it is and where to look,
 * not the counter's hours. Also another body reached ("how do i contact the council", "what number do i ring for the
 * council"): the council's, not 101. Controls: a journalist asking a counter open keeps that answer; the police reached
 * is 101. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const PRESS = /^I can't help with press or media enquiries, and I don't have the Met's press office details/;
const COUNCIL = /^I can't help with council services, and I don't know councils' numbers or addresses/;

describe('another office at a counter named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['press office at brixton police station', PRESS],
      ['is there a press office at lewisham police station', PRESS],
      ['media enquiries croydon police station', PRESS],
      ['foi request about walworth police station', /^I can't take Freedom of Information or data requests/],
      ['how do i contact the council', COUNCIL],
      ['what number do i ring for the council', COUNCIL],
      ['how do i get in touch with the passport office', /^I can't help with passports/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['im a journalist, is brixton police station open now', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        // A counter's address asked after a story of the press: the address (found at the round's merge).
        ['spoke to a journalist about a robbery years ago, just need the bromley counter address', /^\*\*Bromley Police Station\*\*: High Street, Bromley BR1 1ER\./],
        ['spoke to a reporter about the closure, where is the walworth police station', /^\*\*Walworth Police Station\*\*: /],
        ['where is the met press office', /^I can't help with press or media enquiries/],
        ['how do i contact the police', /^If it is not an emergency: call 101/],
        ['how do i contact the police about noise', /^If it is not an emergency: call 101/],
      ],
      { now: FRIDAY },
    );
  });
});
