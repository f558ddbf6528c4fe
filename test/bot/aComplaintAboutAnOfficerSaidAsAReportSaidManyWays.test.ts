/**
 * A complaint about an officer said as a report, through the real bot ("how do i report a police officer", "i want to
 * report a rude officer at brixton", "how can i report police misconduct"): that the sources do not cover complaints
 * about the police and where to go (met.police.uk, 101), first; never how to report a crime, nor that the counter takes
 * reports as if it were a crime.
 * Controls: an officer impersonated or attacked is a crime to report; a crime reported at a counter; danger.
 */
import { itAnswersFirst } from './harness';

const COMPLAINT = /^My sources don't cover complaints about the police\. Check met\.police\.uk or call 101\./;
const REPORT_A_CRIME = /^To report a crime that is not an emergency: call 101/;

describe('a complaint about an officer said as a report, said many ways', () => {
  itAnswersFirst(
    [
      ['how do i report a police officer', COMPLAINT],
      ['i want to report a rude officer at brixton', COMPLAINT],
      ['how can i report police misconduct', COMPLAINT],
      ['where do i report a racist copper', COMPLAINT],
      ['i need to report an officer for how he spoke to me', COMPLAINT],
      ['can i report a pcso', COMPLAINT],
      ['how to report police harassment', COMPLAINT],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['report a fake police officer', REPORT_A_CRIME],
      ['i want to report a man pretending to be a police officer', REPORT_A_CRIME],
      ['i need to report an officer who was attacked', REPORT_A_CRIME],
      ['can i report a crime at brixton', /^Yes, you can report it at Brixton's front counter/],
      ['a police officer is hitting my son right now', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
