/**
 * Where the resident is, named by a landmark or a road the place index has no point for ("im by the british museum",
 * "im on kingsland road"): the bot says it could not find the name and asks for a postcode, never "Sorry, I can't help"
 * and never a guess. A name ending in a kind of place ("stadium", "museum", "road") is a place's name even after "the";
 * "on" says where one is only with a road. Controls: "at the gym", "on the phone",
 * "on my way", "at the park" are no place; a road the index has is answered with its nearest counter.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => (await new Conversation('webchat', FRIDAY).askText(say));
const notFound = (name: string) => new RegExp(`^I couldn't find "${name}" among the London places and police stations I know`);

describe('where I am, named by a landmark or a road, said many ways', () => {
  for (const [say, name] of [
    ['im by the british museum', 'british museum'],
    ['im by the emirates stadium', 'emirates stadium'],
    ['im on kingsland road', 'kingsland road'],
    ['im on old kent road', 'old kent road'],
    ['we are at the tate modern gallery', 'tate modern gallery'],
    ['i am on mare street', 'mare street'],
    ['we are on lordship lane', 'lordship lane'],
  ] as const) {
    it(say, async () => {
      const reply = await ask(say);
      expect(firstLineOf(reply)).to.match(notFound(name));
      expect(reply).to.match(/postcode/);
    });
  }

  for (const say of ['im at the gym', 'im on the phone', 'im on my way', 'im at the park', 'im in a meeting']) {
    it(`control: ${say}`, async () => expect(firstLineOf(await ask(say))).to.not.match(/^I couldn't find/));
  }

  it('control: a road the index has is answered with its nearest counter', async () => {
    expect(firstLineOf(await ask('im on holloway road'))).to.match(/^The nearest front counter to Holloway Road is \*\*Kentish Town Police Station\*\*/);
  });
});
