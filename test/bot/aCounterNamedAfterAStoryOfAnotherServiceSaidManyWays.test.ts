/**
 * A counter named with a counter word ("Kentish Town desk", "Ilford front counter", "Brixton nick") after a story that
 * mentions another service (a library, a post office, a hospital): the counter's question is answered, not "I can't
 * help with that". Controls: another service asked about ("is the library in Kentish Town open") stays out of scope.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const CANNOT_HELP = /can't help with that/;

describe('a counter named with a counter word after a story of another service: answered', () => {
  for (const [say, answer] of [
    ['playing cluedo, it was the butler in the library haha. random q: is Kentish Town desk open on sunday', /Kentish Town Police Station/],
    ['i left my book at the library, is ilford front counter open', /Ilford Police Station/],
    ['the library was shut so is brixton desk open instead', /Brixton Police Station/],
    ['went to the post office this morning, what time does lewisham front counter close', /Lewisham Police Station/],
    ['waiting at the hospital with my mum, is croydon nick open later', /Croydon Police Station/],
    ['the library van came round earlier lol, when does walworth desk open tomorrow', /Walworth Police Station/],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(text, say).to.match(answer);
      expect(text, say).to.not.match(CANNOT_HELP);
    });
  }
});

describe('another service asked about: still out of scope', () => {
  for (const say of ['is the library in kentish town open', 'is the post office by walworth open', 'is the library near brixton station open on sunday']) {
    it(say, async () => {
      expect(await new Conversation().askText(say), say).to.match(CANNOT_HELP);
    });
  }
});
