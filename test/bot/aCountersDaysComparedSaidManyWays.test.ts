/**
 * One counter's days asked against its other days ("does tottenham open earlier on saturdays", "are the weekend hours
 * shorter at sutton"): yes or no first, from its weekly hours, the days asked with their time and the other days that
 * differ with theirs. "Other days" are Monday to Friday for a weekend day, the other weekdays for a weekday. A counter
 * open 24 hours is the same every day. Two counters compared, and a day's hours asked plainly, keep their answers.
 */
import { describe } from 'mocha';
import { itAnswersFirst, itAnswersLast } from './harness';

describe('a counter\'s days compared with its other days', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['does tottenham open earlier on saturdays', /^Yes: on Saturdays \*\*Tottenham Police Station\*\* opens at 09:00, earlier than Monday to Friday \(10:00\)\.$/],
    ['is tottenham open any earlier on a saturday?', /^Yes: on Saturdays \*\*Tottenham Police Station\*\* opens at 09:00/],
    ['does brixton close earlier at the weekend', /^Yes: at weekends \*\*Brixton Police Station\*\* closes at 19:00, earlier than Monday to Friday \(22:00\)\.$/],
    ['are the weekend hours shorter at sutton', /^Yes: at weekends \*\*Sutton Police Station\*\* is open for 10 hours, shorter than Monday to Friday \(12 hours\)\.$/],
    ['does croydon open later on sundays', /^No: on Sundays \*\*Croydon Police Station\*\* opens at 09:00, earlier than Monday to Friday \(10:00\)\.$/],
    ['does romford close later on fridays', /^No: on Fridays \*\*Romford Police Station\*\* closes at 22:00, as on Monday to Thursday; later than Saturday and Sunday \(19:00\)\.$/],
    ['is stratford open longer on saturdays', /^No: on Saturdays \*\*Stratford Police Station\*\* is open for 10 hours, shorter than Monday to Friday \(12 hours\)\.$/],
    ['is lewisham open later on fridays', /^No: \*\*Lewisham Police Station\*\* is open 24 hours every day\.$/],
    ['does charing cross shut earlier on sundays', /^No: \*\*Charing Cross Police Station\*\* is open 24 hours every day\.$/],
  ]);
  itAnswersLast([
    [['is ilford open now', 'does it close earlier on saturdays'], /^Yes: on Saturdays \*\*Ilford Police Station\*\* closes at 19:00, earlier than Monday to Friday \(22:00\)\.$/],
  ]);
});

describe('the controls: a day asked plainly, and two counters compared', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['what time does tottenham open on saturday', /^\*\*Tottenham Police Station\*\* opens at 09:00 on Saturday \d+ November \(open 09:00–19:00\)\./],
    ['is brixton open on sunday', /^Yes, \*\*Brixton Police Station\*\* is open/],
    ['which opens earlier on saturday, brixton or lewisham', /Lewisham/],
  ]);
});
