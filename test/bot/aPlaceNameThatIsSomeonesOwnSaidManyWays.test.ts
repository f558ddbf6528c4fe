/**
 * A place's name said as someone's own, told of with a verb ("my seven sisters are visiting, is brixton open", "my bow
 * is broken, nearest desk to ilford", "my angel was asleep"): a thing or people of theirs, not the place; the question
 * is about the place named after it. Controls: a place said as one's own address or home ("my ilford address, nearest
 * desk") is still the place; "barking" said as a verb is not Barking; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OPEN_NOW = (counter: string) => new RegExp(`^Yes, \\*\\*${counter} Police Station\\*\\* is open now`);

describe('a place name that is someone’s own, said many ways', () => {
  itAnswersFirst(
    [
      ['my seven sisters are visiting, is brixton open', OPEN_NOW('Brixton')],
      ['my seven sisters came round, is walworth open', OPEN_NOW('Walworth')],
      ['our seven sisters have moved, is lewisham open', OPEN_NOW('Lewisham')],
      ['my bow is broken, nearest desk to ilford', /^The nearest front counter to Ilford is \*\*Ilford Police Station\*\*/],
      ['my angel was asleep, is walworth open', OPEN_NOW('Walworth')],
      ['her elephant is a toy, whats open in brixton', /^The nearest front counter open now to Brixton is \*\*Brixton Police Station\*\*/],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['my ilford address, nearest desk', /^The nearest front counter to Ilford is \*\*Ilford Police Station\*\*/],
        ['my brixton flat was burgled, nearest station', /^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*/],
        ['my barking dog keeps me up, is ilford open', OPEN_NOW('Ilford')],
        ['is seven sisters open', /^(?:My sources have no police front counter called Seven Sisters\. )?The nearest front counter open now to Seven Sisters is \*\*Tottenham Police Station\*\*/],
        ['seven sisters police', /^The nearest front counter to Seven Sisters is \*\*Tottenham Police Station\*\*/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['my seven sisters are being attacked right now in brixton'], FRIDAY);
  });
});
