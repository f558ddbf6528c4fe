/**
 * The nearest Met counter asked for by name from a place in the City of London ("nearest met police station to
 * moorgate", "closest Metropolitan Police front counter to liverpool street"): the first sentence is that counter, the
 * City note second. Without the Met named, the City note still leads, the Met counter after it. A place outside London
 * asked the same way is answered the same way round. Danger told with the same words still leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const CITY_NOTE = /is in the City of London, which has its own police force, the City of London Police|The City of London has its own police force/;

async function lines(say: string | string[]): Promise<string[]> {
  const chat = new Conversation();
  let text = '';
  for (const s of Array.isArray(say) ? say : [say]) text = await chat.askText(s);
  return text.split('\n').filter((l) => l.trim() !== '');
}

describe('a Met counter asked for by name from the City of London, said many ways', function () {
  this.timeout(120_000);
  for (const [say, from] of [
    ['nearest met police station to moorgate', 'Moorgate'],
    ['closest Metropolitan Police front counter to liverpool street', 'Liverpool Street'],
    ['nearest met station to EC2V 7HH', 'EC2V 7HH'],
    ['closest met police station to the barbican', 'Barbican'],
    ['whats the nearest metropolitan police station to moorgate', 'Moorgate'],
    ['where is the closest met police counter to liverpool street?', 'Liverpool Street'],
    ['nearest met front desk to EC2V 7HH please', 'EC2V 7HH'],
    ['which is the nearest MPS station to moorgate', 'Moorgate'],
  ] as const) {
    it(`"${say}": the Met counter first, the City note second`, async () => {
      const [first, second] = await lines(say);
      expect(first, say).to.match(new RegExp(`^The nearest (?:[\\w-]+ )*front counter to ${from} is \\*\\*[^*]+ Police Station\\*\\*, about [\\d.]+ km`));
      expect(second, say).to.match(CITY_NOTE);
    });
  }

  it('asked for a postcode first, then given a City postcode: the Met counter first', async () => {
    const [first, second] = await lines(['nearest met station', 'EC2V 7HH']);
    expect(first).to.match(/^The nearest front counter to EC2V 7HH is \*\*/);
    expect(second).to.match(CITY_NOTE);
  });

  it('outside London, with the Met named: the Met counter first, then that the place is outside the Met area', async () => {
    const [first, second] = await lines('nearest met police station to watford');
    expect(first).to.match(/^The nearest front counter to Watford is \*\*/);
    expect(second).to.match(/outside London/);
  });
});

describe('without the Met named, the City note still leads', function () {
  this.timeout(60_000);
  for (const say of ['nearest police station to moorgate', 'closest police front counter to liverpool street', 'police station in the Square Mile', 'EC2V 7HH', 'nearest police station to watford']) {
    it(say, async () => {
      const [first] = await lines(say);
      expect(first, say).to.match(/City of London|outside London/);
      expect(first, say).to.not.match(/^The nearest front counter/);
    });
  }
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['nearest met police station to moorgate, a man is attacking me', 'im at liverpool street and someone has a knife, closest met police station?']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/999/);
    });
  }
});
