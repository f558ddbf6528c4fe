/**
 * After the bot has given a counter, another named and asked "nearer?" weighs the two from where the resident is: "is
 * it nearer than brixton", "is brixton closer?", "isnt brixton nearer", "brixton is closer though?" (was: the nearest
 * desk to Brixton, i.e. Brixton itself, "right there"). With nowhere given yet, the bot asks where, and the two wait.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

/** Both counters named with both distances, from the place given, the nearer first. */
function weighs(reply: string, nearer: string, other: string, from: string): void {
  expect(reply).to.match(new RegExp(`^Of the two, \\*\\*${nearer}\\*\\* is nearer to ${from}:`));
  expect(reply).to.contain(`to ${other}`);
}

describe('A counter named weighed against the one just given, from where the resident is', () => {
  const afterCharingCross: Array<[string, string]> = [
    ['nearest 24 hour station to SE5', 'is it nearer than brixton'],
    ['nearest 24 hour station to SE5', 'is brixton closer'],
    ['nearest 24h desk to SE5 please', 'isnt brixton nearer?'],
    ['24 hour police station nearest SE5', 'would brixton be any closer'],
    ['nearest 24 hour station to SE5', 'hmm brixton is closer though?'],
    ['nearest 24 hour station to SE5', 'is that closer than brixton'],
    ['nearest 24 hour station to SE5', 'is brixton further than it'],
  ];
  for (const [first, then] of afterCharingCross) {
    it(`${first} > ${then}`, async () => {
      const convo = new Conversation();
      expect(await convo.askText(first)).to.contain('Charing Cross');
      weighs(await convo.askText(then), 'Brixton', 'Charing Cross', 'SE5');
    });
  }

  it('nearest station to brixton hill > is walworth closer: Brixton stays the nearer', async () => {
    const convo = new Conversation();
    expect(await convo.askText('nearest station to brixton hill')).to.contain('Brixton Police Station');
    weighs(await convo.askText('is walworth closer'), 'Brixton', 'Walworth', 'Brixton Hill');
  });

  it('after an open-now question, nowhere given: asks where, then weighs the two', async () => {
    const convo = new Conversation();
    await convo.askText('is walworth open now');
    expect(await convo.askText('is it closer than brixton')).to.match(/need to know where you are/);
    expect(await convo.askText('SE5')).to.match(/^Walworth and Brixton are about as near as each other to SE5/);
  });
});

describe('Controls: not a weighing of two', () => {
  it('"is brixton nearer" with nothing before it: the nearest to Brixton', async () => {
    expect(await new Conversation().askText('is brixton nearer')).to.match(/^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*/);
  });
  it('nearest to SE5 > "is brixton open": Brixton open now', async () => {
    const convo = new Conversation();
    await convo.askText('nearest station to SE5');
    expect(await convo.askText('is brixton open')).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });
  it('nearest to SE5 > "is there anything closer": no counter named, so not two weighed', async () => {
    const convo = new Conversation();
    await convo.askText('nearest station to SE5');
    expect(await convo.askText('is there anything closer')).to.not.match(/Of the two|as near as each other/);
  });
});
