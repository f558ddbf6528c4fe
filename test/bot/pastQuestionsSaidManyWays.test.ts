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
const PLAN_2025 = /^\*\*2025 front counter review \(Met\)\*\*:/;

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
  ['did brixton used to be open 24 hours', BEFORE_NEW_HOURS('Brixton')],
  ['when did brixton stop being 24 hours', BEFORE_NEW_HOURS('Brixton')],
  ['what were brixtons old hours', BEFORE_NEW_HOURS('Brixton')],
  ['what time did brixton use to open', BEFORE_NEW_HOURS('Brixton')],
  ['what were the hours of walworth before the change', BEFORE_NEW_HOURS('Walworth')],
  ['did lavender hill use to be 24/7', BEFORE_NEW_HOURS('Lavender Hill')],
  ['croydon previous opening hours?', BEFORE_NEW_HOURS('Croydon')],
  ['is it true ilford used to be 24 hours', BEFORE_NEW_HOURS('Ilford')],
  ['when did wimbledon stop being 24 hours', BEFORE_CLOSING('Wimbledon')],
  ['did wimbledon used to be 24 hours', BEFORE_CLOSING('Wimbledon')],
  ['when did harrow police station stop being 24/7', BEFORE_CLOSING('Harrow')],
  ['what hours was wimbledon open before it closed', BEFORE_CLOSING('Wimbledon')],
  ["what were kensington's hours before march 2026", BEFORE_CLOSING('Kensington')],
  ['when did uxbridge stop being 24 hours', /^On 13 December 2017, the day before it closed \(on 14 December 2017\), the front counter at \*\*Uxbridge \(Hillingdon\) Police Station\*\* was open 24 hours a day\./],
  ['what were charing cross old hours', /^My sources show no change to the hours of the front counter at \*\*Charing Cross Police Station\*\*, and no closure\./],
  ['was chingford 24 hours before', BEFORE_CLOSING('Chingford')],
  ['what hours did twickenham have', BEFORE_CLOSING('Twickenham')],
  ['what was the opening time of wimbledon before', BEFORE_CLOSING('Wimbledon')],
  ['was acton ever 24 hours', BEFORE_NEW_HOURS('Acton')],
  ['how long was hammersmith closed', /It closed on 8 October 2016 .* and reopened on 29 September 2020/],
  ['where did forest gate counter move to', /^The front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024, and has not reopened\./],
  ['when did the counters close', /^54 front counters closed between July 2017 and 28 February 2026/],
  // The pledges of a 24-hour counter in every borough (resident-facts §6).
  ['when did the mayor promise a 24 hour counter in every borough', /^In 2017, the Mayor committed to one 24-hour counter in each borough \(Public Access Strategy\)\. The 2025–26 changes end these pledges\./],
  ['did sadiq pledge 24 hour police stations in every borough', /^In 2017, the Mayor committed to one 24-hour counter in each borough/],
  // A counter at a time gone by.
  ['was holborn closed in 2017', /^No\. In 2017, the front counter at \*\*Holborn Police Station\*\* was open/],
  // What a plan did, what happened on a date.
  ['what was the 2017 public access strategy', PLAN_2017],
  ['what did the 2017 strategy do', PLAN_2017],
  ['what happened on 28 february 2026', PLAN_2025],
  ['what changed in march 2026', PLAN_2025],
  ['what changed in 2017', PLAN_2017],
  // What closed in a year or a month, and how many are left.
  ['which closed in feb 2026', TEN_CLOSED],
  ['what closed in 2026', TEN_CLOSED],
  ['which counters closed in december 2017', /^35 front counters closed in December 2017 under the 2017 Public Access Strategy \(MOPAC\)/],
  ['what closed last year', /^No front counter closed in 2025, as far as my sources show\./],
  ['how many are left', /^27 front counters are open in London now; two of them are open 24 hours a day\./],
];

describe('the past said many ways: the first line gives the date or the hours the data has', () => {
  for (const [say, first] of CASES) {
    it(say, async () => {
      const text = await new Conversation().ask(say);
      expect(text.split('\n')[0]).to.match(first);
      expect(text).to.not.match(NOT_UNDERSTOOD);
    });
  }

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
});
