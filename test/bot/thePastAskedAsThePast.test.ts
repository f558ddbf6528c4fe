/**
 * The past, asked as the past: "was Bethnal Green open in summer 2021?",
 * "could I walk into Kentish Town in 2015?", "what were Holloway's hours
 * before it closed?" are answered as of then from the timeline (temporary
 * closures, counters run from another station, the thin record before
 * mid-2017), then today in one line; never today's status alone.
 *
 * Expected facts come from shared/data/events.csv (row references in the
 * comments), not from the bot's output. "Now" is Thursday 26 November 2026.
 */
import { expect } from 'chai';
import { ask, conversation, stationIdOf } from '../understanding/helpers';
import { Conversation } from './harness';

interface PastCase {
  say: string;
  station: string;
  /** The period's first and last London dates, or 'before-closure'. */
  period: [string, string] | 'before-closure';
  focus?: 'open' | 'closed' | 'hours';
}

// Many shapes: a year, a season, a month, a date, "last year", "ago", covid, "before it closed"; typos, slang, lower case.
const CASES: PastCase[] = [
  { say: "Was Bethnal Green's counter open in summer 2021?", station: 'bethnal-green', period: ['2021-06-01', '2021-08-31'] },
  { say: 'Could I walk into Kentish Town in 2015?', station: 'kentish-town', period: ['2015-01-01', '2015-12-31'] },
  { say: "What were Holloway's hours before it closed?", station: 'holloway', period: 'before-closure', focus: 'hours' },
  { say: 'was hammersmith open in 2018', station: 'hammersmith', period: ['2018-01-01', '2018-12-31'] },
  { say: 'did Ilford have a front desk during covid', station: 'ilford', period: ['2020-03-23', '2021-07-19'] },
  { say: 'what hours did Acton keep last year', station: 'acton', period: ['2025-01-01', '2025-12-31'], focus: 'hours' },
  { say: 'when i was there in 2019 was lewisham open 24 hours', station: 'lewisham', period: ['2019-01-01', '2019-12-31'], focus: 'hours' },
  { say: 'back in 2015 could you walk into brixton nick at night', station: 'brixton', period: ['2015-01-01', '2015-12-31'] },
  { say: 'was twickenham police station shut in march 2020?', station: 'twickenham', period: ['2020-03-01', '2020-03-31'], focus: 'closed' },
  { say: 'was the counter at islington open on 1 october 2020', station: 'islington', period: ['2020-10-01', '2020-10-01'] },
  { say: 'did wimbledon close in 2017', station: 'wimbledon', period: ['2017-01-01', '2017-12-31'], focus: 'closed' },
  { say: 'was dagenham station open in summer 2023', station: 'dagenham', period: ['2023-06-01', '2023-08-31'] },
  { say: 'was chingford open two years ago', station: 'chingford', period: ['2024-01-01', '2024-12-31'] },
  { say: 'bethnal green open during lockdown??', station: 'bethnal-green', period: ['2020-03-23', '2021-07-19'] },
  { say: 'was barkingside police station open in december 2020', station: 'barkingside', period: ['2020-12-01', '2020-12-31'] },
  { say: 'what times was Hammersmith open before it shut', station: 'hammersmith', period: 'before-closure', focus: 'hours' },
  { say: 'was walworth open between 2018 and 2020', station: 'walworth', period: ['2018-01-01', '2020-12-31'] },
  { say: 'Was Woodford police station open in 2017?', station: 'woodford', period: ['2017-01-01', '2017-12-31'] },
  { say: 'could i go to forest gate in autumn 2024', station: 'forest-gate', period: ['2024-09-01', '2024-11-30'] },
  { say: 'was teddington open in 2020', station: 'teddington', period: ['2020-01-01', '2020-12-31'] },
];

