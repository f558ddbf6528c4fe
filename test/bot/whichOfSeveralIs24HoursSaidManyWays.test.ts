/**
 * Two or more counters asked whether they are open 24 hours ("is brixton or walworth open 24 hours", "brixton or walworth
 * for a 24 hour desk", "are brixton walworth or lewisham 24/7"): which of them is, first ("No, neither ... is open 24
 * hours a day", "Of the two, only Lewisham is ..."), then each one's hours as before; was "Brixton and Walworth: opening
 * hours:" with no answer. Controls: "which is 24 hours, brixton or lewisham" still ranks them; a closed counter among them
 * still leads with its closure; open on a day asked of two still "Yes, both are open on Sunday". Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEITHER = /^No, neither \*\*Brixton\*\* nor \*\*Walworth\*\* is open 24 hours a day\./;
const ONLY_LEWISHAM = /^Of the two, only \*\*Lewisham\*\* is open 24 hours a day\./;

describe('which of several is open 24 hours, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is brixton or walworth open 24 hours', NEITHER],
      ['brixton or walworth for a 24 hour desk', NEITHER],
      ['are brixton and walworth open 24/7', NEITHER],
      ['lewisham or walworth for a 24 hour desk', ONLY_LEWISHAM],
      ['is walworth or lewisham open round the clock', /^Of the two, only \*\*Lewisham\*\* is open 24 hours a day\./],
      ['is lewisham or charing cross open 24 hours', /^Yes, both \*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day\./],
      ['are brixton walworth or lewisham 24/7', /^Of the three, only \*\*Lewisham\*\* is open 24 hours a day\./],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open', 'is brixton or walworth open 24 hours then'], NEITHER]], FRIDAY);
  it('each counter\'s hours still follow', async () => {
    const reply = await new Conversation('webchat', FRIDAY).ask('is brixton or walworth open 24 hours');
    expect(reply).to.match(/\*\*Brixton Police Station\*\*: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00/);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which is 24 hours, brixton or lewisham', /^Lewisham is open longer: 24 hours, every day/],
        ['is brixton or kennington open 24 hours', /Kennington's front counter closed on 14 December 2017/],
        ['is brixton or walworth open on sunday', /^Yes, both are open on Sunday\./],
        ['is brixton or walworth open', /^Yes, both are open now\./],
      ],
      { now: FRIDAY },
    );
  });
});
