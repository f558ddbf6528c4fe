/**
 * A park, museum or market the data does not know, said alone with the place or postcode district it is in
 * ("ruskin park camberwell", "horniman museum se23", "victoria park e9"), or before the question ("ruskin park
 * camberwell whats open now"): where the resident is, that place or district, as the place alone would be answered.
 * Before, "ruskin park camberwell" was "Sorry, I can't help", "ruskin park camberwell whats open now" listed every
 * counter open in London, and "victoria park e9" was Belgravia's counter (closed, in Westminster), not E9. Controls: a
 * place or district alone, or a place with its district, is unchanged; words that are not a landmark ("knife crime
 * statistics for hackney") are not a place asked; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NEAREST_OPEN = (to: string, counter: string) => new RegExp(`^The nearest front counter open now to (?:\\*\\*)?${to}(?:\\*\\*)? is \\*\\*${counter}\\*\\*`);

describe('a landmark said alone with its place or district, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['ruskin park camberwell', NEAREST_OPEN('Camberwell', 'Brixton Police Station')],
      ['ruskin park camberwell whats open now', NEAREST_OPEN('Camberwell', 'Brixton Police Station')],
      ['horniman museum forest hill', NEAREST_OPEN('Forest Hill', 'Lewisham Police Station')],
      ['horniman museum se23', NEAREST_OPEN('SE23', 'Lewisham Police Station')],
      ['victoria park e9', NEAREST_OPEN('E9', 'Bethnal Green Police Station')],
      ['Victoria Park, E9 7', NEAREST_OPEN('E9 7', 'Bethnal Green Police Station')],
      ['ruskin park camberwell se5', NEAREST_OPEN('SE5', 'Walworth Police Station')],
      ['richmond park sw15', NEAREST_OPEN('SW15', 'Hammersmith Police Station')],
      ['north woolwich e16', NEAREST_OPEN('E16', 'Stratford Police Station')],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('follow-ups', () => {
    itAnswersLast([[['victoria park e9', 'is it open on sunday'], /Bethnal Green/]], FRIDAY);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['camberwell', NEAREST_OPEN('Camberwell', 'Brixton Police Station')],
        ['sw9', NEAREST_OPEN('SW9', 'Brixton Police Station')],
        ['brixton sw9', /^The front counter at \*\*Brixton Police Station\*\* is open/],
        ['camberwell se5', NEAREST_OPEN('Camberwell', 'Brixton Police Station')],
        ['ruskin park camberwell se5 whats open now', NEAREST_OPEN('SE5', 'Walworth Police Station')],
        ['knife crime statistics for hackney', /^My sources don't cover crime figures/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['someone is being stabbed in ruskin park camberwell'], FRIDAY);
  });
});
