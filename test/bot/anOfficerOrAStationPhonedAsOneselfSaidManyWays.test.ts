/**
 * An officer reached by phone or message at a counter named, asked as oneself ("can i call the officer at croydon police
 * station", "how do i email the detective at brixton"): the decline (no officer's own line), then where the counter is and
 * 101, rather than the counter's hours. A station itself asked whether it can be phoned ("can i call brixton police
 * station", "how do i ring my local police station"): no direct numbers, call 101. Controls: speaking to an officer in
 * person at a counter, or calling in at one, is still the counter; asking the bot to call is its decline; calling the
 * police is 101; calling a station to report a crime is how to report. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CANNOT_CONTACT = /^I can't contact a station or an officer for you\./;
const NO_DIRECT_NUMBERS = /^I don't have direct phone numbers for police stations: call 101/;

describe('an officer or a station phoned as oneself, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['can i call the officer at croydon police station', CANNOT_CONTACT],
      ['how do i email the detective at brixton', CANNOT_CONTACT],
      ['can i ring the officer dealing with my case', CANNOT_CONTACT],
      ['can i contact the sergeant at lewisham police station', CANNOT_CONTACT],
      ['could i phone the detective at lewisham police station', CANNOT_CONTACT],
      ['how can i get hold of the officer at ilford', CANNOT_CONTACT],
      ['can i call brixton police station', NO_DIRECT_NUMBERS],
      ['how do i ring my local police station', NO_DIRECT_NUMBERS],
      ['can i phone croydon police station', NO_DIRECT_NUMBERS],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast([[['is croydon open now?', 'can i call the officer there'], CANNOT_CONTACT]], FRIDAY);

  it('the counter named is said after the decline', async () => {
    const text = await new Conversation('webchat', FRIDAY).askText('can i call the officer at croydon police station');
    expect(text).to.match(/\*\*Croydon Police Station\*\* is at 71 Park Lane/);
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['can i speak to an officer at brixton', /^The front counter at \*\*Brixton Police Station\*\* is open/],
        ['can i call in at brixton police station', /^The front counter at \*\*Brixton Police Station\*\* is open/],
        ['can you call brixton police station for me', CANNOT_CONTACT],
        ['can i call the police', /^If it is not an emergency: call 101/],
        ['can i call brixton police station to report a crime', /^To report a crime that is not an emergency: call 101/],
      ],
      { now: FRIDAY },
    );
  });
});
