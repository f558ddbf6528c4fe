/**
 * A closure ahead asked of one counter somewhere, the place after "closing" ("is there a police station closing in
 * south london", "is there a counter closing in croydon", "is there another police station closing in newham"): the
 * closures ahead of that part of London or borough, not the counters open there (nor, with "any", the closures gone
 * by). A time after "closing in" ("in 10 minutes", "in an hour") is still which counter closes soon today; "closing
 * late" or "open" in a part of London is still its open counters. Through the bot.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const noneIn = (part: string) => new RegExp(`^No more front counter closures are decided or proposed in ${part}, as far as my sources show`);

describe('a closure ahead asked with "a" counter, the place after "closing": that place\'s closures ahead', () => {
  itAnswersFirst(
    [
      ['is there a police station closing in south london', noneIn('South London')],
      ['is there a station closing in east london', noneIn('East London')],
      ['is there a counter closing in north london', noneIn('North London')],
      ['is there a front desk shutting down in south east london', noneIn('South East London')],
      ['is there a police station closing in croydon', noneIn('Croydon')],
      ['is there another police station closing in newham', noneIn('Newham')],
      ['are there any police stations closing in west london', noneIn('West London')],
      ['is there any police station closing in south london', noneIn('South London')],
      ['is there a police station closing', /^No more front counter closures are decided or proposed, as far as my sources show/],
    ],
    { understood: true },
  );

  it('Newham: what is reported there follows (Stratford, with no date or decision)', async () => {
    expect(await new Conversation().askText('is there another police station closing in newham')).to.match(/Reported, with no date or decision: \*\*Stratford\*\*/);
  });
});

describe('controls: a time after "closing in", or open counters of a part, unchanged', () => {
  itAnswersFirst([
    ['is there a police station closing in 10 minutes', /^No front counter closes in the next 10 minutes/],
    ['is there a police station closing in an hour', /^No front counter closes in the next hour/],
    ['is there a police station open in south london', /^\w+ police front counters are open in South London/],
    ['is there a police station closing late in south london', /^\w+ police front counters are open in South London/],
  ]);

  it('"is brixton closing" is still that counter', async () => {
    expect(firstLineOf(await new Conversation().askText('is brixton closing'))).to.match(/Brixton/);
  });
});
