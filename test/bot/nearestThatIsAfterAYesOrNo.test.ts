/**
 * "What's the nearest that is?" after a yes or no about one counter: the nearest desk that is what was asked of it
 * (open 24 hours, open on the day asked, open now), from where the resident said they are, else from that counter.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

async function after(turns: readonly string[]): Promise<string> {
  const chat = new Conversation();
  for (const say of turns.slice(0, -1)) await chat.say(say);
  return firstLineOf(await chat.askText(turns[turns.length - 1]));
}

describe('the nearest that is, after a yes or no', function () {
  this.timeout(60_000);
  it('open 24 hours, from the postcode given', async () => {
    expect(await after(['nearest station to E15 2', 'is that one open 24/7', 'ok whats the nearest that is'])).to.match(/^The nearest 24-hour front counter to E15 2 is \*\*Lewisham Police Station\*\*/);
  });
  it('open 24 hours, from the counter asked about', async () => {
    expect(await after(['is stratford 24 hours', 'whats the closest one that is'])).to.match(/^The nearest 24-hour front counter to Stratford is \*\*Lewisham Police Station\*\*/);
  });
  it('open now, after a closed counter', async () => {
    expect(await after(['is walthamstow open', "where's the nearest one that is then"])).to.match(/^The nearest front counter open now to Walthamstow is/);
  });
  it('open on the day asked', async () => {
    expect(await after(['is stratford open on sunday', 'whats the nearest one that is'])).to.match(/^The nearest front counter open on Sunday \d+ \w+ to Stratford is/);
  });
  it('"which ones are?" after a 24-hour question is still the list', async () => {
    expect(await after(['is stratford 24 hours', 'which ones are'])).to.match(/^Only two front counters are open 24 hours a day/);
  });
});
