/**
 * The text size asked as large or bigger print, through the real bot ("is it in large print", "do you do large print",
 * "can i get this in bigger print"): that the bot cannot change the size of the text, first; never "I can't print or
 * make files" (nothing was asked to be printed).
 * Controls: printing asked for ("can you print this for me"), the text made bigger said outright.
 */
import { itAnswersFirst } from './harness';

const TEXT_SIZE = /^I can't change the size of the text: I only send the words\./;

describe('the text size asked as large print, said many ways', () => {
  itAnswersFirst([
    ['is it in large print', TEXT_SIZE],
    ['do you do large print', TEXT_SIZE],
    ['can i get this in bigger print', TEXT_SIZE],
    ['large print please', TEXT_SIZE],
    ['have you got it in larger print?', TEXT_SIZE],
    ['my mum needs big print', TEXT_SIZE],
  ]);

  describe('controls', () => {
    itAnswersFirst([
      ['can you print this for me', /^I can't print or make files\./],
      ['can you make the text bigger', TEXT_SIZE],
    ]);
  });
});
