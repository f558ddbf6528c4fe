/**
 * What the sources hold no figure for, asked of counters in general: how old a station is ("which is the oldest police
 * station", "when was lewisham police station built"), the quiet end of how busy they are ("whats the quietest
 * counter", "which counter has the least visitors": no counter named, the quietest figure first), and waits compared
 * ("which one has the shortest queue"). Controls: how old the data is stays freshness; the busiest keeps its answer.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_AGE = /^My sources don't say how old police stations are, or when they were built or first opened\./;
const QUIETEST = /^My sources don't name the quietest front counter: in 2025–26, the quietest had about 2\.5 a day/;
const NO_WAITS = /^My sources have no information about waiting times/;

describe('how old a station is: the sources do not say', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which is the oldest police station', NO_AGE],
      ['whats the newest police station in london', NO_AGE],
      ['when was lewisham police station built', NO_AGE],
      ['how old is brixton police station', NO_AGE],
      ['is charing cross the oldest', NO_AGE],
      ['oldest front counter still open?', NO_AGE],
    ],
    { now: FRIDAY },
  );
});

describe('the quietest counter: the quiet end first', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['whats the quietest counter', QUIETEST],
      ['least busy counter', QUIETEST],
      ['which counter has the least visitors', QUIETEST],
      ['which police station gets the fewest people', QUIETEST],
      ['quietest police station in london?', QUIETEST],
    ],
    { now: FRIDAY },
  );
});

describe('waits compared: the sources hold none', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which one has the shortest queue', NO_WAITS],
      ['where is the queue shortest', NO_WAITS],
      ['which counter has the shortest wait', NO_WAITS],
    ],
    { now: FRIDAY },
  );
});

describe('controls: how old the data is, the busiest, a size', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['how old is this data', /^My information was last checked on/],
      ['which is the busiest counter', /^In 2025–26, the busiest front counter was Charing Cross/],
      ['is brixton the biggest', /^My sources don't say how big police stations or their front counters are\./],
    ],
    { now: FRIDAY },
  );
});
