/**
 * Lists asked the other way round, many ways (the clock: Thursday 26 November 2026, 14:00):
 * - "which stations are closed on Sunday / today / at 11pm": the counters still running that are not open then
 *   answer first ("None ... all 27 are open on Sunday"; "25 of the 27 ... are closed at 11pm; only Charing Cross and
 *   Lewisham are open"), then the open ones; never the closures for good, which a day does not name.
 * - "which are shut at 8am" is the same as "closed at 8am" (not the counters that shut then).
 * - "what's open late tonight", "which ones stay open late": how late they are open, the 24-hour ones set apart.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NONE_CLOSED = (when: string, where = 'London', all = '27') => new RegExp(`^None of the police front counters in ${where} is closed ${when}: all ${all} are open ${when}\\.$`);
const MOST_CLOSED_AT_ELEVEN = /^25 of the 27 police front counters in London are closed at 11pm (?:today|tonight); only \*\*Charing Cross\*\* and \*\*Lewisham\*\* are open\.$/;
const MOST_CLOSED_IN_THE_MORNING = (time: string) => new RegExp(`^25 of the 27 police front counters in London are closed at ${time} tomorrow; only \\*\\*Charing Cross\\*\\* and \\*\\*Lewisham\\*\\* are open\\.$`);
const LATE = /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today \(Thursday\)\.$/;

describe('which counters are closed on a day, or open late, said many ways: the closed or the late ones first', function () {
  this.timeout(30_000);
  itAnswersFirst([
    ['which stations are closed on sunday', NONE_CLOSED('on Sunday')],
    ['Which police stations are closed on Sundays?', NONE_CLOSED('on Sunday')],
    ['what police stations are shut on saturday', NONE_CLOSED('on Saturday')],
    ['which counters are closed today', NONE_CLOSED('today')],
    ['are any counters closed at the weekend', NONE_CLOSED('this weekend')],
    ['which front desks are closed now', NONE_CLOSED('now')],
    ['what stations are closed in south london on sunday', NONE_CLOSED('on Sunday', 'South London', 'eight')],
    ['which stations are closed at 11pm', MOST_CLOSED_AT_ELEVEN],
    ['which front counters are closed at 11 tonight', MOST_CLOSED_AT_ELEVEN],
    // "shut" after "are": the state at that time, not the counters closing then.
    ['which counters are shut at 8am', MOST_CLOSED_IN_THE_MORNING('8am')],
    ['which stations are shut at 8 in the morning', MOST_CLOSED_IN_THE_MORNING('8am')],
    ['are any shut at 9am', MOST_CLOSED_IN_THE_MORNING('9am')],
    ['which ones are still shut at 9am tomorrow', MOST_CLOSED_IN_THE_MORNING('9am')],
    ["what's shut at 7am", MOST_CLOSED_IN_THE_MORNING('7am')],
    ['whats closed at 8am', MOST_CLOSED_IN_THE_MORNING('8am')],
    // "shut" as a verb is still the counters closing then.
    ['which counters shut at 10pm', /^25 front counters close at 22:00 today \(Thursday\)\./],
    ['which desks shut at 7 on weekends', /^25 front counters close at 19:00 on Saturday and Sunday\./],
    ['are any stations closed at midnight in east london', /^All six police front counters in East London are closed at midnight/],
    // The closures for good stay what a year or "down" asks.
    ['which counters closed in 2017', /^36 front counters closed in 2017 under the 2017 Public Access Strategy/],
    ['which stations are closed down', /front counters closed between July 2017 and 28 February 2026/],
    // Open late.
    ["what's open late tonight", LATE],
    ['anything open late tonight', LATE],
    ['which counters are open late', LATE],
    ['which ones stay open late', LATE],
    ['are any police stations open late', LATE],
  ]);

  it('the open counters follow the closed ones', async () => {
    const text = await new Conversation().askText('which stations are closed on sunday');
    expect(text.split('\n').filter(Boolean)[1]).to.match(/^27 police front counters are open in London on Sunday: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day/);
  });

  it('"is brixton open late?" stays a question about Brixton', async () => {
    expect(firstLineOf(await new Conversation().askText('is brixton open late'))).to.match(/^\*\*Brixton Police Station\*\* is open until 22:00/);
  });
});
