/**
 * The bot's own use asked for someone else, or in a version of another language, through the real bot:
 * - a relative who is blind or partially sighted ("can my nan use this, she's blind", "my dad is blind can he use this"):
 *   yes, the replies are written text a screen reader reads, first;
 * - a version in another language ("is there a welsh version", "do you have a polish version"): English only, then how
 *   to speak to the police in one's language; never "where are you?".
 * Controls: the resident's own screen reader, an interpreter at a counter, danger told with a blind relative.
 */
import { itAnswersFirst } from './harness';

const SCREEN_READER = /^Yes: my replies are written text, so your screen reader can read them to you\./;
const ENGLISH_ONLY = /^I can only answer in English\./;

describe('the bot asked for someone else or in another version, said many ways', () => {
  describe('a relative who cannot see well', () => {
    itAnswersFirst([
      ["can my nan use this, she's blind", SCREEN_READER],
      ['my dad is blind can he use this', SCREEN_READER],
      ['my mum is partially sighted, could she use this bot', SCREEN_READER],
      ['my grandad cant see very well, can he still use this', SCREEN_READER],
    ], { understood: true });
  });

  describe('a version in another language', () => {
    itAnswersFirst([
      ['is there a welsh version', ENGLISH_ONLY],
      ['do you have a polish version', ENGLISH_ONLY],
      ['is there a welsh version of this', ENGLISH_ONLY],
      ['any other language options?', ENGLISH_ONLY],
    ], { understood: true });
  });

  describe('controls', () => {
    itAnswersFirst([
      ['can i use a screen reader', SCREEN_READER],
      ['do they have a polish interpreter at brixton', /^(?!I can only answer in English)/],
      ['my blind nan has fallen and cant get up', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
