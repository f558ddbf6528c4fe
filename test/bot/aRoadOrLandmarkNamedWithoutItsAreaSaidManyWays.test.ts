/**
 * A road or landmark we do not know named as where to look ("police station near borough market", "is there a cop shop
 * on kingsland road", "nearest nick to grand union canal"): the bot says it does not know that road or landmark, by its
 * name, and asks for its postcode district, rather than a bare "I need to know where you are". The district then
 * completes the question. A road said with its area or district ("kingsland road dalston", "kingsland road E8") uses the
 * area. Controls: a landmark described, not named ("the park", "the local park", "the high street") is no name; a road
 * the data knows is answered; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { PLACE_NOT_KNOWN, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const WHERE_ARE_YOU = /^To find the nearest front counter, I need to know where you are\./;

describe('a road or landmark we do not know, named as where to look, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['police station near borough market', PLACE_NOT_KNOWN('borough market')],
      ['is there a cop shop on kingsland road', PLACE_NOT_KNOWN('kingsland road')],
      ['is there a police station near kingsland road', PLACE_NOT_KNOWN('kingsland road')],
      ['police near mare street', PLACE_NOT_KNOWN('mare street')],
      ['any police counter on lordship lane?', PLACE_NOT_KNOWN('lordship lane')],
      ['nearest nick to grand union canal', PLACE_NOT_KNOWN('grand union canal')],
      ['whats the closest police station to borough market pls', PLACE_NOT_KNOWN('borough market')],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['police station near borough market', 'SE1'], /^The nearest front counter to SE1 is \*\*/],
      [['is there a cop shop on kingsland road', 'E8'], /^The nearest front counter to E8 is \*\*/],
    ],
    FRIDAY,
  );

  describe('with its area or district', () => {
    itAnswersFirst(
      [
        ['nearest police station to kingsland road dalston', /^The nearest front counter to Dalston is \*\*/],
        ['nearest police station to kingsland road E8', /^The nearest front counter to E8 is \*\*/],
      ],
      { now: FRIDAY },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['nearest police station to the park', WHERE_ARE_YOU],
        ['police station near the local park', WHERE_ARE_YOU],
        ['nearest police station to holloway road', /^The nearest front counter to Holloway Road is \*\*/],
        ['is there a police station near camden market', /^The nearest front counter to Camden is \*\*/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['a man with a knife near borough market right now'], FRIDAY);
  });
});
