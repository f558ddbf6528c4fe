/**
 * "What's the latest I can get to Brixton?" asks the closing time (not the way there), and "what's happening to
 * Brixton police station?" / "will Kingston still be there next year?" ask whether it stays open: the first sentence
 * answers that, from the counter's hours and status.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const first = async (say: string) => firstLineOf(await new Conversation().askText(say));

describe('the latest one can arrive is the closing time', function () {
  this.timeout(30_000);
  for (const say of ["what's the latest i can get to brixton", 'whats the latest I could turn up at brixton', 'how late can i get to brixton', 'what is the latest time i can go to brixton police station']) {
    it(say, async () => {
      expect(await first(say)).to.match(/^\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\.$/);
    });
  }

  it('of a closed counter, that it closed', async () => {
    expect(await first('whats the latest i can get to peckham')).to.match(/^The front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\./);
  });

  it('the way there is still the address', async () => {
    expect(await first('how do i get to brixton police station')).to.match(/^\*\*Brixton Police Station\*\*: 367 Brixton Road/);
  });
});

describe('what is happening to a counter, or whether it will still be there, is its status', function () {
  this.timeout(30_000);
  for (const [say, station] of [
    ["what's happening to brixton police station", 'Brixton'],
    ['whats going on with ilford police station', 'Ilford'],
    ['will kingston police station still be there next year', 'Kingston'],
    ['is croydon police station still going to be around', 'Croydon'],
  ]) {
    it(say, async () => {
      expect(await first(say)).to.match(new RegExp(`^(?:Yes, |No, )?the front counter at \\*\\*${station} Police Station\\*\\* (?:is open|is not planned to close)`, 'i'));
    });
  }
});
