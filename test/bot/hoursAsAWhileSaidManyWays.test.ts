/**
 * "Hours" said as a while, not as opening hours ("waiting for hours", "for two hours", "hours and hours", "hours on
 * end"), through the real bot: never "which police station would you like the opening hours for?", and a question
 * about a counter after it is answered as asked ("is it still open": Yes first). Controls: opening hours asked, and
 * "open for 24 hours", keep their answers. Hours from data/: Brixton and Ilford Mon–Fri 10:00–22:00, Sat–Sun
 * 09:00–19:00; Lewisham 24 hours.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const ask = async (say: string) => firstLineOf(await new Conversation().askText(say));
const WHICH_STATION_FOR_HOURS = /opening hours for\?/;

describe('hours said as a while, said many ways: not a question of opening hours', () => {
  for (const say of ['the dogs been barking for hours', 'ive been waiting for hours', 'been stuck in traffic for two hours ffs', 'the alarm has been going for hours on end', 'sat here for a couple of hours already']) {
    it(say, async () => {
      expect(await ask(say)).to.not.match(WHICH_STATION_FOR_HOURS);
    });
  }
  it('hours and hours on hold to 101, is ilford open: Yes first', async () => {
    expect(await ask('hours and hours on hold to 101, is ilford open')).to.match(/^Yes, \*\*Ilford Police Station\*\* is open now/);
  });
  it('ive been queuing for hours at brixton is it still open: its status, open', async () => {
    expect(await ask('ive been queuing for hours at brixton is it still open')).to.match(/Brixton Police Station\*\* is open/);
  });

  describe('controls: opening hours asked', () => {
    for (const [say, expected] of [
      ['brixton hours', /^\*\*Brixton Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./],
      ['hours for walworth', /^\*\*Walworth Police Station\*\* is open Mon–Fri/],
      ['what are the opening hours for ilford', /^\*\*Ilford Police Station\*\* is open Mon–Fri/],
      ['is lewisham open for 24 hours', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
      ['what hours', WHICH_STATION_FOR_HOURS],
    ] as const) {
      it(say, async () => {
        expect(await ask(say)).to.match(expected);
      });
    }
  });
});
