/**
 * The nearest parking asked by a counter named ("car park closest to croydon police station", "nearest parking to
 * walworth station", "closest place to park near brixton nick"): the data says nothing of parking, so it says so for that
 * counter (was: "The nearest front counter is Croydon Police Station, right there", the nearest read as of counters).
 * Controls: the nearest counter asked from a car park, or from a place, is still the nearest counter.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

describe('The nearest parking to a counter named: the data has none, said for that counter', () => {
  const cases: Array<[string, string]> = [
    ['car park closest to croydon police station', 'Croydon'],
    ['nearest car park to brixton police station?', 'Brixton'],
    ['nearest parking to walworth station pls', 'Walworth'],
    ['closest place to park near brixton nick', 'Brixton'],
    ['cheapest car park near lewisham police station', 'Lewisham'],
  ];
  for (const [say, counter] of cases) {
    it(say, async () => {
      expect(await new Conversation().askText(say)).to.match(new RegExp(`^I don't have information about .*parking.* at \\*\\*${counter} Police Station\\*\\*`));
    });
  }
});

describe('Controls: the nearest counter, not parking', () => {
  for (const say of ['nearest station to the car park in croydon', 'nearest police station to croydon']) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(/^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/));
  }
});
