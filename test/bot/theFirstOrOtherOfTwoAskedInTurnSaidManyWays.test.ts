/**
 * Two counters asked of one after the other ("is brixton open", then "and walworth"), then one picked by its order or
 * as the other: "the first one on sunday?", "the first one?", "what about the other one", "when does the first one
 * close" (was: the last one asked, Walworth, or "I can't help with that"). Controls: "is it open sunday" is still the
 * last one; "which one shuts later" still weighs the two.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

async function after(turns: string[]): Promise<string> {
  const convo = new Conversation();
  let reply = '';
  for (const t of turns) reply = await convo.askText(t);
  return reply;
}

describe('One of two counters asked of in turn, picked by order or as the other', () => {
  const cases: Array<[string[], RegExp]> = [
    [['is brixton open', 'and walworth', 'the first one on sunday?'], /^\*\*Brixton Police Station\*\* is open on Sunday/],
    [['is brixton open', 'and walworth', 'the first one?'], /^Yes, \*\*Brixton Police Station\*\* is open/],
    [['is brixton open', 'and walworth', 'what about the other one'], /^Yes, \*\*Brixton Police Station\*\*/],
    [['is brixton open', 'and walworth', 'the second one on saturday'], /^\*\*Walworth Police Station\*\* is open .*Saturday/],
    [['where is croydon police station', 'what time does sutton open', 'when does the first one close'], /^\*\*Croydon Police Station\*\* is open until/],
    [['when does ilford open', 'how about romford', 'and the 1st one on sunday'], /^\*\*Ilford Police Station\*\*.*Sunday/],
  ];
  for (const [turns, answer] of cases) it(turns.join(' > '), async () => expect(await after(turns)).to.match(answer));
});

describe('Controls', () => {
  it('"is it open sunday" after the two: the last one asked', async () => {
    expect(await after(['is brixton open', 'and walworth', 'is it open sunday'])).to.match(/Walworth Police Station\*\* is open on Sunday/);
  });
  it('"which one shuts later" after the two: both weighed', async () => {
    expect(await after(['when does brixton close', 'and lewisham?', 'which one shuts later'])).to.match(/^Lewisham is open later/);
  });
});
