/**
 * When a counter first opened, asked by its name alone (no "police station"): "when did addington open", "what year did
 * hornsey open", "when was addington opened", "when did streatham first open". The sources hold no opening dates, so that
 * is said first, as for "when did addington police station open" (was: the counter's closure, as if that answered). A
 * counter open now asked "when did brixton open" with no "first" or year may be asked of today: its hours, as before.
 */
import { itAnswersFirst, itAnswersLast } from './harness';

const NOT_HELD = /^My sources don't say how old police stations are, or when they were built or first opened\./;

describe('when a counter named alone first opened, said many ways: not held, first', () => {
  itAnswersFirst([
    ['when did addington open', NOT_HELD],
    ['when was addington opened', NOT_HELD],
    ['what year did hornsey open', NOT_HELD],
    ['when did streatham first open', NOT_HELD],
    ['when did the station in addington open', NOT_HELD],
    ['when did addington first open its doors', NOT_HELD],
    ['so when did shoreditch open', /^My sources don't say when \*\*Shoreditch Police Station\*\* was built or first opened\. They do show this: Temporary front counter for Tower Hamlets while Bethnal Green was refurbished, in 2020\./],
    ['what year did brixton open', NOT_HELD],
    ['when did walworth originally open', NOT_HELD],
    ['when was kennington built', NOT_HELD],
  ]);
});

describe('when a counter first opened, after it was discussed', () => {
  itAnswersLast([
    [['is addington closed', 'when did it open'], NOT_HELD],
    [['when did hornsey close', 'and when did it first open'], NOT_HELD],
  ]);
});

describe('near when a counter first opened: their own answers, as before', () => {
  itAnswersFirst([
    // An open counter with no "first": its hours (today's opening may be asked).
    ['when did brixton open', /^The front counter at \*\*Brixton Police Station\*\* is open: Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
    ['when did brixton open today', /^The front counter at \*\*Brixton Police Station\*\* is open/],
    ['when did lewisham open this morning', /^The front counter at \*\*Lewisham Police Station\*\* is open 24 hours a day\./],
    // A reopening or a closing asked keeps its answer.
    ['when did hammersmith reopen', /^The front counter at \*\*Hammersmith Police Station\*\* reopened on 29 September 2020/],
    ['when did hammersmith open again', /reopened on 29 September 2020/],
    ['when did addington close', /^The front counter at \*\*Addington Police Station\*\* closed in July 2017/],
    ['when did hornsey shut', /^The front counter at \*\*Hornsey Police Station\*\* closed on 14 December 2017/],
    // Danger with the same words still leads with 999.
    ['when did addington open, someone is breaking into my house right now', /999/],
  ]);
});
