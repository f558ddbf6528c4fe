/**
 * A landmark named as where one is ("nearest station to the bank of england", "police near the tower of london"): when
 * its name is not a place the data knows, the reply quotes the whole name the resident gave, never one word of it
 * ("england"); where a word of it holds a known place or counter ("tower" reaches Tower Hamlets' counter), nothing is
 * guessed: the resident is asked for a postcode. A name the data knows whole ("the west end of london", "the city of
 * london"), a place after "of" ("the centre of croydon") or a part of a place before it ("the croydon side of town") is
 * still that place. Danger told the same way leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, PLACE_NOT_KNOWN } from './harness';

const NOT_FOUND = PLACE_NOT_KNOWN;

describe('a landmark not found is quoted whole, and a postcode asked for', function () {
  this.timeout(120_000);
  for (const [say, name] of [
    ['nearest station to the bank of england', 'bank of england'],
    ['nearest police station to bank of england', 'bank of england'],
    ['police near the tower of london', 'tower of london'],
    ['nearest police station to the tower of london', 'tower of london'],
    ['is there a police station near the tower of london?', 'tower of london'],
    ['nearest 24 hour police station to the tower of london', 'tower of london'],
    ['closest police front desk to the museum of london', 'museum of london'],
    ['police station near the houses of parliament', 'houses of parliament'],
    ['nearest police station to the royal albert hall', 'royal albert hall'],
    ['whats the closest police station to the bank of england please', 'bank of england'],
  ] as const) {
    it(`"${say}" -> "${name}"`, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(NOT_FOUND(name));
      expect(text, say).to.match(/Tell me its postcode/);
      expect(text, say).to.not.match(/Bethnal Green|right there/);
    });
  }

  it('the postcode given next answers the question asked', async () => {
    const chat = new Conversation();
    await chat.say('police near the tower of london');
    expect(firstLineOf(await chat.askText('EC3N 4AB'))).to.match(/^EC3N 4AB (?:is|may be) in the City of London|^The nearest front counter to EC3N 4AB/);
  });
});

describe('names the data knows stay places', function () {
  this.timeout(60_000);
  for (const [say, first] of [
    ['nearest station to the west end of london', /^The nearest front counter to West End of London is \*\*/],
    ['nearest police station to the city of london', /^The City of London has its own police force/],
    ['nearest station to the centre of croydon', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/],
    ['nearest police station to the borough of sutton', /^The nearest front counter to Sutton is \*\*Sutton Police Station\*\*/],
    ['nearest police station to the elephant and castle', /^The nearest front counter to Elephant & Castle is \*\*/],
    ['nearest police station to the croydon side of town', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/],
    ['police near the romford part of havering', /^The nearest front counter to Romford is \*\*Romford Police Station\*\*/],
    ['police station near the brixton end of coldharbour lane', /^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*/],
  ] as const) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(first);
    });
  }
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['a man with a knife is outside the tower of london', 'someone is being attacked near the bank of england right now']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/999/);
    });
  }
});
