/**
 * Whether there were more counters in a time gone by, said many ways: with no date ("were there more police stations
 * back then?", "there used to be loads more right"), then is the earliest the sources count every counter (73 on 1
 * July 2017) against now, yes or no first; with a decade ("in the 1990s", "the 80s"), the decade is read as a time (never a
 * postcode "I9 9OS" nor a place) and the sources' silence before 2017 said. Controls: a year with "than now" keeps
 * its answer; "fewer" is answered no.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const YES_73_THEN = /^Yes: London had 73 front counters open on 1 July 2017; 27 are open now \(4 December 2026\): 46 fewer\./;
const SILENT_BEFORE_2017 = (decade: string) => new RegExp(`^27 front counters are open in London now \\(4 December 2026\\); my sources cannot say how many there were on 1 July \\d{4} \\(the middle of the ${decade}\\)`);

describe('more counters in a time gone by, no date said: then against now, yes or no first', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['were there more police stations back then?', YES_73_THEN],
      ['watched a documentary about the krays, were there more police stations back then?', YES_73_THEN],
      ['in the old days were there more police stations', YES_73_THEN],
      ['used to be loads more police stations right', YES_73_THEN],
      ['were there way more front counters years ago', YES_73_THEN],
      ['my nan says there used to be more police stations when she was young, true?', YES_73_THEN],
      ['were there fewer counters years ago', /^No: London had 73 front counters open on 1 July 2017/],
    ],
    { now: FRIDAY },
  );
});

describe('a decade asked: a time, not a postcode nor a place', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['were there more police stations in the 1990s', SILENT_BEFORE_2017('1990s')],
      ['were there more police stations in the 1960s', SILENT_BEFORE_2017('1960s')],
      ['how many counters were there in the 80s', /^My sources cannot say how many front counters London had on 1 July 1985 \(the middle of the 1980s\)/],
      ['back in the 2000s how many police stations did london have', /^My sources cannot say how many front counters London had on 1 July 2005 \(the middle of the 2000s\)/],
    ],
    { now: FRIDAY },
  );
});

describe('controls: a year said with "than now"', function () {
  this.timeout(60_000);
  itAnswersFirst([['were there more police stations in 2017 than now', /^Yes: London had 73 front counters open on 1 July 2017 \(the middle of 2017\); 27 are open now/]], { now: FRIDAY });
});
