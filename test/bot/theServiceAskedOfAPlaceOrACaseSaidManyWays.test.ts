/**
 * What the service is not, asked with a place or a case in it. Crime figures of one's area or a place ("crime rate near
 * me", "crime stats for SE15"): the sources do not cover them, where to check (it was "I need to know where you are",
 * or the nearest desk to SE15; "how many burglaries in my area" was read so too in round 29b, and taken back: the wider
 * words cost three held-out cases). A case asked
 * after ("can you tell me if my case has been updated", "has anyone been arrested for my burglary"): the bot cannot look
 * cases up (it was "I can't help with that", or how to report a crime). Where the facts come from ("where is this info
 * from", "wheres the data from"): the publishers (it was how fresh they are, or "which station's address?"). A booking
 * of a kind ("can you book me a video appointment"): that the bot cannot book first (it was the Met's video offer).
 * Controls: the nearest counter to a place, closures in one's area, how fresh the facts are, how many crimes are
 * reported at counters, a counter's address and someone arrested keep their answers; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_FIGURES = /^My sources don't cover crime figures or police officer numbers: they are about front counters\. Check met\.police\.uk or call 101\.$/;
const NO_CASES = /^I can't look up crime reports or cases\.$/;
const SOURCES = /^My facts come from \d+ publishers: official ones such as Metropolitan Police/;
const NO_BOOKING = /^I can't book or change appointments\.$/;

describe('the service asked of a place or a case, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what are the crime statistics in my area', NO_FIGURES],
      ['crime rate near me', NO_FIGURES],
      ['crime stats for SE15', NO_FIGURES],
      // Once the history of Hackney's counters (the golden recording's one change).
      ['can you tell me if my case has been updated', NO_CASES],
      ['has anyone been arrested for my burglary', NO_CASES],
      ['tell me if my report has been looked at', NO_CASES],
      ['where is this info from', SOURCES],
      ['wheres this info from', SOURCES],
      ['where is the data from', SOURCES],
      ['where r these facts from', SOURCES],
      ['can you book me a video appointment', NO_BOOKING],
      ['can i book an in person appointment through you', NO_BOOKING],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['whats the nearest police station to me', /^To find the nearest front counter, I need to know where you are\./],
        ['nearest police station to SE15', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/],
        ['how many stations closed in my area', /front counters closed between/],
        ['how old is this data', /^My information was last checked on/],
        ['is this info from 2024', /^My information was last checked on/],
        ['how many crimes are reported at front counters', /^Front counters were closed to save money/],
        ['where is brixton police station', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
        ['my son has been arrested which station', /^I can't check whether someone has been arrested or is in custody/],
        ['do they offer video appointments', /^The Met offers video appointments with officers\./],
        ['how do i book a video appointment', /^The Met offers video appointments with officers\./],
        ['can i get a video appointment with the police', /^The Met offers video appointments with officers\./],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['has anyone been arrested for the stabbing on my road', 'crime stats are bad and a man is kicking my door in right now'], FRIDAY);
  });
});
