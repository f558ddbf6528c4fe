/**
 * Follow-ups that lean on the day or the time just asked: "is brixton open on saturday?", then "what time does it
 * close then?" is Saturday's closing; "is walworth open at 9pm?", then "what about 8" is 20:00 the same evening.
 * A question about the week's hours, or with a day of its own, is not carried.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

async function then(first: string, second: string): Promise<string> {
  const c = new Conversation();
  await c.askText(first);
  return firstLineOf(await c.askText(second));
}

describe('Follow-ups that keep the day asked', () => {
  for (const [first, second, answer] of [
    ['is brixton open on saturday', 'what time does it close then', /^\*\*Brixton Police Station\*\* closes at 19:00 on Saturday 28 November \(open 09:00–19:00\)\./],
    ['is ilford open on sunday', 'till when', /^\*\*Ilford Police Station\*\* closes at 19:00 on Sunday 29 November \(open 09:00–19:00\)\./],
    ['is croydon open tomorrow', 'what time does it open?', /^\*\*Croydon Police Station\*\* opens at 10:00 tomorrow, Friday 27 November \(open 10:00–22:00\)\./],
  ] as const) {
    it(`"${first}", then "${second}"`, async () => {
      expect(await then(first, second)).to.match(answer);
    });
  }
  it('the week asked, not a day: the week\'s closing times', async () => {
    expect(await then('ilford hours', 'what time does it close')).to.match(/until 22:00 Monday to Friday/);
  });
  it('a day of its own is that day', async () => {
    expect(await then('is brixton open on saturday', 'what time does it close on monday')).to.match(/Monday 30 November/);
  });
});

describe('Follow-ups that give only another hour', () => {
  for (const [first, second, answer] of [
    ['is walworth open at 9pm', 'what about 8', /^Yes, at 20:00 today \(Thursday 26 November\), \*\*Walworth Police Station\*\* is open/],
    ['is walworth open at 9pm', 'and at 10 then', /^No, at 22:00 today \(Thursday 26 November\), \*\*Walworth Police Station\*\* is closed/],
    ['is ilford open at 9am tomorrow', 'what about 10', /^Yes, at 10:00 tomorrow \(Friday 27 November\), \*\*Ilford Police Station\*\* is open/],
    // "instead" of an hour is another hour, not somewhere else.
    ['is brixton open at 11pm', '9 instead', /^At 21:00 today \(Thursday 26 November\), \*\*Brixton Police Station\*\* is open/],
    ['is brixton open at 8pm', '7am?', /^At 07:00 tomorrow \(Friday 27 November\), \*\*Brixton Police Station\*\* is closed/],
  ] as const) {
    it(`"${first}", then "${second}"`, async () => {
      expect(await then(first, second)).to.match(answer);
    });
  }
  it('a bare number with no time asked before is not an hour', async () => {
    expect(await then('ilford hours', 'what about 8')).to.not.match(/at 08:00|at 20:00/);
  });
});

describe('a moment asked after the desks near a postcode or area: the nearest desk open then, to that place', () => {
  const FRIDAY_2PM = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
  for (const [first, then, expected] of [
    ['nearest police station open now to IG1', 'what about at midnight', /^The nearest front counter open at 00:00 tonight to IG1 is \*\*Lewisham Police Station\*\*/],
    ['nearest police station open now to IG1', 'and at 8am tomorrow?', /^The nearest front counter open at 08:00 tomorrow \(Saturday 5 December\) to IG1 is \*\*Lewisham Police Station\*\*/],
    ['nearest front counter to SE9', 'and at 3am?', /^The nearest front counter open at 03:00 tonight \(early on Saturday 5 December\) to SE9 is \*\*Lewisham Police Station\*\*/],
  ] as const) {
    it(`${first} -> ${then}`, async () => {
      const conversation = new Conversation('webchat', FRIDAY_2PM);
      await conversation.askText(first);
      expect((await conversation.askText(then)).split('\n')[0]).to.match(expected);
    });
  }

  it('after the desks, a counter asked about takes the moment: "is it open at 9pm" is that counter\'s hours', async () => {
    const conversation = new Conversation('webchat', FRIDAY_2PM);
    await conversation.askText('nearest police station to SE9');
    expect((await conversation.askText('is it open at 9pm')).split('\n')[0]).to.match(/^Yes, at 21:00 today \(Friday 4 December\), \*\*Lewisham Police Station\*\* is open/);
  });
});
