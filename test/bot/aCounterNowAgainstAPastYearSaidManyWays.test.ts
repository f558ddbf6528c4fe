/**
 * One counter now against a year gone by, in one message ("is brixton open now vs 2018", "was lewisham 24 hours back
 * in 2017 and is it now", "how do ilford's hours now compare to 2019"): the first sentence answers both, now first,
 * then the year, from the timeline's dated rows; where the sources have nothing for the year, it says it does not
 * know. The past alone, today alone and two counters compared keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const TODAYS_HOURS = '\\(Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\)';
const NOW_AND_THEN = (name: string, now: string, then: string) =>
  new RegExp(`^The front counter at \\*\\*${name} Police Station\\*\\* is ${now}; ${then}$`);

const CASES: [string, RegExp][] = [
  ['is brixton open now vs 2018', NOW_AND_THEN('Brixton', `open now ${TODAYS_HOURS}`, 'in 2018, it was open 24 hours a day\\.')],
  ['how do ilford\'s hours now compare to 2019', NOW_AND_THEN('Ilford', `open now ${TODAYS_HOURS}`, 'in 2019, it was open 24 hours a day\\.')],
  ['was lewisham 24 hours back in 2017 and is it now', NOW_AND_THEN('Lewisham', 'open now 24 hours a day', 'in 2017, it was open \\(my sources do not give its hours then\\) from July 2017 until 31 October 2017 and open 24 hours a day from 1 November 2017\\.')],
  ['was wimbledon open in 2019 and is it open now', NOW_AND_THEN('Wimbledon', 'closed now \\(since 28 February 2026\\)', 'in 2019, it was open 24 hours a day\\.')],
  ['hammersmith in 2018 vs today', NOW_AND_THEN('Hammersmith', `open now ${TODAYS_HOURS}`, 'in 2018, it was closed: it had closed on 8 October 2016 .*')],
  ['charing cross hours in 2019 compared to now', NOW_AND_THEN('Charing Cross', 'open now 24 hours a day', 'in 2019, it was open 24 hours a day\\.')],
  // Nothing on record for the year: said, beside now.
  ['what were romford\'s hours in 2016 compared to now', NOW_AND_THEN('Romford', `open now ${TODAYS_HOURS}`, "I don't know whether it was open then \\(in 2016\\): my sources before July 2017 cover only some counters\\.")],
];

describe('a counter now against a year gone by: both in the first sentence', function () {
  this.timeout(60_000);
  itAnswersFirst(CASES, { now: NOW });

  const CONTROLS: [string, RegExp][] = [
    ['was brixton open in 2018', /^Yes\. In 2018, the front counter at \*\*Brixton Police Station\*\* was open 24 hours a day\.$/],
    ['what hours did ilford have in 2019', /^In 2019, the front counter at \*\*Ilford Police Station\*\* was open 24 hours a day\.$/],
    ['is brixton open now', /^Yes, \*\*Brixton Police Station\*\* is open now, until 22:00\.$/],
    ['how does brixton compare to lewisham now', /^Lewisham is open longer now/],
    ['what was open in 2018', /^As of 1 July 2018 \(the middle of 2018\), 37 front counters were open in London:/],
  ];
  describe('as before', () => itAnswersFirst(CONTROLS, { now: NOW }));
});
