/**
 * An errand (found property, bail, handing something in) at a counter named, at a time named: the first sentence says
 * whether that counter is open then, not the nearest desk to it. Without a time the errand still goes to the nearest
 * counter, and "nearest" said outright still wins.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

/** Friday 4 December 2026, 14:00 London time: "tomorrow" is a Saturday, when counters open at 09:00. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY_AFTERNOON).askText(say));
}

describe('an errand at a counter named, at a time', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['i need to hand something in at croydon before work tomorrow about 7.45', /^At 07:45 tomorrow \(Saturday 5 December\), \*\*Croydon Police Station\*\* is closed; opens at 09:00/],
    ['i have to sign on for bail at ilford at 8am tomorrow', /^At 08:00 tomorrow \(Saturday 5 December\), \*\*Ilford Police Station\*\* is closed/],
    ['can i hand in a wallet i found at brixton at 9pm tonight', /^Yes, at 21:00 today \(Friday 4 December\), \*\*Brixton Police Station\*\* is open/],
    ['i found a phone, can i drop it at lewisham at 3am', /^At 03:00 tomorrow \(Saturday 5 December\), \*\*Lewisham Police Station\*\* is open, 24 hours a day/],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.match(expected));
  }
  it('without a time, an errand goes to the nearest counter', async () => {
    expect(await firstLine('i need to hand in lost property in bromley')).to.match(/^The nearest front counter to Bromley is/);
  });
  describe('without a time, at a place named for its own counter: that counter, whether it is open', () => {
    for (const [say, expected] of [
      // Asked whether one may: yes, in the data's words for the errand, then whether it is open now.
      ['can i hand in a found wallet at brixton', /^Yes: leaving or collecting lost property .* Brixton's \(\*\*Brixton Police Station\*\*\) is open now/],
      ['can i sign for bail at ilford', /^The front counter at \*\*Ilford Police Station\*\* is open/],
      ['can i hand in lost property in peckham', /^The front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017/],
      // Where the resident lives, or where to go: the nearest, from there.
      ['lost property, live in peckham', /^The nearest front counter to Peckham is/],
      ['i found a purse in brixton, where should i take it', /^The nearest front counter to Brixton is/],
    ] as const) {
      it(say, async () => expect(await firstLine(say)).to.match(expected));
    }
  });
  it('"nearest" said outright is still the nearest desk open then', async () => {
    expect(await firstLine('found a bag, nearest station to take it to at 10pm near SE5')).to.match(/^The nearest front counter open at 22:00 tonight to SE5 is/);
  });
});

describe('getting to a counter named at a time: whether it is open then, not the way there', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['can i get to croydon around 8pm', /^Yes, at 20:00 today \(Friday 4 December\), \*\*Croydon Police Station\*\* is open, until 22:00/],
    ['could i get to brixton at 7am', /^No, at 07:00 tomorrow \(Saturday 5 December\), \*\*Brixton Police Station\*\* is closed; opens at 09:00/],
    ['can i make it to croydon by 9pm', /^Yes, at 21:00 today \(Friday 4 December\), \*\*Croydon Police Station\*\* is open/],
    ['can i still get to walworth at half 9 tonight', /^Yes, at 21:30 today \(Friday 4 December\), \*\*Walworth Police Station\*\* is open/],
    ['is it possible to get to croydon at 8pm', /^Yes, at 20:00 today \(Friday 4 December\), \*\*Croydon Police Station\*\* is open/],
    ['can i get to croydon on sunday', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December, 09:00–19:00/],
    // "How can I get to ...", or no time: the way there.
    ['how can i get to croydon at 8pm', /^\*\*Croydon Police Station\*\*: 71 Park Lane/],
    ['can i get to croydon', /^\*\*Croydon Police Station\*\*: 71 Park Lane/],
    ['can i get to croydon by bus', /^I don't have bus, Tube or train routes/],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.match(expected));
  }
});
