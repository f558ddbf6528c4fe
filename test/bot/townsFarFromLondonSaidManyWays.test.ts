/**
 * A British town far from London, known to the gazetteer by name only ("I'm in Brighton", "nearest desk to
 * Manchester"): the first sentence says the one the bot knows is outside London, where the Met has no counters,
 * never "I couldn't find it", and never that the resident's place is outside London, since a London neighbourhood the
 * gazetteer lacks may share the name (Dalston, Hatton, Vauxhall): the reply then asks for a London postcode or area. Towns near London keep their county and the nearest Met counter; London places are
 * never taken for such towns.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation().askText(say));
}

describe('a town far from London, named', function () {
  this.timeout(60_000);
  for (const [say, town] of [
    ['im in brighton, nearest 24hr police station', 'Brighton'],
    ['i live in manchester where is my nearest front counter', 'Manchester'],
    ['is there a police front desk open in leeds', 'Leeds'],
    ['nearest police station to birmingham', 'Birmingham'],
    ['what time does the police counter in oxford open', 'Oxford'],
  ] as const) {
    it(say, async () => {
      expect(await firstLine(say)).to.equal(`I only know a ${town} outside London, where the Metropolitan Police has no front counters.`);
    });
  }
  it('the reply then says how to reach the local force', async () => {
    expect(await new Conversation().askText('im in brighton, nearest 24hr police station')).to.match(/call 101 if it is not an emergency/);
  });
  it('a name shared with a London neighbourhood the gazetteer lacks is said as the one known, then asks for a London postcode', async () => {
    // Hatton, by Heathrow, has no point of its own in the data (Hatton Cross's station is not it).
    const reply = await new Conversation().askText('is there a counter in hatton');
    expect(firstLineOf(reply)).to.match(/^I only know a Hatton outside London/);
    expect(reply).to.match(/If you meant a Hatton in London, tell me its postcode or area\./);
  });
  it('never says a London neighbourhood it lacks is outside London', async () => {
    for (const place of ['dalston', 'vauxhall', 'whetstone', 'whitton']) {
      const reply = await new Conversation().askText(`im in ${place}, nearest police station`);
      expect(reply, place).to.not.match(/is outside London/);
      // Asked for its postcode, or (a place the data has a point for, such as Vauxhall's station) answered from it.
      expect(reply, place).to.match(/tell me its postcode|^The nearest front counter to /i);
    }
  });
  it('a town near London keeps its county (and the nearest Met counter)', async () => {
    expect(await firstLine('nearest police station to guildford')).to.match(/^Guildford \(Surrey\) is outside London/);
  });
  it('a London place is still a London place', async () => {
    expect(await firstLine('im in brixton, nearest 24hr police station')).to.match(/^The nearest 24-hour front counter to Brixton is/);
  });
});
