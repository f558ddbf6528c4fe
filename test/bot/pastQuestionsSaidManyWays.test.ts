/**
 * The past said many ways (tenses and none, typos, terse, long, Teams-style),
 * through the real turn pipeline. Each first line must answer what was asked
 * with the date or hours the data gives (data/events.csv: closures, hours rows,
 * plans): when a counter closed or reopened, whether it was ever closed, its
 * hours before its last change ("did it use to be 24 hours?", "its old hours"),
 * what a plan did, what closed in a year or a month.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const NOT_UNDERSTOOD = /Sorry, I (?:can't help with that|didn't understand)|Which police station do you want|I need to know where you are/;

const CHINGFORD_CLOSED = /Chingford Police Station\*\* closed on 28 February 2026/;
const UXBRIDGE_CLOSED = /Uxbridge \(Hillingdon\) Police Station\*\* closed on 14 December 2017/;
/** The day before a counter's hours changed on 3 March 2026, when it was still open 24 hours (timeline hours rows). */
const BEFORE_NEW_HOURS = (name: string) => new RegExp(`^On 2 March 2026, the day before its hours changed \\(on 3 March 2026\\), the front counter at \\*\\*${name} Police Station\\*\\* was open 24 hours a day\\.`);
/** The day before a counter closed on 28 February 2026. */
const BEFORE_CLOSING = (name: string) => new RegExp(`^On 27 February 2026, the day before it closed(?: \\(on 28 February 2026\\))?, the front counter at \\*\\*${name}[^*]*\\*\\* was open 24 hours a day\\.`);
const TEN_CLOSED = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\): Barking Learning Centre, Chingford, Church Street, Harrow, Kensington, Mitcham, Pinner, Royalty Studios, Twickenham and Wimbledon\./;
const PLAN_2017 = /^\*\*2017 Public Access Strategy \(MOPAC\)\*\*: Cut the 73 front counters to about 35 by closing 37 \(ES list; MOPAC said 38\) while keeping one 24\/7 counter in every borough/;
/** What happened on a day or in a year (events.csv): the closures, the new hours, then the plans. */
const TEN_CLOSED_THAT_DAY = /^On 28 February 2026, ten front counters closed under the 2025 front counter review \(Met\): Barking Learning Centre, Chingford, Church Street, Harrow, Kensington, Mitcham, Pinner, Royalty Studios, Twickenham and Wimbledon\./;
const NEW_HOURS_THAT_DAY = /^On 3 March 2026, 25 front counters changed their hours to Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 \(before: open 24 hours, every day\) under the 2025 front counter review \(Met\)\./;
const CLOSED_IN_2017 = /^In 2017, 36 front counters closed \(mostly on 14 December 2017\) under the 2017 Public Access Strategy \(MOPAC\)\./;
/** Counts as of a past date (the timeline's statuses on that date), said with the date they are as of. */
const COUNT_AS_OF = (label: string, open: number | string) => new RegExp(`^As of ${label}, ${open} front counters were open in London;`);
const TWENTY_FOUR_SEVEN_AS_OF = (label: string, n: number | string) => new RegExp(`^As of ${label}, ${n} front counters were open 24 hours a day`);
/** Today's counts: never the answer to a question about the past. */
const TODAY = /27 front counters are open in London now|Only two front counters are open 24 hours a day since 3 March 2026/;

