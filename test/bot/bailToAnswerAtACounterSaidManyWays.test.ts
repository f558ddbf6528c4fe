/**
 * Bail to answer at a counter, said with or without the word ("i have to report for bail at brixton", "i need to sign
 * on at the police station", "my bail says i have to sign in at croydon every tuesday"): the counter's hours as asked
 * (or, with no counter named, that bail is reported at a front counter), then that the bot cannot sign anyone in nor tell
 * them their bail conditions, and 101 to ask (was: a bare "Sorry, I can't help with that", or the hours alone, as if they
 * were the resident's bail times). "what are my bail conditions" is declined first. Controls: signing on at the
 * jobcentre stays out of scope; immigration reporting is not police bail; a counter's hours asked alone carry no bail
 * line; danger at a station leads with 999. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NOT_KNOWN = "I can't sign you in for bail or tell you your bail conditions.";
const AT_A_COUNTER = /^You can do that at a police front counter: reporting as part of bail conditions is one of the things people go there for\./;

describe('bail to answer at a counter, said many ways', function () {
  this.timeout(60_000);
  const named: [string, RegExp][] = [
    ['i have to report for bail at brixton', /^The front counter at \*\*Brixton Police Station\*\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
    ['can i sign for bail at brixton', /^The front counter at \*\*Brixton Police Station\*\* is open/],
    ["i'm on bail and need to report at ilford every monday what time", /^\*\*Ilford Police Station\*\* is open on Monday 7 December, 10:00–22:00\./],
    ['i have to sign on at lewisham police station every day', /^\*\*Lewisham Police Station\*\* is open 24 hours a day, every day\./],
    ['my bail says i have to sign in at croydon every tuesday', /^\*\*Croydon Police Station\*\* is open on Tuesday 8 December, 10:00–22:00\./],
    ['I am on bail and have to report to Hounslow police station, what days is it open', /^\*\*Hounslow Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
    ['i have to sign on for bail at ilford at 8am tomorrow', /^At 08:00 tomorrow \(Saturday 5 December\), \*\*Ilford Police Station\*\* is closed/],
  ];
  describe('a counter named: its hours first, then what the bot cannot say', () => {
    itAnswersFirst(named, { understood: true, now: FRIDAY });
    for (const [say] of named) {
      it(`${say}: then bail not known, and whom to ask`, async () => {
        const text = await new Conversation('webchat', FRIDAY).ask(say);
        expect(text).to.include(NOT_KNOWN);
        expect(text).to.include('If you are not sure of your bail conditions, call 101.');
      });
    }
  });

  describe('no counter named: bail is reported at a front counter', () => {
    itAnswersFirst(
      [
        ['i need to sign on at the police station', AT_A_COUNTER],
        ['i have to sign in at the police station every week', AT_A_COUNTER],
        ['where do i sign for bail', AT_A_COUNTER],
        ['i have to report to the police station every monday', AT_A_COUNTER],
        ['what are my bail conditions', /^I can't sign you in for bail or tell you your bail conditions\./],
        ['when is my bail date', /^I can't sign you in for bail or tell you your bail conditions\./],
      ],
      { understood: true, now: FRIDAY },
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['i need to sign on at the jobcentre', /^Sorry, I can't help with that: I only know about London's police front counters\./],
        ['where do i sign for immigration bail', /^My sources don't say whether police front counters do that\./],
        ['is brixton open now', /^Yes, \*\*Brixton Police Station\*\* is open now/],
        ['sign me in for bail', /^I can't sign you in for bail or tell you your bail conditions\.$/],
      ],
      { now: FRIDAY },
    );
    it('the hours asked alone carry no bail line', async () => {
      expect(await new Conversation('webchat', FRIDAY).ask('brixton police station hours')).to.not.include('bail');
    });
    it999FirstAsControls(['i was signing on for bail at brixton and a man pulled a knife on me', 'im outside the police station signing on and someone is attacking me'], FRIDAY);
  });
});
