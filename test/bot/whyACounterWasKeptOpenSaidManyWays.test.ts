/**
 * Why a counter was kept rather than closed ("why was wimbledon kept open", "why did they keep X open in 2017", "why
 * wasn't X closed"): the first sentence gives the reason the timeline records (a closure quashed or dropped, a plan's
 * decision to keep it), or says the sources give none; then what it is now. Never only the closure. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const WIMBLEDON_QUASHED = /^\*\*Wimbledon Police Station\*\* was kept open on 20 July 2018: High Court quashed the decision to close Wimbledon police station/;
const KEPT_IN_2017 = (name: string) =>
  new RegExp(`^\\*\\*${name} Police Station\\*\\* was kept open under the 2017 Public Access Strategy \\(MOPAC\\), on 31 October 2017: keep as borough 24/7 counter\\.$`);
const DROPPED_IN_2025 = (name: string) => new RegExp(`^\\*\\*${name} Police Station\\*\\* was kept open on 15 October 2025: Aug 2025 proposal to close this counter dropped`);

describe('why a counter was kept open, said many ways: the reason on record first', () => {
  itAnswersFirst(
    [
      ['why was wimbledon kept open', WIMBLEDON_QUASHED],
      ['why did they keep wimbledon open in 2017', WIMBLEDON_QUASHED],
      ['why wasnt wimbledon closed in 2017?', WIMBLEDON_QUASHED],
      ['how come wimbledon police station survived the 2017 cuts', WIMBLEDON_QUASHED],
      ['why did wimbledon stay open in 2018', WIMBLEDON_QUASHED],
      ['why did they keep brixton open in 2017', KEPT_IN_2017('Brixton')],
      ["why didn't they shut ilford in 2017", KEPT_IN_2017('Ilford')],
      ['why was bexleyheath spared in 2017', KEPT_IN_2017('Bexleyheath')],
      ["why wasn't lewisham closed", /^\*\*Lewisham Police Station\*\* was kept open under the 2025 front counter review \(Met\), on 15 October 2025: stay open 24\/7 \(one of only two\)\./],
      ['why did bethnal green escape the axe', DROPPED_IN_2025('Bethnal Green')],
      ['why was tottenham saved', DROPPED_IN_2025('Tottenham')],
    ],
    { understood: true },
  );

  it('then what happened later: Wimbledon closed on 28 February 2026', async () => {
    const text = await new Conversation().askText('why was wimbledon kept open');
    expect(text.split('\n').filter(Boolean)[1]).to.equal('The front counter at **Wimbledon Police Station** closed on 28 February 2026.');
  });

  it('a counter with no reason on record: said so, then that it closed ("why was kilburn kept open")', async () => {
    const text = await new Conversation().askText('why was kilburn kept open');
    expect(firstLineOf(text)).to.equal('My sources give no reason for keeping **Kilburn Police Station** open.');
    expect(text).to.match(/closed on 14 December 2017/);
  });

  it('"why was it kept open?" after a counter: that counter', async () => {
    const c = new Conversation();
    await c.say('is wimbledon still open');
    expect(firstLineOf(await c.askText('why was it kept open'))).to.match(WIMBLEDON_QUASHED);
  });
});

describe('why a counter closed is still why it closed', () => {
  itAnswersFirst([['why did kilburn close', /^The front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017 under the 2017 Public Access Strategy/]], { understood: true });
});

describe('danger told the same way still leads with 999', () => {
  for (const say of ["why was brixton kept open? there's a man with a knife outside", 'why didnt they close ilford, someone is breaking into my flat right now']) {
    it(say, async () => expect999First(await new Conversation().say(say), say));
  }
});
