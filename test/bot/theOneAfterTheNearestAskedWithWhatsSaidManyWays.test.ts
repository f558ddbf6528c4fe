/**
 * The next desk after a nearest answer asked with "whats"/"wheres" before "the one after" ("and whats the one after",
 * "wheres the next one after": was "I can't help with that"), as "the one after?" and "whats the next one" already were.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

describe('"whats the one after" after a nearest answer: the next nearest', () => {
  for (const then of ['and whats the one after', 'wheres the next one after', 'ok what is the one after?', 'whats the one after then']) {
    it(`nearest to SE15 > ${then}`, async () => {
      const convo = new Conversation();
      expect(await convo.askText('nearest to SE15')).to.contain('Walworth');
      expect(await convo.askText(then)).to.match(/^The next nearest front counter open now to SE15 is \*\*Brixton Police Station\*\*/);
    });
  }
});
