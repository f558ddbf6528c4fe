import { expect } from 'chai';
import { refinePlace, refineQuestion, type LocatedPostcode, type PostcodeLocator } from '../../src/postcodeLookup';
import type { Question, PlaceMention } from '../../src/understanding/question';
import { knowledge } from '../bot/harness';

/** A locator that answers from a table and records what it was asked. */
class FakeLocator implements PostcodeLocator {
  readonly asked: string[] = [];
  constructor(private readonly answer: (postcode: string) => LocatedPostcode | null | 'throw') {}
  async locate(postcode: string): Promise<LocatedPostcode | null> {
    this.asked.push(postcode);
    const a = this.answer(postcode);
    if (a === 'throw') throw new Error('lookup exploded');
    return a;
  }
}

const NEAR_LEWISHAM = { lat: 51.463, lon: -0.01 };
const lookedUp = (postcode: string): LocatedPostcode => ({ postcode, point: NEAR_LEWISHAM, source: 'stand-in' });

/** A mention as understanding makes it, from the real offline data. */
function mentionOf(text: string): PlaceMention {
  return { text, result: knowledge.locator.locate(text) };
}

describe('refinePlace', () => {
  it('replaces a whole postcode\'s sector centroid with its own point, keeping the label and borough', async () => {
    const mention = mentionOf('IG8 0SB');
    if (mention.result.status !== 'found') throw new Error('IG8 0SB should be found offline');
    const offline = mention.result.match;
    expect(offline).to.include({ kind: 'postcode', approximate: true, label: 'IG8 0SB' });

    const refined = await refinePlace(mention, new FakeLocator(lookedUp));
    expect(refined.basis).to.equal('postcode-lookup');
    expect(refined.note).to.equal('location of postcode IG8 0SB from stand-in');
    if (refined.mention.result.status !== 'found') throw new Error('still found');
    expect(refined.mention.result.match).to.deep.equal({ ...offline, point: NEAR_LEWISHAM, approximate: false });
    expect(refined.mention.text).to.equal('IG8 0SB');
    // The mention understanding made is not changed in place (it may be in conversation state).
    expect(offline.point).not.to.deep.equal(NEAR_LEWISHAM);
  });

  it('keeps the offline mention when the lookup has no point or throws', async () => {
    for (const answer of [() => null, () => 'throw' as const]) {
      const mention = mentionOf('IG8 0SB');
      const refined = await refinePlace(mention, new FakeLocator(answer));
      expect(refined.basis).to.equal('offline');
      expect(refined.mention).to.equal(mention);
    }
  });

  it('never asks about sectors, districts, stations, places or unknown postcodes', async () => {
    const locator = new FakeLocator(lookedUp);
    for (const text of ['E2 0', 'IG8', 'Brixton police station', 'Woodford', 'Redbridge', 'ZZ99 9ZZ', 'M1 1AE']) {
      const mention = mentionOf(text);
      const refined = await refinePlace(mention, locator);
      expect(refined.mention, text).to.equal(mention);
    }
    expect(locator.asked).to.deep.equal([]);
  });
});

describe('refineQuestion', () => {
  it('refines the place of any place question, and leaves the rest of the question alone', async () => {
    const question: Question = { intent: 'nearest', place: mentionOf('IG8 0SB'), desk: '24/7' };
    const refined = await refineQuestion(question, new FakeLocator(lookedUp));
    expect(refined).to.include({ intent: 'nearest', desk: '24/7' });
    const place = 'place' in refined ? refined.place : null;
    expect(place?.result.status === 'found' && place.result.match.point).to.deep.equal(NEAR_LEWISHAM);
  });

  it('returns the same question with no locator, no place, or nothing to refine', async () => {
    const locator = new FakeLocator(lookedUp);
    const withPostcode: Question = { intent: 'nearest', place: mentionOf('IG8 0SB'), desk: '24/7' };
    expect(await refineQuestion(withPostcode, undefined)).to.equal(withPostcode);
    const questions: Question[] = [
      { intent: 'nearest', place: null, desk: '24/7' },
      { intent: 'list-24x7' },
      { intent: 'status', place: mentionOf('Brixton police station') },
    ];
    for (const q of questions) expect(await refineQuestion(q, locator)).to.equal(q);
    expect(locator.asked).to.deep.equal([]);
  });
});
