/**
 * "Any others?" after an answer: after a nearest desk, the next one (still measured from where the resident is,
 * past the desk given, as "somewhere else?" is); after "is lewisham 24 hours?", the other counters open round the clock. Said bare, as people follow
 * up on a phone, and with the words that ask for the next one ("next nearest", "what else is near").
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function followUp(first: string, then: string): Promise<string> {
  const c = new Conversation();
  await c.askText(first);
  return firstLineOf(await c.askText(then));
}

describe('Others asked for after an answer', () => {
  for (const then of ['any others?', 'are there any others', 'others?', 'any other ones nearby?', 'what else is near', 'second closest?', 'ok any more']) {
    it(`after the nearest desk: "${then}" gives another desk`, async () => {
      expect(await followUp('nearest open now to N16', then)).to.match(/^The next nearest front counter open now to N16 is \*\*(?!Stoke Newington)[^*]+\*\*/);
    });
  }
  // "the next nearest" bare: still measured from where the resident is, past the desk given.
  it('after the nearest desk: "what\'s the next nearest" gives the next from N16', async () => {
    expect(await followUp('nearest open now to N16', "what's the next nearest")).to.match(/^The next nearest front counter open now to N16 is \*\*(?!Stoke Newington)[^*]+\*\*/);
  });

  for (const then of ['are there any others', 'any others?', 'others?']) {
    it(`after a counter asked 24 hours: "${then}" gives the other 24-hour counters`, async () => {
      expect(await followUp('is lewisham 24 hours', then)).to.match(/^Yes: besides Lewisham, \*\*Charing Cross\*\* is open 24 hours a day/);
    });
  }

  it('said first, with nothing discussed, it is not taken for a desk', async () => {
    expect(firstLineOf(await new Conversation().askText('any others?'))).to.not.match(/nearest front counter open now to/);
  });
});
