/**
 * One counter asked of by a name that another place shares ("when does hayes open": Hayes in Hillingdon), then "no the
 * other one", "not that one", "wrong hayes", "no wrong one": the other place of that name (Hayes in Bromley, which has no
 * counter, so its nearest), as "the other hayes" already was (was: "I can't help with that", or Hayes End again).
 * Controls: after a nearest answer "not that one" is the next nearest; after two compared, "the other one" is the second.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

describe('The other place of the name just asked, the name not said again', () => {
  const cases: Array<[string, string]> = [
    ['when does hayes open', 'no the other one'],
    ['when does hayes open', 'not that one'],
    ['is hayes open now', 'wrong hayes'],
    ['is hayes police station open', 'no wrong one'],
    ['where is hayes police station', 'nah i meant the other one'],
  ];
  for (const [first, then] of cases) {
    it(`${first} > ${then}`, async () => {
      const convo = new Conversation();
      expect(await convo.askText(first)).to.contain('Hayes Police Station (Hayes End)');
      const reply = await convo.askText(then);
      expect(reply).to.match(/^The nearest (?:open )?front counter (?:open now )?to Hayes is \*\*Bromley Police Station\*\*/);
    });
  }
});

describe('Controls: "not that one" and "the other one" where they already mean something', () => {
  it('after a nearest answer, "not that one" is the next nearest', async () => {
    const convo = new Conversation();
    expect(await convo.askText('nearest station to SE5')).to.contain('Walworth');
    expect(await convo.askText('not that one')).to.match(/^The next nearest/);
  });
  it('after two compared, "the other one" is the second of them', async () => {
    const convo = new Conversation();
    await convo.askText('is brixton or walworth open later');
    expect(await convo.askText('the other one')).to.contain('**Walworth Police Station**');
  });
});
