/**
 * Noise from neighbours or a party taken to a counter named ("can i report noisy neighbours at brixton", "can i complain
 * about my noisy neighbours at croydon police station", "will walworth police station deal with a noisy party"): noise is
 * for the council, said first, as for noise asked alone; the counter's hours only when asked. Before, with "police
 * station" said, it was read as a complaint about the police ("My sources don't cover complaints about the police").
 * Controls: the counter's hours or opening asked with it are answered; threats from the neighbours lead with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const COUNCIL = /^I can't take noise complaints: I only know about London's police front counters\. Noise from neighbours, parties or barking dogs is for your local council: contact them\.$/;

describe('noise taken to a counter named, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i report noisy neighbours at brixton', COUNCIL],
      ['can i complain about my noisy neighbours at croydon police station', COUNCIL],
      ['can i go to lewisham police station about my noisy neighbours', COUNCIL],
      ['will walworth police station deal with a noisy party', COUNCIL],
      ['do i report a barking dog at ilford police station', COUNCIL],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is brixton open now', 'can i complain about my noisy neighbours there'], COUNCIL]], FRIDAY);

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is croydon police station open, my neighbours are noisy', /^Yes, \*\*Croydon Police Station\*\* is open now, until 22:00\./],
        ['where can i report noisy neighbours', COUNCIL],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['my neighbours are noisy and threatening me, is brixton police station open'], FRIDAY);
  });
});
