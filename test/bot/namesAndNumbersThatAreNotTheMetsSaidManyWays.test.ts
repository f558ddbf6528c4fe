/**
 * Names and numbers that are not the Met's: a station named with everyday words the data does not know ("snow hill
 * police station", "tower bridge police station") is said not found, by that name, rather than asking which station;
 * a council's number is the council's, not 101; dogs at a counter are a facility the data says nothing of.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation().askText(say));
}

describe('names and numbers that are not the Met\'s', function () {
  this.timeout(60_000);
  for (const [say, name] of [
    ['is snow hill police station open', 'snow hill'],
    ['is tower bridge police station open', 'tower bridge'],
    ['bishopsgate police station opening hours', 'bishopsgate'],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.equal(`I couldn't find "${name}" among the London places and police stations I know, so I can't tell where it is.`));
  }
  it('"is the police station open" still asks which', async () => {
    expect(await firstLine('is the police station open')).to.match(/^Which police station/);
  });
  for (const say of ["what's the phone number for lewisham council", 'council helpline number croydon']) {
    it(`${say}: not the police's number`, async () => expect(await firstLine(say)).to.match(/^(?:Sorry, I can't help with that|I can't help with [^:]+, and I don't (?:know|have) [^:]+): I only know about London's police front counters/));
  }
  it('the police\'s own number is still 101', async () => {
    expect(await firstLine('whats the number for the police')).to.match(/call 101/);
  });
  for (const say of ['are dogs allowed in the police station', 'can i bring my dog to brixton police station']) {
    it(`${say}: a facility the data says nothing of`, async () => expect(await firstLine(say)).to.match(/no information about|I don't have information about/));
  }
});

