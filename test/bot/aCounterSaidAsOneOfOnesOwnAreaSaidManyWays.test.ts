/**
 * A counter said as "one", of one's own area or of every borough, with no counter named before: "does my borough have
 * one", "my area got one?", "does every borough still have one". One's own area, none named, asks where the resident
 * is (the nearest); every borough is answered by the boroughs with none. Controls: "one" of a named borough keeps its
 * counters; "one more thing" is no counter; a 24-hour counter asked of every borough keeps the 24-hour answer.
 * Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ASKS_WHERE = /^To find the nearest front counter, I need to know where you are\./;
const BOROUGHS_WITH_NONE = /^No: as of 4 December 2026, five boroughs have no front counter: Harrow, Kensington and Chelsea, Merton, Richmond upon Thames and Waltham Forest\./;

describe('a counter said as "one" of one\'s own area: where the resident is, then the nearest', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['does my borough have one', ASKS_WHERE],
      ['my area got one?', ASKS_WHERE],
      ['has our town still got one', ASKS_WHERE],
      ['does my neighbourhood have one still', ASKS_WHERE],
      ['does the area where i live have one', ASKS_WHERE],
      ['has my high street kept one', ASKS_WHERE],
    ],
    { now: FRIDAY },
  );
  itAnswersLast([[['does my borough have one', 'SE15'], /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/]], FRIDAY);
});

describe('a counter said as "one" of every borough: the boroughs with none', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['does every borough still have one', BOROUGHS_WITH_NONE],
      ['does each borough have one left', BOROUGHS_WITH_NONE],
      ['has every london borough still got one', BOROUGHS_WITH_NONE],
      ['do all the boroughs have one', BOROUGHS_WITH_NONE],
    ],
    { now: FRIDAY },
  );
});

describe('controls: "one" of a named borough, "one more thing", every borough\'s 24-hour counter', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['does hackney have one', /^Hackney has one police front counter: \*\*Stoke Newington Police Station\*\*/],
      ['has bexley got one still', /^Bexley has one police front counter: \*\*Bexleyheath Police Station\*\*/],
      ['does my borough have one more thing to ask', /^Sorry, I can't help with that/],
      ['does every borough have one 24 hours', /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*Lewisham\*\* and \*\*Charing Cross\*\*\./],
    ],
    { now: FRIDAY },
  );
});
