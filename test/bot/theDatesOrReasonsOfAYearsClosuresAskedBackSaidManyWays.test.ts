/**
 * "When?" or "why?" asked back of the closures of a time just listed. "which closed in 2017", then "when", "what dates",
 * "when was that": the dates of those closures lead (was: out of scope). "which closed in 2019", then "why", "how come":
 * none closed then, so there is none to explain (was: every plan's reasons, as if some had). Controls: "why?" after a
 * year of a plan keeps that plan's reasons, after a year some closed in with no plan the general reasons; "when?" after
 * the moves keeps the moves' dates; "when did brixton close" and a counter discussed keep their own answers.
 */
import { itAnswersLast } from './harness';
import { DateTime } from 'luxon';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const DATES_2017 = /^They closed on these dates: July 2017 \(Addington\), 14 December 2017 \(33 counters\) and 17 December 2017 \(Copperfield House \(Penge\) and West Wickham\)\./;
const DATE_2026 = /^They closed on 28 February 2026: Barking Learning Centre, Chingford/;
const NONE_TO_EXPLAIN = (year: string) => new RegExp(`^No front counter closed in ${year}, as far as my sources show, so there is no closure then to explain\\.`);

describe('the dates or reasons of a time\'s closures asked back, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      // When, of the closures just listed.
      [['which closed in 2017', 'when'], DATES_2017],
      [['what stations closed in 2017?', 'when?'], DATES_2017],
      [['which police stations shut in 2017', 'what dates'], DATES_2017],
      [['list the ones that closed in 2017', 'ok when was that'], DATES_2017],
      [['which counters closed in 2017', 'when exactly'], DATES_2017],
      [['which stations closed in 2026', 'when'], DATE_2026],
      [['what closed in 2026', 'on what date'], DATE_2026],
      // Why, of a time none closed in.
      [['which closed in 2019', 'why'], NONE_TO_EXPLAIN('2019')],
      [['did any stations close in 2019', 'why?'], NONE_TO_EXPLAIN('2019')],
      [['what closed in 2019', 'how come'], NONE_TO_EXPLAIN('2019')],
      [['which police stations shut in 2022', 'why'], NONE_TO_EXPLAIN('2022')],
      [['did any counters shut in 2019', 'but why'], NONE_TO_EXPLAIN('2019')],
      // Controls: a year of a plan keeps its plan's reasons; a year of closures under no plan (2021's stand-ins ending) gives
      // each closure's own row, never the cuts' reasons.
      [['which closed in 2017', 'why'], /^The reasons given for the closures under the \*\*2017 Public Access Strategy \(MOPAC\)\*\*/],
      [['what closed in 2021', 'how come'], /^My sources record no closure plan behind the two front counter closures in 2021; each record says why it closed:$/],
      // Controls: the moves' dates, and a counter's own closing date.
      [['which stations have moved', 'when'], /^The \w+ moves my sources record run from the first/],
      [['when did brixton close', 'why'], /Brixton/],
      [['which closed in 2017', 'when did brixton close'], /Brixton/],
      [['which closed in 2019', 'is brixton open now'], /^Yes, \*\*Brixton Police Station\*\* is open/],
    ],
    FRIDAY,
  );
});
