/**
 * Shut asked at a bare 7 or 8 on a day ahead, many ways, through the real bot: every counter but the 24-hour ones is
 * still shut at 7 or 8 in the morning (they open at 9 or 10), so the evening is meant, and the answer says the time
 * it took (19:00, 20:00). A morning said ("7am"), an opening asked, a closing time ("closes at 7") and 9 or later keep
 * their old readings. Hours are the data's (Sat–Sun 09:00–19:00 at most counters) at the test clock (Thursday).
 */
import { itAnswersFirst } from './harness';

describe('shut at a bare 7 or 8 on a day, said many ways: the evening, said back', () => {
  itAnswersFirst([
    ['are all of them closed at 7 on saturday', /^25 of the 27 police front counters in London are closed at 7pm on Saturday; only \*\*Charing Cross\*\* and \*\*Lewisham\*\* are open\.$/],
    ['which counters are shut at 7 on sunday', /^25 of the 27 police front counters in London are closed at 7pm on Sunday; only \*\*Charing Cross\*\* and \*\*Lewisham\*\* are open\.$/],
    ['is brixton closed at 8 on sunday', /^Yes, at 20:00 on Sunday 29 November, \*\*Brixton Police Station\*\* is closed; .*\(I took "8" to mean 20:00 on Sunday 29 November\.\)$/],
    ['is sutton closed at 8 on saturday?', /^Yes, at 20:00 on Saturday 28 November, \*\*Sutton Police Station\*\* is closed; .*\(I took "8" to mean 20:00 on Saturday 28 November\.\)$/],
    ['is sutton shut at 8 on saturday', /^Yes, at 20:00 on Saturday 28 November, \*\*Sutton Police Station\*\* is closed; /],
    ['will croydon be closed at 7 on sunday', /^Yes, at 19:00 on Sunday 29 November, \*\*Croydon Police Station\*\* is closed; .*\(I took "7" to mean 19:00 on Sunday 29 November\.\)$/],
    ['is lewisham closed at 8 on saturday', /^No, at 20:00 on Saturday 28 November, \*\*Lewisham Police Station\*\* is open, 24 hours a day\./],
  ]);
});

describe('near shut at a bare early hour: their old readings', () => {
  itAnswersFirst([
    ['is croydon closed at 7am on saturday', /^Yes, at 07:00 on Saturday 28 November, \*\*Croydon Police Station\*\* is closed; opens at 09:00 on Saturday 28 November\.$/],
    ['does brixton close at 7 on saturday', /^Yes, \*\*Brixton Police Station\*\* closes at 19:00 on Saturday 28 November\.$/],
    // Open asked of a bare 8 (not shut): the morning's as before, then the evening's beside it.
    ['is brixton open at 8 on sunday', /^No, at 08:00 on Sunday 29 November, \*\*Brixton Police Station\*\* is closed; opens at 09:00 on Sunday 29 November\. At 20:00 it is closed too: open 09:00–19:00 that day\.$/],
    ['does sutton open at 8 on saturday', /08:00|09:00/],
    ['which counters are closed at 10 on saturday', /at 10am on Saturday/],
  ]);
});
