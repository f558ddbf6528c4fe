/** Frustration or abuse aimed at the bot gets a calm reply; a real question inside it still wins. */
import { expect } from 'chai';
import { ask } from './helpers';

describe('understand: frustration and abuse', () => {
  for (const say of ["you're useless", 'stupid bot', 'f*** off', 'this is a waste of time', 'shut up', 'wtf']) {
    it(`"${say}" -> out-of-scope (rude)`, () => {
      expect(ask(say)).to.deep.equal({ intent: 'out-of-scope', reason: 'rude' });
    });
  }

  it('a question with an insult in it is still the question', () => {
    const q = ask('is brixton open now, you useless bot');
    expect(q.intent).to.equal('open-now');
  });

  it('ordinary words are not insults', () => {
    expect(ask('tell me a joke')).to.deep.equal({ intent: 'out-of-scope', reason: 'joke' });
    expect(ask('what is the weather like')).to.not.deep.equal({ intent: 'out-of-scope', reason: 'rude' });
  });
});
