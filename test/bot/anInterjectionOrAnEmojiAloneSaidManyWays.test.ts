/**
 * An interjection or an emoji said alone, as typed on a phone, read by its feeling and answered briefly with what the bot
 * does: "omg", "oh no", "yikes", "😢", "😱" may mean something is wrong (whether all is well, and 999 if anyone is in
 * danger); "bruh", "meh", "oof", "💀", "😅" are a shrug; "😡", "🤬", "🙄", "🤦‍♂️" are frustration, as "ugh" is; "🤔",
 * "🤷‍♀️", "❓" are puzzlement (what to ask; after an answer, that answer put simply, as "?" is). Before: "Sorry, I didn't
 * understand that" for the words, tears and shrugs, and the whole what-I-do text for anger and puzzlement alike.
 * Controls: thanks and acknowledgements said with them keep their replies ("omg thank you", "oh ok", "lol ok", "👍",
 * "🙏🙏"); "hmm" is still what the bot can do; danger said after "omg" or "oh no" leads with 999.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const UPSET = /^Is everything OK\? I can tell you whether a London police front counter is open, its opening hours, and the nearest one to you\. If you or someone else is in danger now, call 999\.$/;
const SHRUG = /^I hear you\. I can tell you whether a London police front counter is open, its opening hours, and the nearest one to you\. What would you like to know\?$/;
const FRUSTRATED = /^Sorry I haven't been more help\. I'm a simple assistant that only knows about London's police front counters\.$/;
const PUZZLED = /^Not sure what to ask\? I can tell you whether a London police front counter is open/;
const WELCOME = /^You're welcome\./;
const OK = /^OK\. Is there anything else/;

describe('an interjection or an emoji alone, said many ways', function () {
  this.timeout(60_000);
  describe('something may be wrong: whether all is well, and 999 if anyone is in danger', () => {
    itAnswersFirst([['omg', UPSET], ['OMG!!', UPSET], ['oh my god', UPSET], ['oh no', UPSET], ['oh dear', UPSET], ['yikes', UPSET], ['jeez', UPSET], ['noooo', UPSET], ['😢', UPSET], ['😭😭', UPSET], ['😱', UPSET]], { understood: true, now: FRIDAY });
  });
  describe('a shrug: briefly, what the bot does', () => {
    itAnswersFirst([['bruh', SHRUG], ['meh', SHRUG], ['oof', SHRUG], ['damn', SHRUG], ['aw', SHRUG], ['whoa', SHRUG], ['oh well', SHRUG], ['blimey', SHRUG], ['😅', SHRUG], ['💀', SHRUG]], { understood: true, now: FRIDAY });
  });
  describe('anger, as "ugh" is: frustration answered calmly', () => {
    itAnswersFirst([['😡', FRUSTRATED], ['😡😡', FRUSTRATED], ['🤬', FRUSTRATED], ['🙄', FRUSTRATED], ['🤦‍♂️', FRUSTRATED], ['😡!!!', FRUSTRATED], ['ugh', FRUSTRATED]], { now: FRIDAY });
  });
  describe('puzzlement: what to ask', () => {
    itAnswersFirst([['🤔', PUZZLED], ['🤔🤔', PUZZLED], ['🤷‍♀️', PUZZLED], ['❓', PUZZLED], ['🤔?', PUZZLED]], { understood: true, now: FRIDAY });
  });
  describe('after an answer', () => {
    itAnswersLast(
      [
        [['is brixton open now', '🤔'], /^In short: Yes, Brixton Police Station is open now, until 22:00\./],
        [['is brixton open now', '😡'], FRUSTRATED],
        [['is brixton open now', 'bruh'], SHRUG],
        [['nearest police station', 'omg'], UPSET],
      ],
      FRIDAY,
    );
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['omg thank you', WELCOME], ['👍', WELCOME], ['👍!', WELCOME], ['🙏🙏', WELCOME], ['❤️', WELCOME],
        ['oh ok', OK], ['lol ok', OK], ['😂', OK],
        ['hmm', /^I answer questions about police front counters in London/],
        ['👋', /^Hello!/],
        ['omg is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['omg someone is breaking in', 'oh no a man is following me', 'yikes theres a fire in the flat downstairs'], FRIDAY);
  });
});
