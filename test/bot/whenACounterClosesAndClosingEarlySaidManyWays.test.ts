/**
 * A counter's closure ahead asked "when" ("when is stratford closing", "when will wembley close"): when it is due, that
 * no date is given (with what the source says), or that none is planned; a counter that closed says when it did.
 * Today's closing time asked ("when is stratford closing today", "when does wembley close") keeps its answer.
 * Closing early asked of all counters ("are any police stations closing early today"): today's closing times, not the
 * closures for good. "Is any station in east london closing down" (one, not several): the closures ahead there.
 * "Is wembley police station staying": yes or no. Through the bot, on Friday 4 December 2026.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('when a counter closes for good, said many ways', function () {
  this.timeout(60_000);
  for (const say of [
    'when is stratford closing',
    'when is stratford police station due to close',
    'when will stratford shut for good',
    'when does stratford close down',
    'how soon is stratford closing',
    'so when will stratford close',
    'when are they closing stratford',
  ]) {
    it(`${say}: no date given, and what the source reports`, async () => {
      const line = await ask(say);
      expect(line).to.match(/^My sources give no date for closing the front counter at \*\*Stratford Police Station\*\*/);
      expect(line).to.contain('18 December 2025');
      expect(line).to.contain('Forest Gate');
    });
  }
  for (const [say, name] of [
    ['when will wembley police station close', 'Wembley Police Station'],
    ['when is wembley closing down', 'Wembley Police Station'],
    ['when will brixton be closed', 'Brixton Police Station'],
    ['when is ilford going to close', 'Ilford Police Station'],
    ['when will the met close wembley police station', 'Wembley Police Station'],
  ] as const) {
    it(`${say}: none planned, so no date`, async () => {
      expect(await ask(say)).to.match(new RegExp(`^There is no date: the front counter at \\*\\*${name}\\*\\* is not planned to close, as far as my sources show`));
    });
  }
  it('when will holloway close: it closed, and when', async () => {
    expect(await ask('when will holloway close')).to.match(/^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020/);
  });
  for (const [say, expected] of [
    ['when is stratford closing today', /^\*\*Stratford Police Station\*\* is open today, Friday 4 December, 10:00–22:00/],
    ['when does wembley close', /^\*\*Wembley Police Station\*\* is open until 22:00 Monday to Friday/],
    ['when is brixton closing tonight', /^\*\*Brixton Police Station\*\* is open this evening/],
    ['when are they closing stratford today', /^\*\*Stratford Police Station\*\* is open today, Friday 4 December, 10:00–22:00/],
    ['what time is wembley closing', /^\*\*Wembley Police Station\*\* is open until 22:00/],
    ['when did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    ['is stratford closing', /^No closure of the front counter at \*\*Stratford Police Station\*\* has been decided/],
  ] as const) {
    it(`${say}: unchanged`, async () => expect(await ask(say)).to.match(expected));
  }
});

describe('"when?" after "is it closing?", said many ways', function () {
  this.timeout(60_000);
  const after = async (first: string, then: string) => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText(first);
    return firstLineOf(await c.askText(then));
  };
  for (const [first, then, expected] of [
    ['is stratford closing', 'when?', /^My sources give no date for closing the front counter at \*\*Stratford Police Station\*\*/],
    ['any plans to close stratford', 'so when', /^My sources give no date for closing the front counter at \*\*Stratford Police Station\*\*/],
    ['is wembley closing down', 'when', /^There is no date: the front counter at \*\*Wembley Police Station\*\* is not planned to close/],
    ['is holloway closing', 'when?', /^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020/],
    ['is wimbledon open', 'when?', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    ['is stratford closing', 'when did that happen', /^The front counter at \*\*Stratford Police Station\*\* has not closed/],
  ] as const) {
    it(`${first}, then ${then}`, async () => expect(await after(first, then)).to.match(expected));
  }
});

describe('where to go once a counter closes, said many ways', function () {
  this.timeout(60_000);
  const STRATFORD_ELSE = /^The nearest front counter open now to Stratford is \*\*Bethnal Green Police Station\*\*/;
  const WEMBLEY_ELSE = /^The nearest front counter open now to Wembley is \*\*Acton Police Station\*\*/;
  for (const [say, expected] of [
    ['what will happen when stratford closes', STRATFORD_ELSE],
    ['where will i go when stratford closes', STRATFORD_ELSE],
    ['what do we do if wembley closes', WEMBLEY_ELSE],
    ['where should i go once stratford shuts down', STRATFORD_ELSE],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(expected));
  }
  for (const [first, then, expected] of [
    ['is stratford closing', 'what then?', STRATFORD_ELSE],
    ['is wembley closing down', 'and then what', WEMBLEY_ELSE],
  ] as const) {
    it(`${first}, then ${then}`, async () => {
      const c = new Conversation('webchat', FRIDAY);
      await c.askText(first);
      expect(firstLineOf(await c.askText(then))).to.match(expected);
    });
  }
  it('control: when brixton closes tonight is today\'s hours', async () => {
    expect(await ask('where can i go when brixton closes tonight')).to.match(/^\*\*Brixton Police Station\*\* closes at 22:00 today/);
  });
  it('control: "what then?" with no closure asked is not somewhere else', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('is brixton open');
    expect(firstLineOf(await c.askText('what then?'))).not.to.match(/^The nearest front counter open now/);
  });
});

