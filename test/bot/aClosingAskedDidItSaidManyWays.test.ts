/**
 * A counter's closing asked yes or no in the past tense ("did wimbledon close", "did they shut woodford nick"): Yes or
 * No leads the closing as before. Asked when or why, the date or the reason leads, with no Yes; a counter that closed
 * and reopened "has not closed for good", neither yes nor no.
 */
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

describe('a closing asked "did it close", said many ways: Yes or No first', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['did they shut woodford nick', /^Yes, the front counter at \*\*Woodford Police Station\*\* closed in 2013/],
    ['did wimbledon close', /^Yes, the front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    ['did wimbledon close down?', /^Yes, the front counter at \*\*Wimbledon Police Station\*\* closed/],
    ['so did they close kensington police station', /^Yes, the front counter at \*\*Kensington Police Station\*\* closed on 28 February 2026/],
    ['did brixton close', /^No, the front counter at \*\*Brixton Police Station\*\* has not closed/],
    ['did they shut brixton', /^No, the front counter at \*\*Brixton Police Station\*\* has not closed/],
  ]);
});

describe('the controls: when, why, and a counter that reopened', function () {
  this.timeout(60_000);
  itAnswersFirst([
    ['when did wimbledon close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    ['why did they close wimbledon', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026 .*reason/],
    ['did hammersmith close', /^The front counter at \*\*Hammersmith Police Station\*\* has not closed for good/],
  ]);
});
