/**
 * A message plainly in another language the bot cannot name (too few of its words in any one vocabulary) still has
 * its words of harm read; an English message using a word that is harm in another language ("sang", "brand", "angst")
 * never is.
 */
import { expect } from 'chai';
import { mostlyNotEnglish } from '../../src/understanding/language';
import { understand } from '../../src/understanding/understand';
import { Conversation } from '../bot/harness';
import { finder, NOW } from './helpers';
import { questionProblem } from './questionSchema';

describe('a message plainly in another language, though no language is recognised', () => {
  it('is told by letters English does not write, or by two words of another vocabulary, with few English words', () => {
    for (const text of ['Mi ex está afuera de mi casa gritando', 'Dikush po më ndjek me thikë', 'Obi rebɔ me yere seesei', 'ahora mi casa puerta ventana']) {
      expect(mostlyNotEnglish(text), text).to.equal(true);
    }
  });

  it('is never an English message, however few of its words are common ones', () => {
    for (const text of ['Brand new iPhone cheap sale today', 'my mate sang at the pub, is brixton open', 'angst about the closures, is ilford open', 'café near brixton open?', 'hi']) {
      expect(mostlyNotEnglish(text), text).to.equal(false);
    }
  });

  it('its word of harm is danger, 999 asked for with an interpreter by the name of the language (which the bot cannot name)', async () => {
    // Found by the property test: a word of harm ("tue") among letters of no script the bot knows.
    const question = understand('tue Ａꀀ𑻠', {}, NOW, finder);
    expect(question).to.deep.include({ intent: 'emergency', language: null });
    expect(questionProblem(question)).to.equal(null);
    expect(await new Conversation().askText('tue Ａꀀ𑻠')).to.match(/^\*\*Call 999 now\*\*[\s\S]*say the name of your language: an interpreter can join the call/);
    // A language it can name is named: Twi, from its words.
    expect(await new Conversation().askText('Obi rekum me nua seesei')).to.match(/say "Twi": an interpreter can join the call/);
  });

  it('English with a word that is harm elsewhere does not lead with 999', async () => {
    for (const say of ['Brand new phone, where is the nearest police station', 'my nan sang in the choir, is lewisham open sunday', 'Felt angst all week, is croydon open tonight']) {
      const text = await new Conversation().askText(say);
      expect(text.split('\n')[0], say).to.not.match(/999/);
    }
  });
});
