/**
 * The resident's own voice lost or never had, told with danger ("i have no voice since my operation and a man is
 * hammering at my door"), many ways: 999 first, and the Silent Solution (press 55) offered beside text 999, since a
 * caller who hears the prompts can answer them without speaking. Deafness keeps text 999 and Relay UK without 55 (the
 * prompts cannot be heard). A voice lost with no danger, or someone else's voice, changes nothing.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';
import { itAnswersWithout999First } from './call999First';

describe('the resident\'s voice lost, with danger, said many ways: 999 first and press 55', () => {
  for (const say of [
    'i have no voice since my operation and a man is hammering at my door threatening me',
    'lost my voice and someone is breaking in',
    'my voice is gone after surgery, theres an intruder downstairs',
    'im mute and a man is breaking in',
    'i have a speech impairment and someone is attacking my door',
    'ive had a laryngectomy and my neighbour is smashing my windows',
    'i cant use my voice, hes outside with a knife',
  ]) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(/999/);
      expect(text).to.match(/\b55\b/);
    });
  }
});

describe('deafness with danger: 999 first, text 999, and no 55', () => {
  for (const say of ['im deaf and someone is breaking in', 'hard of hearing and theres a man with a knife outside my flat']) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(/999/);
      expect(text).to.not.match(/\b55\b/);
    });
  }
});

describe('a voice lost with no danger, or another\'s: the question answered, as before', () => {
  itAnswersWithout999First([
    ['lost my voice cheering at the match lol, is ilford open sunday', /^Yes, \*\*Ilford Police Station\*\* is open on Sunday/],
    ['i have no voice today, whats the nearest station to se13', /^The nearest front counter open today .* to SE13 is \*\*Lewisham Police Station\*\*/],
  ]);
  it('my son is non verbal and someone is trying to get into our house: 999 first, text 999, no 55 (the resident can speak)', async () => {
    const text = await new Conversation().askText('my son is non verbal and someone is trying to get into our house');
    expect(firstLineOf(text)).to.match(/999/);
    expect(text).to.not.match(/\b55\b/);
  });
});
