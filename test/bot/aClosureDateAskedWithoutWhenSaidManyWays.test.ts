/**
 * A counter's closure date asked without "when" ("walthamstow police station closure date", "closing date for
 * stratford police station", "date of closure of twickenham police station"): the day it closed, or that no date is
 * given or planned, first, where it answered whether the counter is open now. Its closing time ("brixton closing
 * time") is still its hours. Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

describe('a closure date asked without "when": the date first', () => {
  itAnswersFirst(
    [
      ['walthamstow police station closure date', /^The front counter at \*\*Walthamstow Police Station \(former\)\*\* closed in 2011\.$/],
      ['wimbledon police station closure date?', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026\.$/],
      ['date of closure of twickenham police station', /^The front counter at \*\*Twickenham Police Station\*\* closed on 28 February 2026\.$/],
      ["what's the closure date for holloway police station", /^The front counter at \*\*Holloway Police Station\*\* closed on 30 November 2020\.$/],
      ['year it closed hornsey police station', /^The front counter at \*\*Hornsey Police Station\*\* closed on 14 December 2017\.$/],
      ['closing date for stratford police station', /^My sources give no date for closing the front counter at \*\*Stratford Police Station\*\*, and no closure of it has been decided: a source of 18 December 2025 says/],
      ['brixton closure date', /^There is no date: the front counter at \*\*Brixton Police Station\*\* is not planned to close, as far as my sources show/],
      ['kentish town station closing date', /^There is no date: the front counter at \*\*Kentish Town Police Station\*\* is not planned to close/],
    ],
    { understood: true },
  );
});

describe('controls: its closing time, and a day it is shut, unchanged', () => {
  itAnswersFirst([
    ['brixton closing time', /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday/],
    ['what is the closing time of brixton', /^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday/],
  ]);

  it('"when did walthamstow police station close" still names both Walthamstow counters', async () => {
    const text = await new Conversation().askText('when did walthamstow police station close');
    expect(firstLineOf(text)).to.match(/Walthamstow Police Station \(former\)\*\* closed in 2011/);
    expect(text).to.match(/Walthamstow Town Centre Police Office\*\* closed on 14 December 2017/);
  });
});
