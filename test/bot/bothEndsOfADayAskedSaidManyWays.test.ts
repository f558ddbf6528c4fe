/**
 * Both ends of a day asked together of a counter ("when does walworth open and close on sunday", "what time does brixton
 * open and close tomorrow", "opening and closing time for croydon on sunday"): that day's hours whole, both times said
 * (was: the week's opening times then Sunday's opening, or the closing time alone). With no day, the week's hours whole
 * (was: the closing times alone). Controls: one end asked ("when does walworth close on sunday"), whether it is open then
 * the closing time ("is brixton open and when does it close"), two counters asked one end each, "close to" a place.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('both ends of a day asked, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['when does walworth open and close on sunday', /^\*\*Walworth Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      ['what time does brixton open and close tomorrow', /^\*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
      ['when does ilford open and shut on saturday', /^\*\*Ilford Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
      ['opening and closing time for croydon on sunday', /^\*\*Croydon Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      ['when does walworth open and when does it close on sunday', /^\*\*Walworth Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      ['what time does lewisham open n close on saturday', /^\*\*Lewisham Police Station\*\* is open 24 hours tomorrow, Saturday 5 December\./],
      ['when does walworth open and close', /^\*\*Walworth Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['when does walworth close on sunday', /^\*\*Walworth Police Station\*\* closes at 19:00 on Sunday 6 December/],
        ['when does walworth open on sunday', /^\*\*Walworth Police Station\*\* opens at 09:00 on Sunday 6 December/],
        ['is brixton open and when does it close', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['when does brixton open on sunday and when does walworth close', /^\*\*Brixton Police Station\*\* opens at 09:00 on Sunday 6 December/],
        ['is walworth open and close to SE17', /^Yes, \*\*Walworth Police Station\*\* is open now, until 22:00\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['when does walworth open and close, someone is breaking into my car right now'], FRIDAY);
  });
});
