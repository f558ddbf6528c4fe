/**
 * Kinds of question the bot answered as something else, each said many ways through the real turn pipeline:
 * which of 999 and 101 (or what counts as an emergency) asked about with no danger told, whether one can report
 * a crime at a counter, a station's own phone number (which the data does not hold), and counts "before March"
 * with no year (the last March begun), and which borough has the most counters (counted from the data). Facts from data/
 * (resident-facts.md §1 and §2). Danger told with the same words still leads with "Call 999 now".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';


const WHICH_NUMBER = /^\*\*Call 999\*\* when a crime is happening now, or someone is in immediate danger; for anything else, call 101, or report online at met\.police\.uk\./;
const AT_A_COUNTER = /^Yes, you can report a crime in person at a police front counter; if it is not an emergency you can also call 101, or report online at met\.police\.uk\./;
const BEFORE_MARCH_24H = /^As of 28 February 2026, 27 front counters were open 24 hours a day/;
const MOST_PER_BOROUGH = /^No borough has more than one front counter open today: 27 boroughs have one each\./;
const NO_EMAIL = /^I don't have email addresses for police stations: call 101, or report online at met\.police\.uk\./;
const NO_DIRECT_NUMBER = /^I don't have direct phone numbers for police stations: call 101, or report online at met\.police\.uk\./;

/** [what the resident says, what the first line must match]. */
const CASES: [string, RegExp][] = [
  // Which of 999 and 101, or what counts as an emergency: when to call 999 first, then 101.
  ['what counts as an emergency', WHICH_NUMBER],
  ['when should i call 999 vs 101', WHICH_NUMBER],
  ['is a break in last week 999 or 101', WHICH_NUMBER],
  ['should I ring 101 or 999 about my stolen bike?', WHICH_NUMBER],
  ['999 or 101 for a car that got keyed yesterday', WHICH_NUMBER],
  ['whats classed as an emergency', WHICH_NUMBER],
  ['What qualifies as a police emergency?', WHICH_NUMBER],
  ['when am i supposed to call 999', WHICH_NUMBER],
  ['whats the difference between 999 and 101', WHICH_NUMBER],
  ['what is an emergency', WHICH_NUMBER],
  ['when is it ok to dial 999', WHICH_NUMBER],
  // Reporting at a counter, asked whether one can: yes, then 101 and online.
  ['can i report a crime at the front desk', AT_A_COUNTER],
  ['can you report stuff in person at the station', AT_A_COUNTER],
  ['Can I still report things in person?', AT_A_COUNTER],
  ['is it possible to report a theft at the police station', AT_A_COUNTER],
  ['can i report crimes face to face', AT_A_COUNTER],
  ['can i report a burglary at the front counter', AT_A_COUNTER],
  ['am i able to report fraud at the police station?', AT_A_COUNTER],
  // A station's own number: the data holds none, so 101.
  ['can i ring the station directly', NO_DIRECT_NUMBER],
  ['whats the phone number for brixton police station', NO_DIRECT_NUMBER],
  ['Lewisham police station phone number', NO_DIRECT_NUMBER],
  ['can i email the front desk at lewisham', NO_EMAIL],
  ['whats the email address for brixton police station', NO_EMAIL],
  ['do police stations have an email', NO_EMAIL],
  ['can I email the police station?', NO_EMAIL],
  ['do police stations have a direct line', NO_DIRECT_NUMBER],
  ['number for the local police station?', NO_DIRECT_NUMBER],
  ['can i call my local station directly', NO_DIRECT_NUMBER],
  ['what is the telephone number of croydon police station', NO_DIRECT_NUMBER],
  // Which borough has the most counters: counted by borough from the data, as of today.
  ['which borough has the most police stations', MOST_PER_BOROUGH],
  ['which borough has the most front counters', MOST_PER_BOROUGH],
  ['what borough has got the most counters open', MOST_PER_BOROUGH],
  ['most police stations in one borough?', MOST_PER_BOROUGH],
  ['how many police stations does each borough have', MOST_PER_BOROUGH],
  ['police stations per borough', MOST_PER_BOROUGH],
  // "Before March" with no year: the last March begun (the conversation is in November 2026), counted as of the day before.
  ['how many police stations were 24 hour before march', BEFORE_MARCH_24H],
  ['number of 24/7 front counters before march', BEFORE_MARCH_24H],
  ['how many 24 hour counters before march', BEFORE_MARCH_24H],
  ['how many stations were open 24 hours before march?', BEFORE_MARCH_24H],
  ['how many police stations were there before march', /^As of 28 February 2026, 27 front counters were open in London/],
  ['how many front counters were there before feb', /^As of 31 January 2026, 37 front counters were open in London/],
  ['how many 24hr police stations before january', /^As of 31 December 2025, 32 front counters were open 24 hours a day/],
];

describe('which number, reporting at a counter and a station\'s number, said many ways: the first line answers what was asked', () => {
  itAnswersFirst(CASES, { understood: true });

  it('which borough has the most: the boroughs with none named, and each borough counted in the card', async () => {
    const text = await new Conversation().ask('which borough has the most police stations');
    expect(text).to.match(/Five boroughs have none: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./);
    expect(text).to.match(/- Lambeth: 1/);
  });

  it('which borough has the most, on a day some boroughs had two: those named first', async () => {
    const text = await new Conversation('webchat', DateTime.fromISO('2025-06-01T12:00', { zone: 'Europe/London' })).askText('which borough has the most front counters');
    expect(firstLineOf(text)).to.match(/^(?:[A-Z][A-Za-z ]+, )+[A-Z][A-Za-z ]+ and [A-Z][A-Za-z ]+ have the most front counters open today: two each\.$/);
    expect(firstLineOf(text)).to.include('Westminster');
  });

  it('which borough has the most, before the counter list is complete: not counted', async () => {
    const text = await new Conversation('webchat', DateTime.fromISO('2017-06-01T12:00', { zone: 'Europe/London' })).askText('which borough has the most front counters');
    expect(firstLineOf(text)).to.equal("My sources don't have a complete list of counters for that day: check met.police.uk.");
  });

  it('which number asked about still says 999 is open all day, every day', async () => {
    const text = await new Conversation().ask('what counts as an emergency');
    expect(text).to.match(/999 is open 24 hours a day, every day/);
  });

  it('reporting at a counter still gives 999 and the Met\'s other ways', async () => {
    const text = await new Conversation().ask('can i report a crime at the front desk');
    expect(text).to.match(/In an emergency, or if someone is in immediate danger, call 999/);
    expect(text).to.match(/The Met also offers/);
  });

  describe('danger told with the same words still leads with "Call 999 now"', () => {
    const DANGER = [
      'someone is breaking in right now 999 or 101?',
      'my neighbour is being attacked, is that 999 or 101',
      "there's a man with a knife outside, what counts as an emergency",
      'its an emergency, when should i call 999',
      'a man is following me, should i call 999 or 101',
      "what's the phone number for brixton station, I'm being attacked",
      'can i report a crime at the front desk, someone is hitting me now',
      'what counts as an emergency my husband just hit me',
      '999 or 101 theres a fire next door',
      'my ex keeps turning up outside, 999 or 101?',
      'whats the difference between 999 and 101 im scared',
    ];
    for (const say of DANGER) {
      it(say, async () => {
        const conversation = new Conversation();
        expectCall999First(await conversation.say(say), say);
      });
    }
  });
});
