/**
 * One counter's weekdays asked as a block against its weekend ("does ilford open later on weekdays", "is walworth open
 * longer during the week", "does brixton close later mon-fri", "are the weekday hours longer at sutton"): yes or no
 * first, Monday to Friday's time against Saturday and Sunday's. Was the week's hours with no yes or no. A counter open
 * 24 hours is the same every day. Controls: the weekday hours asked plainly, every day asked, a named day compared.
 */
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

describe('a counter\'s weekdays compared with its weekend', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['does ilford open later on weekdays', /^Yes: on weekdays \*\*Ilford Police Station\*\* opens at 10:00, later than Saturday and Sunday \(09:00\)\.$/],
    ['is walworth open longer during the week', /^Yes: on weekdays \*\*Walworth Police Station\*\* is open for 12 hours, longer than Saturday and Sunday \(10 hours\)\.$/],
    ['does brixton close later mon-fri', /^Yes: on weekdays \*\*Brixton Police Station\*\* closes at 22:00, later than Saturday and Sunday \(19:00\)\.$/],
    ['are the weekday hours longer at sutton', /^Yes: on weekdays \*\*Sutton Police Station\*\* is open for 12 hours, longer than Saturday and Sunday \(10 hours\)\.$/],
    ['does tottenham open earlier during the working week', /^No: on weekdays \*\*Tottenham Police Station\*\* opens at 10:00, later than Saturday and Sunday \(09:00\)\.$/],
    ['is croydon shut earlier in the week', /^No: on weekdays \*\*Croydon Police Station\*\* closes at 22:00, later than Saturday and Sunday \(19:00\)\.$/],
    ['r the hours shorter on week days at ilford', /^No: on weekdays \*\*Ilford Police Station\*\* is open for 12 hours, longer than Saturday and Sunday \(10 hours\)\.$/],
    ['does lewisham open earlier on weekdays', /^No: \*\*Lewisham Police Station\*\* is open 24 hours every day\.$/],
  ]);
});

describe('the controls: weekday hours asked plainly, every day, and a named day compared', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['is ilford open on weekdays', /^\*\*Ilford Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
    ['what are walworths weekday hours', /^\*\*Walworth Police Station\*\* is open Mon–Fri 10:00–22:00/],
    ['does stratford close later every day', /^Yes, \*\*Stratford Police Station\*\* closes every day/],
    ['does tottenham open earlier on saturdays', /^Yes: on Saturdays \*\*Tottenham Police Station\*\* opens at 09:00/],
  ]);
});
