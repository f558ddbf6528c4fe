/**
 * Two requests the bot cannot carry out, said as a resident on a phone would, through the real bot:
 * - an officer's own phone number or email ("give me the officers number", "pc smiths email"): the first sentence says
 *   plainly it cannot, as it does not have them; then 101 and online to reach the officer on the case;
 * - a facility asked of "there" or "it" with no counter talked of ("can i charge my phone there", "is it busy"): the
 *   data's silence on facilities at police stations, not "Sorry, I can't help with that".
 * Controls: the number for the police (101), a station's number, a crime number told, a facility of a counter just
 * named, and an officer asked to be sent.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const NO_OFFICERS_NUMBERS = /^I can't give out an officer's phone number or email: I don't have them\.$/;
const NO_FACILITIES = /^My sources have no information about waiting times, parking, toilets, access or other facilities at police stations\./;

describe("an officer's own number, or a facility there, said many ways", () => {
  describe("an officer's own number or email", () => {
    itAnswersFirst([
      ['give me the officers number', NO_OFFICERS_NUMBERS],
      ['whats the number for my officer', NO_OFFICERS_NUMBERS],
      ['can i have the direct number for the officer on my case', NO_OFFICERS_NUMBERS],
      ['can u give me pc smiths email', NO_OFFICERS_NUMBERS],
      ['whats the email address of the detective', NO_OFFICERS_NUMBERS],
      ['i need my case officers mobile number', NO_OFFICERS_NUMBERS],
      ['do u have the sergeants direct line', NO_OFFICERS_NUMBERS],
    ], { understood: true });
    itAnswersLast([[['give me the officers number'], NO_OFFICERS_NUMBERS]]);
  });

  describe('a facility there, with no counter talked of', () => {
    itAnswersFirst([
      ['can i charge my phone there', NO_FACILITIES],
      ['is it busy', NO_FACILITIES],
      ['is there wifi there', NO_FACILITIES],
      ['do they have toilets', NO_FACILITIES],
      ['can we park there', NO_FACILITIES],
      ['is it wheelchair accessible', /^My sources don't say whether front counters are wheelchair accessible/],
    ], { understood: true });
  });

  describe('controls', () => {
    itAnswersFirst([
      ['what is the number for the police', /^If it is not an emergency: call 101/],
      ['whats the phone number for brixton police station', /^I don't have direct phone numbers for police stations/],
      ['the officer gave me a crime number', /^To report a crime that is not an emergency/],
      ['can an officer come round', /^\*\*Call 999 now\*\* if someone is in danger: I can't send an officer\./],
      ['can you ring brixton for me', /^I can't contact a station or an officer for you\./],
    ]);
    itAnswersLast([
      [['is brixton open', 'can i charge my phone there'], /^I don't have information about waiting times, access, parking or other facilities at \*\*Brixton Police Station\*\*/],
      [['is brixton open', 'is it busy'], /Brixton Police Station/],
    ]);
  });
});
