/**
 * Danger told with an emoji for the danger ("a man with a 🔪 outside", "🆘", "my house 🔥", "🔥 next door help") or
 * with "sos": Call 999 now first. Controls: 🔥 as praise ("that tune 🔥🔥", "lewisham is 🔥 for being open 24/7") and
 * other emoji keep their answers; "the sos band" is a name.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itAnswersWithout999First, itCalls999First } from './call999First';

describe('danger told with an emoji, or sos, many ways: Call 999 now first', () => {
  itCalls999First([
    'theres a man with a 🔪 outside my door',
    'guy waving a 🔫 on the bus',
    '🆘',
    '🆘🆘 help',
    'sos',
    'sos please',
    'my flat 🔥🔥',
    '🔥 next door help',
    'kitchen 🔥 cant get out',
    'hes got a 🗡 and hes shouting',
  ]);
});

describe('🔥 as praise and other emoji: no 999 first', () => {
  itAnswersWithout999First([
    ['that tune 🔥🔥 anyway is brixton open', /Brixton/],
    ['lewisham is 🔥 for being open 24/7', /Lewisham/],
    ['the sos band were great last night, is brixton open', /Brixton/],
    ['🔥🔥 what time does ilford open tomorrow', /Ilford/],
  ]);
  it('🔥🔥🔥 alone is not read as a fire', async () => {
    const text = await new Conversation().askText('🔥🔥🔥');
    expect(text.split('\n')[0]).to.not.match(/999/);
  });
});
