/**
 * A map or directions asked for, said many ways ("send me a map to croydon police station", "navigate me to ilford"):
 * the bot gives no route itself (the card's Directions link opens Google Maps), said plainly first, then the counter's address and whether it is open now. Danger told with
 * the same words still leads with 999.
 */
import { expect } from 'chai';
import { expectCall999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

const cannotSend = (station: string, address: string) =>
  new RegExp(`^I can't give turn-by-turn directions myself, but \\*\\*${station} Police Station\\*\\* is at ${address}\\.$`);
const CROYDON = cannotSend('Croydon', '71 Park Lane, Croydon CR9 1BP');
const BRIXTON = cannotSend('Brixton', '367 Brixton Road, Brixton SW9 7DD');
const ILFORD = cannotSend('Ilford', '270-294 High Road, Ilford IG1 1GT');
const LEWISHAM = cannotSend('Lewisham', '43 Lewisham High Street, Lewisham SE13 5JZ');

describe('a map or directions asked for, said many ways: cannot send them, then the address', () => {
  itAnswersFirst(
    [
      ['send me a map to croydon police station', CROYDON], ['can u send directions to croydon nick', CROYDON],
      ['can you give me directions to brixton', BRIXTON], ['put brixton police station in my satnav', BRIXTON],
      ['whats the route to brixton police station', BRIXTON], ['navigate me to ilford', ILFORD], ['google maps link for ilford police station', ILFORD],
      ['directions to lewisham police station please', LEWISHAM], ['show me lewisham on a map', LEWISHAM],
    ],
    { understood: true },
  );

  it('then whether it is open now', async () => {
    const chat = new Conversation();
    const reply = await chat.askText('send me a map to croydon police station');
    expect(reply.split('\n').filter((l) => l.trim() !== '')[1]).to.match(/^Open now, until \d\d:\d\d\.$/);
  });

  it('by bus or Tube: the routes the bot lacks, as before', async () => {
    const chat = new Conversation();
    expect(await chat.askText('directions by bus to brixton police station')).to.match(/^I don't have bus, Tube or train routes, but \*\*Brixton Police Station\*\*/);
  });

  it('the address alone, not asked for a map: the address first, as before', async () => {
    const chat = new Conversation();
    expect(await chat.askText('brixton police station address')).to.match(/^\*\*Brixton Police Station\*\*: 367 Brixton Road/);
  });

  describe('danger told with a map or directions asked: 999 first', () => {
    for (const said of ['someone is following me, give me directions to brixton police station', 'a man is chasing me send me a map to the nearest police station']) {
      it(said, async () => expectCall999First(await new Conversation().say(said), said));
    }
  });
});
