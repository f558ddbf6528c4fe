/**
 * A street named as where one is, found only as the street of a counter's address ("nearest police station to park
 * lane": Croydon's, 71 Park Lane, Croydon; Mayfair has a Park Lane too): that counter, said to be on that street with its
 * address, then another street of that name asked for, where it said "Croydon Police Station, right there" as if the
 * resident stood at it. The street is said as the address spells it, from the data. The town said with it ("park lane
 * croydon"), a counter named after the place ("lavender hill"), or a place the gazetteer knows, unchanged. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, knowledge } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

function addressOf(name: string): string {
  return knowledge.data.stations.find((s) => s.name === name)!.address!;
}

describe('a street of a counter\'s address named as a place, said many ways: that counter, and another street of the name asked for', function () {
  this.timeout(60_000);
  for (const [say, counter, street] of [
    ['nearest police station to park lane', 'Croydon Police Station', 'Park Lane'],
    ['police station near park lane', 'Croydon Police Station', 'Park Lane'],
    ['whats the closest police station to park lane?', 'Croydon Police Station', 'Park Lane'],
    ['nearest police station to montague road', 'Hounslow Police Station', 'Montague Road'],
    ['police near tolpuddle street', 'Islington Police Station', 'Tolpuddle Street'],
    ['nearest police station to manor place', 'Walworth Police Station', 'Manor Place'],
    ['closest police station to holmes road', 'Kentish Town Police Station', 'Holmes Road'],
  ] as const) {
    it(`${say}: ${counter}, on ${street}`, async () => {
      const text = await new Conversation('webchat', NOW).askText(say);
      const address = addressOf(counter);
      expect(address).to.include(street);
      expect(firstLineOf(text)).to.equal(`**${counter}** is on ${street}: it is at ${address}, open now, until 22:00.`);
      expect(text).to.include(`If you meant another ${street}, tell me its postcode (the first half is enough) or its area`);
      expect(text).not.to.match(/right there/);
    });
  }
});

describe('controls: the town said with it, a counter named after the place, a place the gazetteer knows', function () {
  this.timeout(30_000);
  for (const [say, first] of [
    ['nearest police station to park lane croydon', /^The nearest front counter is \*\*Croydon Police Station\*\*, right there/],
    ['where is the nearest police station to lavender hill', /^The nearest front counter to Lavender Hill is \*\*Lavender Hill Police Station\*\*/],
    ['nearest police station to croydon', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/],
    ['nearest police station to savile row', /^The nearest front counter to Savile Row is \*\*/],
    ['is croydon police station open', /\*\*Croydon Police Station\*\*/],
  ] as const) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation('webchat', NOW).askText(say))).to.match(first);
    });
  }
});
