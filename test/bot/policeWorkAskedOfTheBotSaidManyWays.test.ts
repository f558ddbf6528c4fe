/**
 * Police work asked of the bot ("can you track my stolen phone", "can u trace my nicked bike", "can you find who stole my
 * bike", "investigate my neighbour"): declined first, saying what it cannot do, then what the resident can do instead from
 * the data (report it: 101 or met.police.uk), rather than a bare "I can't do that". Controls: how one reports ("where can i
 * report my stolen bike", "i want to report my stolen phone"), reporting at a counter named, lost property ("can you find
 * my lost wallet"), a parcel tracked (out of scope), a phone unlocked (the bare decline), a robbery told (999 first). Through the bot.
 */
import { expect } from 'chai';
import { Conversation, itAnswersFirst, itAnswersLast } from './harness';

const DECLINED = /^I can't track or trace anything, find who did it or investigate: that is police work/;
const INSTEAD = /\n\nTo report a theft or other crime: call 101, or report online at met\.police\.uk\.$/;

describe('police work asked of the bot, said many ways', function () {
  this.timeout(60_000);
  const asked = [
    'can you track my stolen phone',
    'can u trace my nicked bike',
    'could you locate my stolen car please',
    'can you find who stole my bike',
    'can you catch the guy who broke into my car',
    'track my iphone',
    'investigate my neighbour',
    'can you find my stolen bike',
    'my phone was stolen can you track it',
    'my bike got nicked yesterday could u trace it',
  ];
  itAnswersFirst(asked.map((say) => [say, DECLINED] as const), { understood: true });

  for (const say of asked.slice(0, 4)) {
    it(`${say}: then how to report it, from the data`, async () => {
      expect(await new Conversation('webchat').askText(say)).to.match(INSTEAD);
    });
  }

  it('with a counter named: still how to report it, not only its address', async () => {
    const text = await new Conversation('webchat').askText('can you track down my stolen phone at brixton police station');
    expect(text).to.match(DECLINED);
    expect(text).to.match(INSTEAD);
  });

  itAnswersLast([[['is brixton open now?', 'can you trace my stolen bike'], DECLINED]]);

  describe('controls', () => {
    itAnswersFirst([
      ['where can i report my stolen bike', /^To report a crime that is not an emergency: call 101/],
      ['i want to report my stolen phone', /^To report a crime that is not an emergency: call 101/],
      ['how do i track my stolen phone', /^To report a crime that is not an emergency: call 101/],
      ['can i report a stolen phone at brixton', /^Yes, you can report it at Brixton's front counter/],
      ['can you find my lost wallet', /^I can't look up, log or collect lost property\./],
      ['i lost my phone can you find it', /^I can't look up, log or collect lost property\./],
      ['can you track my parcel', /^Sorry, I can't help with that/],
      ['can you unlock my phone', /^I can't do that: I only answer questions about London's police front counters\.$/],
      ['someone robbed my bag can you find it please', /^\*\*Call 999 now\*\*/],
    ]);
  });
});
