/**
 * Where one's own case has got to, asked of the bot ("can you tell me where my case is up to", "where is my case up to",
 * "hows my burglary case going", "what stage is my case at"): declined first (the bot cannot look up crime reports or
 * cases), then 101 or met.police.uk; never "Sorry, I can't help with that".
 * Controls: a report asked of a counter by name, a crime number asked for, the bot's own sources.
 */
import { itAnswersFirst } from './harness';

const CANNOT_LOOK_UP = /^I can't look up crime reports or cases\./;

describe("where one's own case has got to, said many ways", () => {
  itAnswersFirst(
    [
      ['can you tell me where my case is up to', CANNOT_LOOK_UP],
      ['where is my case up to', CANNOT_LOOK_UP],
      ['hows my burglary case going', CANNOT_LOOK_UP],
      ['what stage is my case at', CANNOT_LOOK_UP],
      ['where is my crime report up to', CANNOT_LOOK_UP],
      ['how is my investigation progressing', CANNOT_LOOK_UP],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst([
      ['where is my report at brixton', /^\*\*Brixton Police Station\*\*: 367 Brixton Road/],
      ['whats happening with my case', CANNOT_LOOK_UP],
      ['where do you get your info from', /^My facts come from \d+ publishers/],
    ]);
  });
});
