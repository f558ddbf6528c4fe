/**
 * Follow-ups that refer back to the last answer, said many ways, through the real bot:
 * - trust in it ("can i trust that", "should i believe that"): as far as the sources show, and when the counter's
 *   facts were checked, as "is that right?" is answered;
 * - the number of the counter just talked of ("whats their number", "have they got a phone number"): the data holds no
 *   station's own number, then 101 and online, as for a counter named;
 * - "what did i just ask": the last answer again.
 * Controls: the same words with nothing answered, or about someone else, keep their old answers.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const AS_FAR_AS_SOURCES_SHOW = (name: string): RegExp => new RegExp(`^Yes, as far as my sources show: what I have on \\*\\*${name} Police Station\\*\\* was last checked on`);
const NO_STATION_NUMBERS = /^I don't have direct phone numbers for police stations: call 101/;

describe('a follow-up on the last answer, its trust or its number, said many ways', () => {
  itAnswersLast([
    [['is brixton open', 'can i trust that'], AS_FAR_AS_SOURCES_SHOW('Brixton')],
    [['nearest to se13', 'should i believe that'], AS_FAR_AS_SOURCES_SHOW('Lewisham')],
    [['is brixton open', 'but can we really rely on that'], AS_FAR_AS_SOURCES_SHOW('Brixton')],
    [['is brixton open', 'can i trust what u said'], AS_FAR_AS_SOURCES_SHOW('Brixton')],
    [['nearest to se13', 'whats their number'], NO_STATION_NUMBERS],
    [['nearest to se13', 'have they got a phone number'], NO_STATION_NUMBERS],
    [['is brixton open', 'can i call them directly'], NO_STATION_NUMBERS],
    [['is ilford open on sunday', 'whats its phone no'], NO_STATION_NUMBERS],
    [['is brixton open', 'does it have a direct line'], NO_STATION_NUMBERS],
    [['is brixton open', 'what did i just ask'], /^Yes, Brixton Police Station is open now/],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      // Nothing answered: trust in the data as a whole; no counter for "their".
      ['can i trust that', /^My information was last checked on/],
      ['whats the phone number for brixton police station', NO_STATION_NUMBERS],
      ['whats their number', /^Sorry, I can't help with that/],
    ]);
    itAnswersLast([
      // Someone else's number, with a situation told: the safety net.
      [['is brixton open', 'my ex keeps ringing me whats their number'], /call 999/],
      // The officer's own number: declined as such.
      [['is brixton open', 'give me the officers number'], /^I can't give out an officer's phone number or email/],
      [['is brixton open', 'is that right?'], AS_FAR_AS_SOURCES_SHOW('Brixton')],
    ]);
  });
});