/** [what the resident says, what the first line must match]. */
const CASES: [string, RegExp][] = [
  // When a counter closed: asked with tenses, without, as a fragment, with typos.
  ['when did chingford close', CHINGFORD_CLOSED],
  ['chingford closed?', /^Yes, the front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026\./],
  ['did chingford shut down', CHINGFORD_CLOSED],
  ['chingford shut down when', CHINGFORD_CLOSED],
  ['wen did chingford clsoe', CHINGFORD_CLOSED],
  ['how long has chingford been closed', CHINGFORD_CLOSED],
  ['When did Uxbridge police station close?', UXBRIDGE_CLOSED],
  ['uxbridge closed down?', /^Yes, the front counter at \*\*Uxbridge \(Hillingdon\) Police Station\*\* closed on 14 December 2017\./],
  ['mitcham closing date', /Mitcham Police Station\*\* closed on 28 February 2026/],
  ['royalty studios when did it close', /Royalty Studios[^*]*\*\* closed on 28 February 2026/],
  ['when did holborn close', /Holborn Police Station\*\* closed in January 2018/],
  ['did forest gate close', /Forest Gate Police Station\*\* closed on 6 March 2024/],
  ['when did woodford shut', /Woodford Police Station\*\* closed in 2013/],
  // Ever closed, reopened.
  ['was pinner ever closed', /^The front counter at \*\*Pinner Police Station[^*]*\*\* closed on 28 February 2026, and has not reopened\./],
  ['has wimbledon ever closed', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026, and has not reopened\./],
  ['was hammersmith ever closed', /^Yes: the front counter at \*\*Hammersmith Police Station\*\* was closed for a while\. It closed on 8 October 2016 .* and reopened on 29 September 2020/],
  ['when did hammersmith reopen', /reopened on 29 September 2020/],
  ['when did bethnal green reopen', /Bethnal Green Police Station\*\*.* reopened on 4 September 2021/],
  // Hours before the last change: used to, old hours, stopped being 24/7, before the change.
  ['did brixton used to be open 24 hours', /^Yes: the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day, until its hours changed on 3 March 2026\./],
  ['when did brixton stop being 24 hours', /^The hours of the front counter at \*\*Brixton Police Station\*\* last changed on 3 March 2026: until then it was open 24 hours a day\./],
  ['what were brixtons old hours', BEFORE_NEW_HOURS('Brixton')],
  ['what time did brixton use to open', BEFORE_NEW_HOURS('Brixton')],
  ['what were the hours of walworth before the change', BEFORE_NEW_HOURS('Walworth')],
  ['did lavender hill use to be 24/7', /^Yes: the front counter at \*\*Lavender Hill Police Station\*\* was open 24 hours a day, until its hours changed on 3 March 2026\./],
  ['croydon previous opening hours?', BEFORE_NEW_HOURS('Croydon')],
  ['is it true ilford used to be 24 hours', /^Yes: the front counter at \*\*Ilford Police Station\*\* was open 24 hours a day, until its hours changed on 3 March 2026\./],
  ['when did wimbledon stop being 24 hours', /^The front counter at \*\*Wimbledon[^*]*\*\* closed on 28 February 2026: until then it was open 24 hours a day\./],
  ['did wimbledon used to be 24 hours', /^Yes: the front counter at \*\*Wimbledon Police Station\*\* was open 24 hours a day, until it closed on 28 February 2026\./],
  ['when did harrow police station stop being 24/7', /^The front counter at \*\*Harrow[^*]*\*\* closed on 28 February 2026: until then it was open 24 hours a day\./],
  ['what hours was wimbledon open before it closed', BEFORE_CLOSING('Wimbledon')],
  ["what were kensington's hours before march 2026", BEFORE_CLOSING('Kensington')],
  ['when did uxbridge stop being 24 hours', /^The front counter at \*\*Uxbridge \(Hillingdon\) Police Station\*\* closed on 14 December 2017: until then it was open 24 hours a day\./],
  ['what were charing cross old hours', /^My sources show no change to the hours of the front counter at \*\*Charing Cross Police Station\*\*, and no closure\./],
  ['was chingford 24 hours before', /^Yes: the front counter at \*\*Chingford Police Station\*\* was open 24 hours a day, until it closed on 28 February 2026\./],
  ['what hours did twickenham have', BEFORE_CLOSING('Twickenham')],
  ['what was the opening time of wimbledon before', BEFORE_CLOSING('Wimbledon')],
  ['was acton ever 24 hours', /^Yes: the front counter at \*\*Acton Police Station\*\* was open 24 hours a day, until its hours changed on 3 March 2026\./],
  ['how long was hammersmith closed', /It closed on 8 October 2016 .* and reopened on 29 September 2020/],
  ['where did forest gate counter move to', /^The front counter at \*\*Forest Gate Police Station\*\* moved to \*\*Stratford Police Station\*\*, which is open\. Forest Gate's own counter closed on 6 March 2024\./],
  ['when did the counters close', /^54 front counters closed between July 2017 and 28 February 2026/],
  // The pledges of a 24-hour counter in every borough (resident-facts §6).
  ['when did the mayor promise a 24 hour counter in every borough', /^In 2017, the Mayor committed to one 24-hour counter in each borough \(Public Access Strategy\)\. The 2025–26 changes end these pledges\./],
  ['did sadiq pledge 24 hour police stations in every borough', /^In 2017, the Mayor committed to one 24-hour counter in each borough/],
  // A counter at a time gone by.
  ['was holborn closed in 2017', /^No\. In 2017, the front counter at \*\*Holborn Police Station\*\* was open/],
  // What a plan did, what happened on a date.
  ['what was the 2017 public access strategy', PLAN_2017],
  ['what did the 2017 strategy do', PLAN_2017],
  ['what happened on 28 february 2026', TEN_CLOSED_THAT_DAY],
  ['what changed in march 2026', /^In March 2026, 25 front counters changed their hours on 3 March 2026 to Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00 \(before: open 24 hours, every day\) under the 2025 front counter review \(Met\)\./],
  ['what changed in 2017', CLOSED_IN_2017],
  // What closed in a year or a month, and how many are left.
  ['which closed in feb 2026', TEN_CLOSED],
  ['what closed in 2026', TEN_CLOSED],
  ['which counters closed in december 2017', /^35 front counters closed in December 2017 under the 2017 Public Access Strategy \(MOPAC\)/],
  ['what closed last year', /^My sources date no front counter closure in 2025 itself \(Marlowe House \(Sidcup\) and Paddington Green had closed by 6 August 2025, on dates they do not give\)/],
  ['how many are left', /^27 front counters are open in London now; two of them are open 24 hours a day\./],
];

/** Counts and lists asked of a past date or period: [what the resident says, the first line]; today's count must not appear. */
const PAST_COUNTS: [string, RegExp][] = [
  ['How many 24/7 counters were there before March 2026', TWENTY_FOUR_SEVEN_AS_OF('28 February 2026', 27)],
  ['how many 24/7 desks before feb 2026', TWENTY_FOUR_SEVEN_AS_OF('31 January 2026', 32)],
  ['how many 24 hour counters before 3 march 2026', TWENTY_FOUR_SEVEN_AS_OF('2 March 2026', 27)],
  ['how many 24hr counters did london have last year', TWENTY_FOUR_SEVEN_AS_OF('1 July 2025 \\(the middle of 2025\\)', 32)],
  ['how many were open 24 hours last year', TWENTY_FOUR_SEVEN_AS_OF('1 July 2025 \\(the middle of 2025\\)', 32)],
  ['how many 24/7 police stations were there two years ago', TWENTY_FOUR_SEVEN_AS_OF('1 July 2024 \\(the middle of 2024\\)', 32)],
  ['how many front counters did London have in 2017', /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London; my sources show seven of them open 24 hours a day and do not give the hours of 62\./],
  ['how many front counters did london have in 2020', COUNT_AS_OF('1 July 2020 \\(the middle of 2020\\)', 37)],
  ['how many were open in 2020', COUNT_AS_OF('1 July 2020 \\(the middle of 2020\\)', 37)],
  ['how many counters in 2019?', COUNT_AS_OF('1 July 2019 \\(the middle of 2019\\)', 37)],
  ['number of front counters in london 2018', COUNT_AS_OF('1 July 2018 \\(the middle of 2018\\)', 37)],
  ['how meny front counters were ther in 2017', COUNT_AS_OF('1 July 2017 \\(the middle of 2017\\)', 73)],
  ['HOW MANY POLICE STATIONS WERE THERE 5 YEARS AGO', COUNT_AS_OF('1 July 2021 \\(the middle of 2021\\)', 38)],
  ['how many counters did the met have before march 2026', /^As of 28 February 2026, 27 front counters were open in London; all of them were open 24 hours a day\./],
  ['how many front desks were open on 1 january 2026', COUNT_AS_OF('1 January 2026', 37)],
  // Which ones, listed as of then.
  ['which stations were open in 2017', /^As of 1 July 2017 \(the middle of 2017\), 73 front counters were open in London:$/],
  ['which counters were open in 2020', /^As of 1 July 2020 \(the middle of 2020\), 37 front counters were open in London:$/],
  ['what police stations were open last year', /^As of 1 July 2025 \(the middle of 2025\), 38 front counters were open in London:$/],
  // Before the data holds every counter: it says it cannot count them, and what it does say (the plan's figures).
  ['how many counters were there in 2015', /^My sources cannot say how many front counters London had on 1 July 2015 \(the middle of 2015\): they hold every counter only from July 2017\. London had 73 front counters on 1 July 2017/],
  ['how many counters were there before 2013', /^My sources cannot say how many front counters London had on 31 December 2012: .*London had 73 front counters on 1 July 2017/],
];

/** What happened on a day or in a period: [what the resident says, the first line]. */
const WHAT_HAPPENED: [string, RegExp][] = [
  ['What happened on 3 March 2026', NEW_HOURS_THAT_DAY],
  ['anything happen on 3 march 2026?', NEW_HOURS_THAT_DAY],
  ['what changed on 3 mar 2026', NEW_HOURS_THAT_DAY],
  ['what changed on 28 Feb 2026', TEN_CLOSED_THAT_DAY],
  ['wat happened on 28 february 2026', TEN_CLOSED_THAT_DAY],
  ['what happened in 2017 to the police stations', CLOSED_IN_2017],
  ['what happened to police stations in 2017', CLOSED_IN_2017],
  ['what happend in 2017', CLOSED_IN_2017],
  ['what happened on 14 december 2017', /^On 14 December 2017, 33 front counters closed under the 2017 Public Access Strategy \(MOPAC\)\./],
  ['what happened in feb 2026', /^In February 2026, ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\):/],
  ['what happened in 2020', /^In 2020, seven front counters closed: Bethnal Green, Twickenham, Islington, Shepherd's Bush, Teddington, Ilford and Holloway\./],
  ['what happened on 29 september 2020', /^On 29 September 2020, one front counter closed: Shepherd's Bush\./],
  ['what happened in 2024', /^In 2024, one front counter closed on 6 March 2024: Forest Gate\./],
  // A day without its year, asked in the past tense: the last such day.
  ['what happend on 3 march', NEW_HOURS_THAT_DAY],
  ['wat changed on the 3rd of march', NEW_HOURS_THAT_DAY],
  ['what happened on 28 feb', TEN_CLOSED_THAT_DAY],
  ['what happened on 5 june 2019', /^My sources record no front counter closing, opening or changing its hours on 5 June 2019\./],
];

describe('the past said many ways: the first line gives the date or the hours the data has', () => {
  for (const [say, first] of CASES) {
    it(say, async () => {
      const text = await new Conversation().ask(say);
      expect(text.split('\n')[0]).to.match(first);
      expect(text).to.not.match(NOT_UNDERSTOOD);
    });
  }

  // Asked of the past, answered as of then: today's counts nowhere in the reply.
  for (const [kind, cases] of [['as of then', PAST_COUNTS], ['what happened then', WHAT_HAPPENED]] as const) {
    for (const [say, first] of cases) {
      it(`${kind}: ${say}`, async () => {
        const text = await new Conversation().ask(say);
        expect(text.split('\n')[0]).to.match(first);
        expect(text).to.not.match(TODAY);
        expect(text).to.not.match(NOT_UNDERSTOOD);
      });
    }
  }

  it('what happened in a year also says a plan proposed or decided in it, from plans.csv', async () => {
    const text = await new Conversation().ask('what happened in 2017');
    expect(text).to.include('The 2017 Public Access Strategy (MOPAC) was proposed in July 2017 and decided on 31 October 2017.');
  });

  it('a reopening that year is said as a reopening, once', async () => {
    const text = await new Conversation().ask('what happened in 2021');
    expect(text).to.include('The front counter at Bethnal Green reopened on 4 September 2021.');
    expect(text).to.not.include('Bethnal Green opened');
  });

  it('"which ones shut in 2017 and which are still open": both answered, the closures of 2017 first', async () => {
    const lines = (await new Conversation().ask('Which ones shut in 2017 and which are still open')).split('\n');
    expect(lines[0]).to.match(/^36 front counters closed in 2017 under the 2017 Public Access Strategy/);
    expect(lines[1]).to.match(/^27 police front counters are open in London: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day/);
  });

  it('"list every front counter and its hours" stays one request, not a list and "its hours"', async () => {
    const text = await new Conversation().ask('list every front counter and its hours');
    expect(text.split('\n')[0]).to.match(/^27 police front counters are open in London/);
    expect(text).to.not.match(/Which police station/);
  });

  it('"which were open then" lists the counters open on that date (Forest Gate in 2020, before its fire; not Stratford)', async () => {
    const text = await new Conversation().ask('which counters were open in 2020');
    expect(text).to.include('- **Forest Gate Police Station**');
    expect(text).to.not.include('- **Stratford');
  });

  it('a count before the data is complete gives the figures the plans do have', async () => {
    const text = await new Conversation().ask('how many counters were there before 2013');
    expect(text).to.match(/\*\*2013 Police and Crime Plan \(MOPAC\)\*\*: Closed 63 of London's 136 police front counters/);
  });

  it('hours before a change say what came after: the hours since 3 March 2026', async () => {
    const text = await new Conversation().ask('what were brixtons old hours');
    expect(text).to.include('Today: open (Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00).');
  });

  it('a change known only to its year is said as the record has it, not as a made-up day', async () => {
    const text = await new Conversation().ask('woodford old opening times');
    expect(text.split('\n')[0]).to.include('the day before it closed (in 2013)');
    expect(text.split('\n')[0]).to.not.match(/1 January 2013/);
  });

  it('"was it ever closed?" of a counter still open: no temporary closure on record, and that it is open', async () => {
    const text = await new Conversation().ask('has brixton ever been closed');
    expect(text.split('\n')[0]).to.equal('My sources show no temporary closure of the front counter at **Brixton Police Station**.');
    expect(text).to.include('is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00');
  });

  it('what happened in a period the sources cover is history, without today\'s caveat; a period running past them keeps it', async () => {
    const caveat = /announced arrangement/;
    expect(await new Conversation().ask('what happened on 28 feb 2026')).to.not.match(caveat);
    expect(await new Conversation().ask('what happened in 2017')).to.not.match(caveat);
    expect(await new Conversation().ask('what changed in 2026')).to.match(caveat);
  });
});
