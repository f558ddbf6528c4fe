/**
 * The closures before a moment named: "what closed before covid", "closures before 2020". Only the closures up to the
 * day before (England's first lockdown, 23 March 2020, or the year named) are listed, with what the sources cover
 * before July 2017 said; not every closure since 2017. During covid, since a year, and a counter before covid keep
 * their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('the closures before a moment named: only those before it', function () {
  this.timeout(30_000);
  itAnswersFirst([
    ['what closed before covid', /^My sources name 46 front counters closed between 2011 and 24 January 2020; .* before covid \(before 23 March 2020/],
    ['how many counters closed before the pandemic', /^My sources name 46 front counters closed between 2011 and 24 January 2020/],
    ['which stations closed pre lockdown', /closed between 2011 and 24 January 2020/],
    ['list the closures before covid', /closed between 2011 and 24 January 2020/],
    ['which stations closed before 2020', /^My sources name 45 front counters closed between 2011 and January 2018; .* before 2020:/],
    ['what counters shut before 2018', /closed between 2011 and /],
    // Controls: during covid, since a year, a counter before covid.
    ['what closed during covid', /^Six front counters closed between September 2020 and March 2021:/],
    ['what closed since 2017', /^54 front counters closed between July 2017 and 28 February 2026:/],
    ['was brixton open before covid', /^Yes\. On 22 March 2020, the day before England's first covid lockdown/],
  ], { now: FRIDAY_AFTERNOON, understood: true });
});
