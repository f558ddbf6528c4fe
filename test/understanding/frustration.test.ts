/** Frustration or abuse aimed at the bot gets a calm reply; a real question inside it still wins. */
import { expect } from 'chai';
import { ask } from './helpers';

describe('understand: frustration and abuse', () => {
  for (const say of ["you're useless", 'stupid bot', 'f*** off', 'this is a waste of time', 'shut up', 'wtf']) {
    it(`"${say}" -> out-of-scope (rude)`, () => {
      expect(ask(say)).to.deep.equal({ intent: 'out-of-scope', reason: 'rude' });
    });
  }

  // Said of the last answer, without an insult.
  for (const say of ["that's not helpful", 'that didnt help at all', 'not what i asked', 'you are not listening', 'this makes no sense', 'u dont understand']) {
    it(`"${say}" -> out-of-scope (rude)`, () => {
      expect(ask(say)).to.deep.equal({ intent: 'out-of-scope', reason: 'rude' });
    });
  }

  // The answer's facts said to be wrong: how fresh they are, a dispute, not a grumble.
  for (const say of ['wrong answer mate', 'thats incorrect', "that's not true", 'your info is out of date', 'no it isnt']) {
    it(`"${say}" -> service (freshness, disputed)`, () => {
      expect(ask(say)).to.deep.equal({ intent: 'service', topic: 'freshness', disputed: true });
    });
  }

  it('a correction with a place is the question it corrects to', () => {
    expect(ask('thats wrong, i meant ilford').intent).to.not.equal('out-of-scope');
    expect(ask('not what i asked, nearest to SE1').intent).to.equal('nearest');
  });

  it('a question with an insult in it is still the question', () => {
    const q = ask('is brixton open now, you useless bot');
    expect(q.intent).to.equal('open-now');
  });

  it('ordinary words are not insults', () => {
    expect(ask('tell me a joke')).to.deep.equal({ intent: 'out-of-scope', reason: 'joke' });
    expect(ask('what is the weather like')).to.not.deep.equal({ intent: 'out-of-scope', reason: 'rude' });
  });
});