describe('the latest closure, said many ways', function () {
  this.timeout(60_000);
  for (const say of ['when did london last lose a police station', 'when was the last time a police station closed', 'when did a counter last close', 'what was the last station to close']) {
    it(say, async () => expect(await ask(say)).to.match(/^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/));
  }
  it('control: when does the last one close tonight is the closing times', async () => {
    expect(await ask('what time does the last station close tonight')).not.to.match(/^Ten front counters closed/);
  });
});

describe('closing early asked of all counters, said many ways', function () {
  this.timeout(60_000);
  for (const [say, when] of [
    ['are any police stations closing early today', '22:00 today (Friday)'],
    ['are any stations closing early tonight', '22:00 today (Friday)'],
    ['is any police station closing early today', '22:00 today (Friday)'],
    ['which stations close early today', '22:00 today (Friday)'],
    ['do any stations close early on saturday', '19:00 on Saturday'],
    ['do counters shut earlier at the weekend', '19:00 on Saturday and Sunday'],
  ] as const) {
    it(say, async () => {
      const line = await ask(say);
      expect(line).to.match(/^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at /);
      expect(line).to.contain(when);
      expect(line).not.to.match(/closed between/);
    });
  }
  it('a special day keeps its answer (no special-day hours in the data)', async () => {
    expect(await ask('are police stations closing early on christmas eve')).to.match(/^The data has no special-day hours for Christmas Eve/);
  });
  it('closures gone by keep theirs ("which stations closed in 2017")', async () => {
    expect(await ask('which stations closed in 2017')).to.match(/closed/);
    expect(await ask('which stations closed in 2017')).not.to.match(/open 24 hours a day; the other/);
  });
});

describe('one counter closing ahead, asked in the singular', function () {
  this.timeout(60_000);
  for (const [say, part] of [
    ['is any police station in east london closing down', 'in East London'],
    ['is any station in croydon closing', 'in Croydon'],
    ['is any police station closing', ''],
    ['is there any counter in south london shutting', 'in South London'],
  ] as const) {
    it(say, async () => {
      expect(await ask(say)).to.match(new RegExp(`^No more front counter closures are decided or proposed${part ? ` ${part}` : ''}, as far as my sources show`));
    });
  }
  for (const [say, expected] of [
    ['was any police station in east london closed', /^Yes: 11 front counters in East London closed between/],
    ['is any station closed in croydon', /two front counters closed in \*\*Croydon\*\*/],
  ] as const) {
    it(`${say}: the closures gone by, unchanged`, async () => expect(await ask(say)).to.match(expected));
  }
});

describe('a place losing its counter, said many ways', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['is newham going to lose its police station', /^No closure of the front counter at \*\*Stratford Police Station\*\* has been decided/],
    ['will croydon lose its police station', /^No, the front counter at \*\*Croydon Police Station\*\* is not planned to close/],
    ['is islington going to lose its counter', /^No, the front counter at \*\*Islington Police Station\*\* is not planned to close/],
    ['is haringey losing its front counter', /^No, the front counter at \*\*Tottenham Police Station\*\* is not planned to close/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(expected));
  }
  it('control: losing one\'s own things is not a closure', async () => {
    expect(await ask('i am going to lose my job')).not.to.match(/not planned to close/);
  });
});

describe('a counter staying, asked without "open"', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['is wembley police station staying', /^Yes, the front counter at \*\*Wembley Police Station\*\* is open/],
    ['is ilford staying', /^Yes, the front counter at \*\*Ilford Police Station\*\* is open/],
    ['will brixton police station stay', /^Yes, the front counter at \*\*Brixton Police Station\*\* is open/],
    ['is stratford staying put', /^Yes, the front counter at \*\*Stratford Police Station\*\* is open/],
    ['will lewisham survive', /^Yes, the front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day/],
    ['is the wimbledon counter staying', /^No, the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(expected));
  }
  it('nearest to where I am staying is still the nearest', async () => {
    expect(await ask('nearest police station to where im staying')).to.match(/^To find the nearest front counter, I need to know where you are/);
  });
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['when is stratford closing? someone is breaking in right now', 'are any police stations closing early today, a man has a knife']) {
    it(say, async () => expect999First(await new Conversation('webchat', FRIDAY).say(say), say));
  }
});