describe('the past, asked as the past: understanding', () => {
  for (const c of CASES) {
    it(`${c.say} -> the counter as it was then`, () => {
      const q = ask(c.say);
      expect(q.intent, JSON.stringify(q)).to.equal('past');
      expect(stationIdOf(q)).to.equal(c.station);
      const asked = (q as Extract<typeof q, { intent: 'past' }>).asked;
      if (c.period === 'before-closure') expect(asked).to.deep.equal({ kind: 'before-closure' });
      else expect(asked.kind === 'period' && [asked.period.from, asked.period.to]).to.deep.equal(c.period);
      expect((q as Extract<typeof q, { intent: 'past' }>).focus).to.equal(c.focus ?? 'open');
    });
  }

  it('says which dates a loose period was taken as', () => {
    const summer = ask('was bethnal green open in summer 2021');
    expect(summer).to.deep.include({ asked: { kind: 'period', period: { from: '2021-06-01', to: '2021-08-31', label: 'summer 2021', taken: 'June to August 2021' } } });
    const covid = ask('was ilford open during covid') as Extract<ReturnType<typeof ask>, { intent: 'past' }>;
    expect(covid.asked.kind === 'period' && covid.asked.period.taken).to.match(/23 March 2020.*19 July 2021/);
  });

  it('leaves other questions alone: a plan named by its year, the closures of a year, the 24-hour list as it was, today', () => {
    expect(ask('what happened under the 2017 plan to wimbledon').intent).to.not.equal('past');
    expect(ask('how many counters closed in 2017').intent).to.equal('closures-list');
    expect(ask('which stations were 24 hours in 2020').intent).to.equal('list-24x7');
    expect(ask('is bethnal green open now').intent).to.not.equal('past');
    expect(ask('was brixton open yesterday').intent).to.not.equal('past');
  });

  it('follow-ups: "and in 2019?" keeps the counter and what was asked; "what about Acton?" keeps the period', () => {
    const [, again] = conversation(['what hours did hammersmith have in 2018', 'and in 2021?']);
    expect(again).to.deep.include({ intent: 'past', focus: 'hours' });
    expect(stationIdOf(again)).to.equal('hammersmith');
    expect((again as Extract<typeof again, { intent: 'past' }>).asked).to.deep.include({ kind: 'period' });
    const [, other] = conversation(['was ilford open in 2020', 'what about barkingside?']);
    expect(other.intent).to.equal('past');
    expect(stationIdOf(other)).to.equal('barkingside');
  });
});

