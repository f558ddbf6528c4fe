/**
 * The counters in general at a time gone by, asked as residents ask it ("what were the front counters like in 2016",
 * "how many police stations were there in 2014", "what was it like before the closures"): answered from the data, not
 * with "which station?". Before the data's complete list (July 2017) the bot says it cannot count them then, gives
 * the 73 of July 2017 and what the plans of the time say (the 2013 plan left 73); "before the closures" with no round
 * named is the day before each of the last two rounds (73 before December 2017, 37 before February 2026). Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const CANNOT_COUNT = (year: number) =>
  new RegExp(`^My sources cannot say how many front counters London had on 1 July ${year} \\(the middle of ${year}\\): they hold every counter only from July 2017\\. London had 73 front counters on 1 July 2017`);
/** The 2013 plan's own figures, from plans.csv. */
const PLAN_2013 = /\*\*2013 Police and Crime Plan \(MOPAC\)\*\*: Closed 63 of London's 136 police front counters .*leaving 73/;
const PLAN_2017 = /\*\*2017 Public Access Strategy \(MOPAC\)\*\*: Cut the 73 front counters/;

describe('the counters in general at a year before the complete list, said many ways', () => {
  const cases: [string, number][] = [
    ['what were the front counters like in 2016', 2016],
    ['how many police stations were there in 2014', 2014],
    ["what were london's police stations like in 2015?", 2015],
    ['what were things like in 2016 for front counters', 2016],
    ['what was the situation with police stations in 2016', 2016],
    ['tell me what police stations were like in 2014', 2014],
    ['how were things in 2016 with the front desks', 2016],
    ['what did the front desks look like in 2015', 2015],
  ];
  for (const [say, year] of cases) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(CANNOT_COUNT(year));
      // After the 2013 plan was carried out, its figures say what was left; the 2017 plan's say what it started from.
      expect(text).to.match(PLAN_2013);
      expect(text).to.match(PLAN_2017);
      expect(text).to.not.match(/Which police station do you mean/);
    });
  }

  it('a year before the 2013 plan: the 2013 plan\'s figures, no plan before it ("how many front desks did the met have in 2010")', async () => {
    const text = await new Conversation().askText('how many front desks did the met have in 2010');
    expect(firstLineOf(text)).to.match(CANNOT_COUNT(2010));
    expect(text).to.match(PLAN_2013);
    expect(text).to.not.match(PLAN_2017);
  });
});

describe('the counters before the closures, asked as what it was like', () => {
  for (const say of ['what was it like before the closures', 'how was it before the cuts', 'what did police stations look like before the closures', 'how were things before the closures?']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/^London had 73 front counters open before the December 2017 closures \(on 13 December 2017\) and 37 before the February 2026 closures \(on 27 February 2026\)/);
    });
  }

  it('a round named: the day before it ("what were front counters like before the 2017 closures")', async () => {
    expect(firstLineOf(await new Conversation().askText('what were front counters like before the 2017 closures'))).to.match(/^As of 13 December 2017, 73 front counters were open in London/);
  });
});

describe('one counter\'s past is still that counter\'s', () => {
  it('"what was brixton like in 2016"', async () => {
    expect(firstLineOf(await new Conversation().askText('what was brixton like in 2016'))).to.match(/Brixton Police Station/);
  });

  it('"it" after a counter was discussed ("is brixton open", then "what was it like in 2016")', async () => {
    const c = new Conversation();
    await c.say('is brixton open');
    expect(firstLineOf(await c.askText('what was it like in 2016'))).to.match(/Brixton Police Station/);
  });
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ['what was it like before the closures, someone is breaking in right now', 'what were police stations like in 2016? my ex is outside with a knife']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
