/**
 * "Which stations reopened?", "did any counters come back?": the counters the timeline shows closing and then opening
 * again, how many and which in the first sentence, each with its closing and reopening dates (an estimated date said
 * as such), and which are open now. A counter that closed for good is no reopening; a reopening asked of one counter
 * stays that counter's answer; danger told with the same words still leads with 999.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, knowledge } from './harness';

/** The counters whose rows hold a `closed` row and, after it, an `opened` row (CONFLICT rows left out), by short name. */
function reopenedInData(): Set<string> {
  const names = new Set<string>();
  for (const station of knowledge.data.stations) {
    let closed = false;
    for (const e of knowledge.timeline.eventsFor(station.id)) {
      if (e.conflict || e.date > '2026-11-26') continue;
      if (e.kind === 'closed') closed = true;
      else if (e.kind === 'opened' && closed) names.add(station.name.replace(/ Police Station.*$/, ''));
    }
  }
  return names;
}

const SAID = [
  'which stations reopened', 'have any police stations reopened?', 'which front counters have reopened since closing', 'did any counters come back',
  'have any reopened', 'any police stations reopened?', 'how many police stations have reopened', 'which stations closed and then reopened',
  'were any front desks reopened after being closed', 'did any closed counters open again', 'is there any station that reopened', 'which closed stations came back',
  'any stations back open again?', 'which closures were temporary', 'which counters were closed for a while', 'did any of the closed police stations reopen',
  'reopened police stations', 'has any station reopened', 'did they reopen any of the closed stations', 'which police stations opened again', 'what counters have reopened recently',
];

describe('counters that reopened, said many ways', function () {
  this.timeout(120_000);
  const expected = reopenedInData();

  for (const say of SAID) {
    it(`"${say}": how many and which, first`, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      const named = [...first.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
      expect(new Set(named), say).to.deep.equal(expected);
      expect(first, say).to.match(new RegExp(`^(?:Yes: )?\\w+ front counters reopened after a closure, as my sources show: `));
      expect(first.replace(/^Yes: /, '').split(' ')[0].toLowerCase(), say).to.equal(['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][expected.size] ?? String(expected.size));
    });
  }

  it('each with its closing and reopening dates, estimated ones said so, and which are open now', async () => {
    const all = await new Conversation().ask('which stations reopened');
    expect(all).to.match(/\*\*Hammersmith\*\*: closed on 8 October 2016 \([^)]*\), reopened on 29 September 2020 \(the date announced\)/);
    expect(all).to.match(/\*\*Ilford\*\*: closed on 2 November 2020 .*reopened around March 2021 \(an estimated date\)/);
    expect(all).to.match(/\*\*Twickenham\*\*: .*closed again on 28 February 2026/);
    expect(all).to.match(/^Open now: .*\*\*Hammersmith\*\*.*; the others have closed again since\.$/m);
  });

  it('a counter that closed for good is not a reopening', async () => {
    const first = firstLineOf(await new Conversation().askText('which stations reopened'));
    for (const closedForGood of ['Chingford', 'Wimbledon', 'Fulham', 'Woodford']) expect(first).to.not.contain(`**${closedForGood}**`);
  });

  it('in a part of London or a year: only those reopened there or then', async () => {
    expect(firstLineOf(await new Conversation().askText('has anything reopened in east london'))).to.match(/^(?:Yes: )?\w+ front counters? in East London reopened after a closure, as my sources show: /);
    const in2020 = firstLineOf(await new Conversation().askText('which counters reopened in 2020'));
    expect(in2020).to.match(/^\w+ front counters? reopened after a closure in 2020, as my sources show: /);
    expect(in2020).to.not.contain('**Stratford**').and.to.not.contain('**Bethnal Green**');
  });

  it('a year said of the closing: those that closed then and reopened later', async () => {
    for (const say of ['did any police station reopen after closing in 2017', 'which stations that closed in 2017 came back']) {
      const first = firstLineOf(await new Conversation().askText(say));
      expect(first, say).to.match(/^(?:Yes: )?\w+ front counters? that closed in 2017 reopened later, as my sources show: /);
      expect(first, say).to.contain('**Stratford**').and.to.not.contain('**Hammersmith**').and.to.not.contain('**Ilford**');
    }
  });

  it('"did any of them reopen?" after closures in a part of London: those of that part', async () => {
    const chat = new Conversation();
    await chat.say('which ones closed in north london');
    expect(firstLineOf(await chat.askText('did any of them reopen'))).to.match(/^(?:Yes: )?\w+ front counters? in North London reopened after a closure/);
  });
});

describe('opening again at a moment, or someone who came back, is not a reopening', function () {
  this.timeout(60_000);
  for (const say of [
    'any stations open again tomorrow', 'which stations open again on monday', 'what time do they open again', 'is any station open again after 10pm',
    'my ex came back, which police station is open', 'i came back from holiday, which stations are open', 'the burglars came back last night, what station should i go to',
  ]) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.not.match(/reopened after a closure/);
    });
  }
});

describe('a reopening asked of one counter stays that counter\'s answer', function () {
  this.timeout(30_000);
  it('when did hammersmith reopen', async () => {
    expect(firstLineOf(await new Conversation().askText('when did hammersmith reopen'))).to.match(/^The front counter at \*\*Hammersmith Police Station\*\* reopened on 29 September 2020/);
  });
  it('did it reopen, after twickenham', async () => {
    const chat = new Conversation();
    await chat.say('is twickenham closed?');
    expect(firstLineOf(await chat.askText('did it reopen'))).to.match(/Twickenham Police Station/);
  });
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['which stations reopened? a man with a knife came back to my house', 'did any counters come back, someone is breaking in right now', 'he came back and hes hitting me']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/999/);
    });
  }
});
