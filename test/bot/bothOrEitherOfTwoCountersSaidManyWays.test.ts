/**
 * Two counters named together (asked in turn, or compared), then "both" or "either" asked of them: "are both open on
 * sunday?", "are they both open sunday", "is either of them open at 9pm", "when do they both close on saturday": the
 * question asked of the two by name (was: only the last one answered). Controls: "thanks both" is thanks; "is it open
 * sunday" is the last one.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

async function after(turns: string[]): Promise<string> {
  const convo = new Conversation();
  let reply = '';
  for (const t of turns) reply = await convo.askText(t);
  return reply;
}

describe('"Both" or "either" of two counters named together: asked of the two', () => {
  const cases: Array<[string[], RegExp]> = [
    [['is brixton open', 'and walworth', 'are both open on sunday?'], /^Yes, both are open on Sunday/],
    [['is brixton open', 'and walworth', 'are they both open sunday'], /^Yes, both are open on Sunday/],
    [['is brixton or walworth open later', 'are both open sunday'], /^Yes, both are open on Sunday/],
    [['is brixton open', 'and walworth', 'is either of them open at 9pm'], /^Yes, both are open at 9pm/],
    [['when does ilford open', 'and what about romford', 'are both of them open on saturday'], /^Yes, both are open on Saturday/],
    [['is brixton open', 'and walworth', 'when do they both close on saturday'], /^Brixton and Walworth on Saturday/],
  ];
  for (const [turns, answer] of cases) it(turns.join(' > '), async () => expect(await after(turns)).to.match(answer));
});

describe('Controls', () => {
  it('"thanks both": thanks', async () => expect(await after(['is brixton open', 'and walworth', 'thanks both'])).to.match(/^You're welcome/));
  it('"is it open sunday": the last one', async () => {
    expect(await after(['is brixton open', 'and walworth', 'is it open sunday'])).to.match(/Walworth Police Station\*\* is open on Sunday/);
  });
});
