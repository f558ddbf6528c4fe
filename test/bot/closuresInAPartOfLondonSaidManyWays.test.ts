/**
 * Closures in a part of London, said many ways ("which ones closed in north london", "closures in south east london"):
 * only the closures in that part, as the lists of open counters are filtered by part, said with the part in the first
 * sentence. Every closure on record, asked without a part, stays the whole list.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const closedIn = (part: string) => new RegExp(`^\\w+ front counters? in ${part} closed `);

describe('closures in a part of London, said many ways: only those in that part', () => {
  itAnswersFirst(
    [
      ['which ones closed in north london', closedIn('North London')], ['closures in south east london', closedIn('South East London')],
      ['what stations have closed in east london', closedIn('East London')], ['which counters closed in west london under the 2017 plan', closedIn('West London')],
      ['what counters closed in south london', closedIn('South London')], ['what closed in central london in 2026', closedIn('Central London')],
      ['which police stations closed in north west london', closedIn('North West London')],
    ],
    { understood: true },
  );

  it('lists counters of that part only', async () => {
    const north = await new Conversation().ask('which ones closed in north london');
    expect(north).to.match(/\bHornsey\b/).and.to.match(/\bWood Green\b/);
    expect(north).to.not.match(/\b(?:Catford|Peckham|Eltham|Chiswick|Southall)\b/);
    const southEast = await new Conversation().ask('closures in south east london');
    expect(southEast).to.match(/\bCatford\b/).and.to.not.match(/\b(?:Hornsey|Wood Green|Chiswick)\b/);
  });

  it('asked without a part: every closure on record, as before', async () => {
    expect(firstLineOf(await new Conversation().askText('which ones closed'))).to.match(/^\d+ front counters closed between /);
  });
});
