/**
 * Three ways residents name the counter question without its usual words: "staffed" or "manned" at a time is the
 * counter open then; "my local station in Ilford" is Ilford's counter when its status or hours are asked (not the
 * nearest desk); and "will the counter at Kingston close next year", however many words stand between "will" and
 * "close", asks whether a closure is ahead, never answered "Yes, it is open".
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function firstLine(say: string): Promise<string> {
  return firstLineOf(await new Conversation().askText(say));
}

describe('"staffed" or "manned" at a time is the counter open then', function () {
  this.timeout(60_000);
  for (const [say, counter] of [
    ['is the front desk at kentish town staffed on weekdays', 'Kentish Town'],
    ['is brixton manned at the weekend', 'Brixton'],
    ['is croydon desk manned on sunday', 'Croydon'],
    ['is wembley staffed right now', 'Wembley'],
    ['is anyone staffing the counter at ilford on saturday', 'Ilford'],
  ] as const) {
    it(say, async () => {
      const line = await firstLine(say);
      expect(line).to.match(new RegExp(`\\*\\*${counter} Police Station\\*\\* is open`));
      expect(line).not.to.match(/facilities/);
    });
  }
  it('"staffed by real officers" is still a question the data cannot answer, not the hours', async () => {
    expect(await firstLine('is the counter at lewisham staffed by real officers')).to.match(/^I don't have information about/);
  });
  it('"manned police station near me" asks where the resident is, not for a place called "manned"', async () => {
    expect(await firstLine('manned police station near me')).to.match(/I need to know where you are/);
  });
});

describe('"my local station in X" with a status or hours question is X\'s counter', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['will my local station in ilford close', /^No, the front counter at \*\*Ilford Police Station\*\* is not planned to close/],
    ['is my local counter, brixton, open sunday', /^Yes, \*\*Brixton Police Station\*\* is open on Sunday/],
    ['my local police station is croydon, what time does it shut', /^\*\*Croydon Police Station\*\* is open until 22:00/],
  ] as const) {
    it(say, async () => expect(await firstLine(say)).to.match(expected));
  }
  it('"my local station to SE15" is still the nearest desk', async () => {
    expect(await firstLine('whats my local station to SE15')).to.match(/^The nearest front counter to SE15 is/);
  });
});

describe('"will the counter at X close next year" asks whether a closure is ahead', function () {
  this.timeout(60_000);
  for (const [say, counter] of [
    ['will the counter at kingston close next year', 'Kingston'],
    ['will the front desk in sutton shut for good', 'Sutton'],
    ['will the police station in hounslow close soon', 'Hounslow'],
    ['will the counter in bromley close in 2027', 'Bromley'],
    ['will the counter at lewisham on lewisham high street close in the future', 'Lewisham'],
    ['is the counter at romford going to close down next year', 'Romford'],
  ] as const) {
    it(say, async () => {
      const line = await firstLine(say);
      expect(line).to.match(new RegExp(`^No, the front counter at \\*\\*${counter} Police Station\\*\\* is not planned to close`));
    });
  }
  it('a counter already closed says so', async () => {
    expect(await firstLine('will the police station in wimbledon close next year')).to.match(/^It already has: the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/);
  });
  it('"will the counter at brixton close at 10" is still a time of day, not a closure', async () => {
    expect(await firstLine('will the counter at brixton close at 10')).not.to.match(/planned to close/);
  });
});

describe('"what about 24 hour ones?" after a counter: the nearest 24-hour desk from there', function () {
  this.timeout(60_000);
  for (const [first, later, from] of [
    ['is hackney open', 'what about 24 hour ones', 'Hackney'],
    ['is ilford open now', 'and the 24/7 ones?', 'Ilford'],
    ['whats the nearest station to E8 1', 'any 24 hour stations near there', 'E8 1'],
  ] as const) {
    it(`${first} -> ${later}`, async () => {
      const chat = new Conversation();
      await chat.say(first);
      expect(firstLineOf(await chat.askText(later))).to.match(new RegExp(`^The nearest 24-hour front counter to ${from} is \\*\\*(?:Charing Cross|Lewisham) Police Station\\*\\*`));
    });
  }
  it('"is it 24 hours?" after a counter is still that counter', async () => {
    const chat = new Conversation();
    await chat.say('is hackney open');
    expect(firstLineOf(await chat.askText('is it 24 hours'))).to.match(/^No, \*\*Stoke Newington Police Station\*\* is not open 24 hours/);
  });
});
