/**
 * A place typed with an asterisk just after a question, as a resident corrects their last message on a phone
 * ("ilford*", "*ilford", "walworth*", "*lewisham", "ilford *"): the last question again, of that place. Before, it was
 * read as the place alone (the counter's state and hours), not the question corrected. Controls: the place alone without
 * an asterisk keeps its answer; an asterisk as the first message is the place alone; "i meant ilford" keeps its answer;
 * danger leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const PLACE_ALONE = (counter: string) => new RegExp(`^The front counter at \\*\\*${counter} Police Station\\*\\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.`);

describe('a place corrected with an asterisk, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is brixton open now', 'ilford*'], /^Yes, \*\*Ilford Police Station\*\* is open now, until 22:00\./],
      [['is brixton open now', '*ilford'], /^Yes, \*\*Ilford Police Station\*\* is open now, until 22:00\./],
      [['hours for brixton', 'walworth*'], /^\*\*Walworth Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
      [['where is brixton', '*lewisham'], /^\*\*Lewisham Police Station\*\*: 43 Lewisham High Street/],
      [['is brixton open on sunday', 'ilford *'], /^Yes, \*\*Ilford Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
      [['nearest to se15', 'se5*'], /^The nearest front counter to SE5 is \*\*Walworth Police Station\*\*/],
    ],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open now', 'ilford'], PLACE_ALONE('Ilford')],
        [['is brixton open now', 'i meant ilford'], /^Yes, \*\*Ilford Police Station\*\* is open now, until 22:00\./],
        [['is brixton open now', 'ilford* someone is breaking in right now'], /^\*\*Call 999 now/],
      ],
      FRIDAY,
    );
    itAnswersFirst([['ilford*', PLACE_ALONE('Ilford')]], { now: FRIDAY });
  });
});