describe('the past, asked as the past: through the bot', () => {
  async function reply(say: string): Promise<string> {
    return new Conversation().ask(say);
  }

  it('Bethnal Green in summer 2021: closed (refurbishment, 2020), Shoreditch stood in, open today', async () => {
    // events.csv: bethnal-green closed 2020 (year) for refurbishment; shoreditch opened 2020 as Tower Hamlets' temporary counter; reopened 4 Sep 2021.
    const text = await reply("Was Bethnal Green's counter open in summer 2021?");
    expect(text.split('\n')[0]).to.match(/^No\. In summer 2021 \(June to August 2021\), the front counter at \*\*Bethnal Green Police Station\*\* was closed/);
    expect(text).to.include('some time in 2020');
    expect(text).to.match(/Shoreditch Police Station\*\* stood in/);
    expect(text).to.match(/Today: open/);
  });

  it('Kentish Town in 2015: open 24 hours (from the 2013 changes), with the thin record before mid-2017 said', async () => {
    // events.csv: kentish-town hours 24/7 from 2013-06-24 (medium).
    const text = await reply('Could I walk into Kentish Town in 2015?');
    expect(text.split('\n')[0]).to.equal('Yes. In 2015, the front counter at **Kentish Town Police Station** was open 24 hours a day.');
    expect(text).to.include('before July 2017 cover only some counters');
  });

  it("Holloway before it closed: the day before 30 November 2020, Islington's temporary counter, hours not on record", async () => {
    // events.csv: holloway opened Sep 2020 as Islington's temporary counter ("Hours not stated"), closed 30 Nov 2020.
    const text = await reply("What were Holloway's hours before it closed?");
    expect(text.split('\n')[0]).to.equal('On 29 November 2020, the day before it closed, the front counter at **Holloway Police Station** was open (my sources do not give its hours then).');
    expect(text).to.match(/temporary front counter for Islington/);
    expect(text).to.include('Today: closed (since 30 November 2020)');
  });

  it("Hammersmith in 2018: closed since 8 October 2016, its counter at Shepherd's Bush (24/7)", async () => {
    const text = await reply('was hammersmith open in 2018');
    expect(text.split('\n')[0]).to.match(/^No\. In 2018, the front counter at \*\*Hammersmith Police Station\*\* was closed: it had closed on 8 October 2016/);
    expect(text).to.match(/Shepherd's Bush Police Station[^*]*\*\* stood in \(1 January 2018 to 31 December 2018, open 24 hours a day\)/);
  });

  it('Ilford during covid: partly; closed from 2 November 2020, Barkingside stood in, back about March 2021 (estimated)', async () => {
    const text = await reply('did Ilford have a front desk during covid');
    const first = text.split('\n')[0];
    expect(first).to.match(/^Partly\. During covid \(23 March 2020/);
    expect(first).to.include('closed from 2 November 2020 until 28 February 2021');
    expect(first).to.include('from about March 2021 (an estimated date)');
    expect(text).to.match(/Barkingside Police Station\*\* stood in \(2 November 2020 to 28 February 2021, open 24 hours a day\)/);
    expect(text).to.include('rests on limited evidence');
  });

  it("Acton last year: 24/7 in 2025; today's reduced hours in one line", async () => {
    const text = await reply('what hours did Acton keep last year');
    expect(text.split('\n')[0]).to.equal('In 2025 (last year), the front counter at **Acton Police Station** was open 24 hours a day.');
    expect(text).to.include('Today: open (Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00)');
  });

  it('Dagenham in summer 2023: the note of its temporary closure (Barking Learning Centre) is said', async () => {
    const text = await reply('was dagenham station open in summer 2023');
    expect(text).to.match(/temporarily closed until 3 Jul 2023; temporary front counter at Barking Learning Centre/);
  });

  it('Twickenham in 2020: closed 24 January 2020 for refurbishment, Teddington stood in, reopening date estimated', async () => {
    const text = await reply('was twickenham open in 2020');
    const first = text.split('\n')[0];
    expect(first).to.match(/^Partly\. In 2020/);
    expect(first).to.include('closed from 24 January 2020');
    expect(first).to.include('from about October 2020 (an estimated date)');
    expect(text).to.match(/Teddington Police Station\*\* stood in/);
  });

  it('Woodford in 2017: closed since 2013 (the contradicted seed-article hours never decide)', async () => {
    const text = await reply('Was Woodford police station open in 2017?');
    expect(text.split('\n')[0]).to.match(/^No\. In 2017, the front counter at \*\*Woodford Police Station\*\* was closed: it had closed some time in 2013/);
  });

  it('before mid-2017 with nothing on record: says it does not know, and why', async () => {
    const text = await reply('was holloway open in 2015');
    expect(text.split('\n')[0]).to.equal("I don't know whether the front counter at **Holloway Police Station** was open then (in 2015): my sources before July 2017 cover only some counters.");
  });

  it('a counter that never closed, asked "before it closed": says so', async () => {
    const text = await reply('what were lewisham hours before it closed');
    expect(text.split('\n')[0]).to.match(/^My sources show no closure of the front counter at \*\*Lewisham Police Station\*\*/);
  });

  it('in a conversation: "and in 2021?" answers the same counter for 2021', async () => {
    const c = new Conversation();
    await c.ask('was hammersmith open in 2018');
    const text = await c.ask('and in 2021?');
    expect(text.split('\n')[0]).to.equal('Yes. In 2021, the front counter at **Hammersmith Police Station** was open 24 hours a day.');
  });
});
