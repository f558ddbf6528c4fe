/**
 * Days of the month said in words ("the first of january", "twenty first of december", "december the twelfth") are
 * dates like "the 1st of january"; an hour said as a closing time ("does sutton close at 7", "before it shuts at 7") is
 * the evening; "can I get there before it shuts / before closing" is the closing time, never a yes or no of being
 * closed, and never "before it closed" of a counter that has not closed.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));
}

describe('a day of the month said in words', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['bromley open on the first of january?', /New Year's Day \(1 January 2027\)/],
    ['is brixton open on the twenty first of december', /^Yes, \*\*Brixton Police Station\*\* is open on Monday 21 December, 10:00–22:00/],
    ['is brixton open on december the twelfth', /^Yes, \*\*Brixton Police Station\*\* is open on Saturday 12 December, 09:00–19:00/],
    ['is ilford open on the fifth of january', /^Yes, \*\*Ilford Police Station\*\* is open on Tuesday 5 January 2027/],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.match(expected));
  }
  it('"the first one" is still a choice, not a date', async () => {
    expect(await firstLine('the first one')).not.to.match(/January|December/);
  });
});

describe('a closing time asked', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    // A closing time asked as yes or no: that day's closing time, "Yes" when it is the time named, else "No".
    ['does sutton close at 7 on saturday', /^Yes, \*\*Sutton Police Station\*\* closes at 19:00 tomorrow \(Saturday 5 December\)\.$/],
    ['does sutton close at 6 on saturday', /^No, \*\*Sutton Police Station\*\* closes at 19:00 tomorrow \(Saturday 5 December\)\.$/],
    ['does ilford close at 10 tonight', /^Yes, \*\*Ilford Police Station\*\* closes at 22:00 today \(Friday 4 December\)\.$/],
    ['does acton close at 8pm', /^No, \*\*Acton Police Station\*\* closes at 22:00 today \(Friday 4 December\)\.$/],
    // A counter open 24 hours does not close at all: "No" first, whatever time is named.
    ['does lewisham close at 10 tonight', /^No, \*\*Lewisham Police Station\*\* doesn't close: it is open 24 hours a day\.$/],
    ['does charing cross close at midnight on saturday', /^No, \*\*Charing Cross Police Station\*\* doesn't close: it is open 24 hours a day\.$/],
    ['does lewisham police station close at 7pm on sundays', /^No, \*\*Lewisham Police Station\*\* doesn't close/],
    // "Open until" keeps its own answer.
    ['is ilford open till 10 tonight', /^Yes, \*\*Ilford Police Station\*\* is open today \(Friday 4 December\) until 22:00\.$/],
    ['can i get to sutton before it shuts on saturday', /^\*\*Sutton Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
    ['will i get to brixton before it closes if i leave now', /^\*\*Brixton Police Station\*\* is open now, until 22:00/],
    ['can i make it to croydon before closing', /^\*\*Croydon Police Station\*\* is open until 22:00/],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.match(expected));
  }
  it('"what hours was wimbledon open before it closed" is still the day before its closure', async () => {
    expect(await firstLine('what hours was wimbledon open before it closed')).to.match(/^On 27 February 2026, the day before it closed, the front counter at \*\*Wimbledon Police Station\*\* was open/);
  });
});
