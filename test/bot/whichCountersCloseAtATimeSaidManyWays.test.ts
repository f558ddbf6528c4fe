/**
 * Which counters close at a time or soon, many ways, through the real bot, from the hours in the data: on Thursday
 * 26 November 2026 at 14:00 (the harness's clock) 25 counters keep Mon–Fri 10:00–22:00 and Sat–Sun 09:00–19:00, and
 * Charing Cross and Lewisham are open 24 hours; so none closes in the next hour, and the next closing is 22:00.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const WEEKEND_SEVEN = /^25 front counters close at 19:00 on Saturday and Sunday\.$/;
const TEN_TONIGHT = /^25 front counters close at 22:00 today \(Thursday\)\.$/;
const NONE_IN_THE_HOUR = /^No front counter closes in the next hour \(by 15:00\)\.$/;

describe('which counters close at a time or soon, said many ways: from the hours in the data', () => {
  itAnswersFirst([
    ['which counters close at 7 on weekends', WEEKEND_SEVEN],
    ['what stations shut at 7pm at the weekend?', WEEKEND_SEVEN],
    ['Which ones close at 19:00 on sat and sun', WEEKEND_SEVEN],
    ['which stations close at 10pm', TEN_TONIGHT],
    ['what counters shut at 10', TEN_TONIGHT],
    ['whats closing in the next hour', NONE_IN_THE_HOUR],
    ['which ones shut soon', NONE_IN_THE_HOUR],
    ['anything closing shortly?', NONE_IN_THE_HOUR],
    ['any counters closing in the next 30 mins', /^No front counter closes in the next 30 minutes \(by 14:30\)\.$/],
    // A day's closing with no time said: the day's closing times, the 24-hour desks set apart.
    ['which counters close tonight', /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today \(Thursday\)\.$/],
    ['which stations shut tonight', /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today \(Thursday\)\.$/],
    ['what time do the counters close on sunday', /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 19:00 on Sunday\.$/],
    ['which ones are closing today', /^\*\*Lewisham\*\* and \*\*Charing Cross\*\* are open 24 hours a day; the other 25 all close at 22:00 today \(Thursday\)\.$/],
    ['which police stations close at 5 on weekdays', /^No front counter closes at 17:00 on weekdays \(Monday to Friday\), as far as my sources show\.$/],
  ]);

  it('one counter asked ("what time does the counter close today", none named) is asked which, not given the list', async () => {
    expect(firstLineOf(await new Conversation().askText('what time does the counter close today'))).to.match(/^Which police station/);
  });

  it('says when the next closing is when none closes in the while asked, and that the 24-hour ones never close', async () => {
    const text = await new Conversation().askText('whats closing in the next hour');
    expect(text).to.match(/The next to close: 25 front counters at 22:00 today\./);
    const weekend = await new Conversation().askText('which counters close at 7 on weekends');
    expect(weekend).to.match(/Lewisham and Charing Cross are open 24 hours a day and never close\./);
  });

  it('names the counters closing within the hour, with their times, late in the evening', async () => {
    const late = new Conversation('webchat', DateTime.fromISO('2026-11-26T21:30', { zone: 'Europe/London' }));
    expect(firstLineOf(await late.askText('which ones shut soon'))).to.match(/^25 front counters close in the next hour \(by 22:30\), all at 22:00\.$/);
  });
});
