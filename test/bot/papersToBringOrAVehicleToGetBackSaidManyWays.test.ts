/**
 * "What to bring" asked of a counter ("i have to produce my documents at walworth, what do i bring"): that the sources do
 * not say what to bring, and where to check. (Papers named without "what", "do i need to bring proof of insurance to
 * brixton", were read so too in round 29b, and taken back: the wider words cost a held-out case of two questions in
 * one.) A vehicle towed, clamped or in the pound to get back
 * ("how do i get my car back from the pound", "my car got towed where do i go"): that the bot does not know, and whom
 * to ask (it was "I can't help with that"). Controls: documents to present are what a counter is for; ID keeps its own
 * answer; a stolen car is a crime to report; a counter asked beside a towed car is answered; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NOT_WHAT_TO_BRING = /^My sources don't say what to bring to a front counter\. Check met\.police\.uk or call 101\.$/;
const POUND = /^I can't help you get a towed, clamped or impounded vehicle back, and I don't know where they go: I only know about London's police front counters\. If it was towed or clamped for parking, ask your local council; if the police took it, call 101 or check met\.police\.uk\.$/;

describe('papers to bring or a vehicle to get back, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['i have to produce my documents at walworth, what do i bring', NOT_WHAT_TO_BRING],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersFirst(
    [
      ['how do i get my car back from the pound', POUND],
      ['my car got towed where do i go', POUND],
      ['where is the car pound', POUND],
      ['my van was clamped outside my house', POUND],
      ['how do i get my motorbike out of the pound', POUND],
      ['car towed away last night, how do i get it back', POUND],
      // Once "Sorry, I can't help with that" (outOfScopeSaidManyWays); never the nearest counter to find it.
      ['my car was towed where do i get it back', POUND],
      ['where do i get my towed car back', POUND],
      ['where can i collect a clamped van', POUND],
      ['my car got towed where is it', POUND],
      ['someone clamped my van, who do i call', POUND],
      ['how do i get my car out of the car pound', POUND],
      ['my car was towed away last night from outside my flat', POUND],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i was told to produce my driving documents at a police station', /^You can do that at a police front counter: presenting documents is one of the things people go there for\./],
        ['do i need to bring id to brixton', /^My sources don't say whether you need to show ID at a front counter\./],
        ['what should i bring to ilford police station', NOT_WHAT_TO_BRING],
        ['my car was stolen last night', /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk\./],
        ['my car was towed, is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
        ['someone stole my car is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['the car is on fire', 'a car just crashed into my house', 'my car was towed and the driver punched me, hes still here'], FRIDAY);
  });
});
