/**
 * "Why does Ilford close at 10?", asked many ways: a question about a counter's daily hours, not about a closure.
 * The data records no reason for one counter's own hours, so the first sentence says so and gives the hours; the
 * reason the data gives for closing counters at night follows. A "why" about a closure for good keeps its reading.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const NO_REASON = (name: string) =>
  new RegExp(`^My sources give no reason for the hours of the front counter at \\*\\*${name} Police Station\\*\\* itself: it is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\.$`);

const CASES: [string, string][] = [
  ['why does ilford close at 10', 'Ilford'],
  ['Why does Ilford close at 10pm?', 'Ilford'],
  ['why does brixton shut at 10pm', 'Brixton'],
  ['why does croydon close so early', 'Croydon'],
  ['how come walworth shuts at 7 on saturdays', 'Walworth'],
  ["why isn't brixton open 24 hours anymore", 'Brixton'],
  ['why is ilford not open at night', 'Ilford'],
  ['why does romford police station close early', 'Romford'],
  ['why dont they keep hounslow open later', 'Hounslow'],
  ['why does kingston shut at ten', 'Kingston'],
  ['why did they cut the hours at croydon', 'Croydon'],
  ['why did croydon stop being open at night', 'Croydon'],
  ['why isnt hounslow open overnight now', 'Hounslow'],
];

describe('why a counter keeps its hours: no reason recorded for its own hours, said first, then its hours', function () {
  this.timeout(30_000);
  for (const [say, name] of CASES) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(NO_REASON(name));
      expect(text).to.match(/The reason given for closing counters at night: "Fewer than 1 in 2,000 crimes since 2012" were reported outside 10:00–22:00/);
    });
  }

  it('a counter open 24 hours is said to be so', async () => {
    expect(firstLineOf(await new Conversation().askText('why does lewisham close at 10'))).to.match(/Lewisham Police Station\*\* is open 24 hours a day/);
  });

  it('"why did X close" of a closed counter is still about the closure', async () => {
    expect(firstLineOf(await new Conversation().askText('why did chingford close'))).to.match(/^The front counter at \*\*Chingford Police Station\*\* closed on 28 February 2026 under/);
  });

  it('"what time does it close" keeps its hours reading', async () => {
    expect(firstLineOf(await new Conversation().askText('what time does ilford close'))).to.match(/^\*\*Ilford Police Station\*\* is open until 22:00/);
  });

  it('danger beside it still leads with 999', async () => {
    expect(firstLineOf(await new Conversation().askText('why does ilford close at 10, there is a man with a knife outside my door'))).to.match(/999/);
  });
});
