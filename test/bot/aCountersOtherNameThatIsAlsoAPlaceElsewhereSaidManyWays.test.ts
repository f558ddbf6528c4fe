/**
 * A counter's name or other name that the London gazetteer also holds as a place far from it ("nearest station to
 * hayes": Hayes End's counter, and Hayes in Bromley): answered as before, with one line for the other place and the
 * desk nearest to it. Read from the data, not from the name: a copy of the data with another such place says it too.
 * Controls: a name with no namesake far away, the other place asked by its borough, and a place named two ways with
 * no counter of the name (which asks which). Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { FrontCounterKnowledge } from '../../src/stations';
import { Conversation, knowledge } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function reply(say: string, from: FrontCounterKnowledge = knowledge): Promise<string> {
  return new Conversation('webchat', NOW, 'personal', undefined, from).askText(say);
}

describe("a counter's other name that is also a place elsewhere in London, said many ways", function () {
  this.timeout(60_000);
  for (const say of [
    'nearest station to hayes',
    'closest police station hayes',
    'wheres the nearest cop shop to hayes',
    'nearest open police station to hayes',
    'hayes nearest front counter',
    'which police front desk is closest to hayes?',
    'is there a police station near hayes',
  ]) {
    it(`${say}: Hayes End's counter first, then one line for Hayes in Bromley`, async () => {
      const text = await reply(say);
      const [first] = text.split('\n');
      expect(first).to.include('**Hayes Police Station (Hayes End)**');
      expect(text).to.match(/\nIf you meant Hayes in Bromley, the nearest front counter (?:open now )?is \*\*Bromley\*\*, 2\.4 km\./);
      expect(text.match(/If you meant/g) ?? []).to.have.length(1);
    });
  }

  it('the 24-hour desk asked: the 24-hour desk nearest the other place', async () => {
    const text = await reply('24 hour police station near hayes');
    expect(text).to.match(/If you meant Hayes in Bromley, the nearest 24-hour front counter is \*\*Lewisham\*\*/);
  });

  it('read from the data: another counter whose name a far place shares says it too', async () => {
    const data = structuredClone(knowledge.data);
    data.places.push({ id: 'stratford-testshire', name: 'Stratford', lat: 51.40, lon: -0.30, inLondon: true, borough: 'Kingston upon Thames', county: null });
    const text = await reply('nearest station to stratford', new FrontCounterKnowledge(data));
    expect(text.split('\n')[0]).to.include('**Stratford Police Station**');
    expect(text).to.match(/If you meant Stratford in Kingston upon Thames, the nearest front counter is \*\*Kingston\*\*/);
  });

  for (const [say, lead] of [
    ['nearest station to hayes end', /Hayes Police Station \(Hayes End\)/],
    ['nearest station to kingston', /Kingston Police Station/],
    ['nearest counter to hayes kent', /Bromley Police Station/],
    ['hayes bromley', /Bromley Police Station/],
    ['nearest station to belmont', /^Did you mean Belmont \(Sutton\) or Belmont \(Harrow\)\?/],
  ] as const) {
    it(`control: ${say} keeps its answer, with no other place`, async () => {
      const text = await reply(say);
      expect(text.split('\n')[0]).to.match(lead);
      expect(text).not.to.match(/If you meant \w+ in /);
    });
  }
});
