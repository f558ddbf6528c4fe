/**
 * One place said by where it lies by another, with a nearest question ("the sutton end of croydon nearest station",
 * "edge of croydon near sutton whats the nearest desk", "croydon near sutton nearest desk"): the nearest counter to a
 * place the data has a point for, the one named, not "I need to know where you are" as if two counters were to be
 * compared from somewhere else. Controls: two counters asked which is nearer still ask where the resident is; how far
 * one is from the other is still a distance; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEAREST_TO = (place: string, counter: string) => new RegExp(`^The nearest front counter (?:open now )?to ${place} is \\*\\*${counter} Police Station\\*\\*`);
const WHERE_ARE_YOU = /^To find the nearest front counter, I need to know where you are\./;

describe('one place said by where it lies by another, said many ways', () => {
  itAnswersFirst(
    [
      ['edge of croydon near sutton whats the nearest desk', NEAREST_TO('Croydon', 'Croydon')],
      ['croydon near sutton nearest desk', NEAREST_TO('Croydon', 'Croydon')],
      ['the sutton end of croydon nearest station', NEAREST_TO('Sutton', 'Sutton')],
      ['the brixton side of clapham, nearest open desk', NEAREST_TO('Brixton', 'Brixton')],
      ['the wimbledon end of kingston, closest police station', NEAREST_TO('Wimbledon', 'Lavender Hill')],
      ['bit of lewisham towards bromley, nearest counter', NEAREST_TO('Lewisham', 'Lewisham')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which is nearer, brixton or lewisham', WHERE_ARE_YOU],
        ['is brixton nearer than lewisham', WHERE_ARE_YOU],
        ['lewisham or bromley, which is closest to me', WHERE_ARE_YOU],
        ['how far is brixton from lewisham', /^\*\*Brixton Police Station\*\* is about [\d.]+ km .* from Lewisham/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['the sutton end of croydon, someone is being stabbed right now'], FRIDAY);
  });
});
