/**
 * A borough's 24-hour counter asked for, now and in a time gone by, many ways, through the real bot. Now: the counter
 * that is open 24 hours first, or that none in the borough is (with its one counter's hours) and the nearest 24-hour
 * counter outside. Then: its 24-hour counters on the date taken (the year said, else the day before the latest round of
 * closures), then what each is now; where the sources give no hours then, that is said, never "none was". A borough's
 * counters asked open now name the borough's counter with its state. A counter asked of by name keeps its own answer.
 */
import { DateTime } from 'luxon';
import { expect } from 'chai';
import { Conversation, itAnswersFirst } from './harness';

const NONE_IN_BEXLEY = /^No front counter in \*\*Bexley\*\* is open 24 hours now: its one counter, \*\*Bexleyheath Police Station\*\*, is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/;
const BEXLEY_BEFORE = /^On 27 February 2026, Bexley's 24-hour front counter was \*\*Bexleyheath Police Station\*\*\.$/;

describe('a borough\'s 24-hour counter asked now, said many ways: which it is, or that none is, first', () => {
  itAnswersFirst([
    ['which station in bexley is 24 hours', NONE_IN_BEXLEY],
    ['is there a 24 hour station in bexley', NONE_IN_BEXLEY],
    ['is there a 24h station in havering', /^No front counter in \*\*Havering\*\* is open 24 hours now: its one counter, \*\*Romford Police Station\*\*/],
    ['which station in westminster is 24 hours', /^In \*\*Westminster\*\*, \*\*Charing Cross Police Station\*\* is open 24 hours a day\.$/],
    ['is there a 24h desk in waltham forest', /^There is no police front counter in \*\*Waltham Forest\*\* now\. The last one, Chingford, closed on 28 February 2026\.$/],
  ]);
});

describe('after a borough\'s 24-hour counter, now and then: the lines that follow', () => {
  const said: readonly (readonly [string, RegExp])[] = [
    // None in the borough: where to go for a counter open 24 hours.
    ['which station in bexley is 24 hours', /\nNearest open 24 hours: \*\*Lewisham\*\*, \d+\.\d km\.\n/],
    // Then: what each 24-hour counter of then is now.
    ['which counters in waltham forest were 24 hours', /\nNow: Chingford has closed\.\n/],
    ['which station in westminster was 24 hours in 2018', /\nNow: Charing Cross is still open 24 hours a day\.\n/],
    ['which station in bexley used to be 24 hours', /\nNow: Bexleyheath is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.\n/],
  ];
  for (const [say, line] of said) {
    it(say, async () => {
      expect(`${await new Conversation().askText(say)}\n`).to.match(line);
    });
  }
});

describe('a borough\'s 24-hour counter in a time gone by, said many ways: the counter then, first', () => {
  itAnswersFirst([
    ['which station in bexley used to be 24 hours', BEXLEY_BEFORE],
    ['what used to be the 24 hour station in bexley', BEXLEY_BEFORE],
    ['what was the 24/7 station in ealing', /^On 27 February 2026, Ealing's 24-hour front counter was \*\*Acton Police Station\*\*\.$/],
    ['which station in hackney was 24 hours in 2019', /^On 1 July 2019 \(the middle of 2019\), Hackney's 24-hour front counter was \*\*Stoke Newington Police Station\*\*\.$/],
    ['which counters in waltham forest were 24 hours', /^On 27 February 2026, Waltham Forest's 24-hour front counter was \*\*Chingford Police Station\*\*\.$/],
    ['which station in westminster was 24 hours in 2018', /^On 1 July 2018 \(the middle of 2018\), Westminster's 24-hour front counter was \*\*Charing Cross Police Station\*\*\.$/],
    // No hours in the sources then: not known, never "none was".
    ['which was the 24hr desk in richmond in 2017', /^I can't say which front counter in \*\*Richmond upon Thames\*\* was open 24 hours a day on 1 July 2017 \(the middle of 2017\): my sources don't give the hours then of /],
  ]);
});

describe('a borough\'s counters asked open now: the borough\'s counter with its state', () => {
  itAnswersFirst([
    ['which stations in bromley are open now', /^Bromley has one police front counter: \*\*Bromley Police Station\*\*, open now, until 22:00\.$/],
    ['are any stations in westminster open now', /^Yes, \*\*Charing Cross Police Station\*\* is open now, 24 hours a day\.$|^Westminster has one police front counter: \*\*Charing Cross Police Station\*\*, open now, 24 hours a day\.$/],
  ]);
  itAnswersFirst(
    [['which stations in bromley are open now', /^Bromley has one police front counter: \*\*Bromley Police Station\*\*, closed now; opens at 10:00 tomorrow \(Friday 27 November\)\.$/]],
    { now: DateTime.fromISO('2026-11-26T23:00', { zone: 'Europe/London' }) },
  );
});

describe('near a borough\'s 24-hour counter: their own answers, as before', () => {
  itAnswersFirst([
    ['was croydon 24 hours in 2019', /^In 2019, the front counter at \*\*Croydon Police Station\*\* was open 24 hours a day\.$/],
    ['was bexleyheath 24 hours before', /^Yes: the front counter at \*\*Bexleyheath Police Station\*\* was open 24 hours a day, until its hours changed on 3 March 2026\.$/],
    ['which counters used to be open 24 hours', /^As of 27 February 2026, 32 front counters were open 24 hours a day:/],
    ['any 24/7 police counter in bexley?', /^No, \*\*Bexleyheath Police Station\*\* is not open 24 hours: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\.$/],
    ['any 24 hour station in lewisham', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day, every day\.$/],
    ['which counters did croydon have in 2019', /^\*\*Croydon\*\* had one police front counter open on 1 July 2019 \(the middle of 2019\): \*\*Croydon Police Station\*\*\.$/],
  ]);
});
