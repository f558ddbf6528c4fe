/**
 * Whether a counter moved ("did hammersmith move?", "has the ilford counter ever moved?", "did barking police station
 * move?"), many ways, through the real bot: Yes for a while, when a closure the timeline records says where its desk went;
 * Yes, when a closed counter's desk went to another (the timeline's moves); No, when the sources record neither. Never its
 * opening hours alone. Controls: the resident's own move, a reopening asked, a closure for a while asked.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('whether a counter moved, said many ways', () => {
  for (const [say, pattern] of [
    ['did hammersmith move', /^Yes, for a while: the front counter at \*\*Hammersmith Police Station\*\* moved while it was closed\. It closed on 8 October 2016 \(.*counter moved to Shepherd's Bush\) and reopened on 29 September 2020/],
    ['has hammersmith police station moved', /^Yes, for a while: the front counter at \*\*Hammersmith Police Station\*\* moved/],
    ['did hammersmith police station move to shepherds bush', /^Yes, for a while: the front counter at \*\*Hammersmith Police Station\*\* moved/],
    ['has the ilford counter ever moved', /^Yes, for a while: the front counter at \*\*Ilford Police Station\*\* moved while it was closed\. It closed on 2 November 2020 \(.*relocated to Barkingside\)/],
    ['Did Ilford police station move somewhere temporarily?', /^Yes, for a while: the front counter at \*\*Ilford Police Station\*\* moved/],
    ['did barking police station move', /^Yes: the front counter at \*\*Barking Police Station \(former town-centre station\)\*\* closed .*\. Its counter moved to \*\*Barking Learning Centre police front counter\*\*, which closed on 28 February 2026\./],
    ['did sidcup police station move', /^Yes: the front counter at \*\*Sidcup Police Station \(former, Main Road\)\*\* closed on 16 March 2012\. Its counter moved to \*\*Marlowe House \(Sidcup\) police front counter\*\*/],
    ['has forest gate moved to stratford', /^Yes: the front counter at \*\*Forest Gate Police Station\*\* closed on 6 March 2024\. Its counter moved to \*\*Stratford Police Station\*\*, which is open\./],
    ['did lewisham police station move', /^No: my sources record no move or temporary closure of the front counter at \*\*Lewisham Police Station\*\*\./],
    ['has croydon police station ever moved', /^No: my sources record no move or temporary closure of the front counter at \*\*Croydon Police Station\*\*\./],
    ['where did hammersmith counter move to', /^For a while: the front counter at \*\*Hammersmith Police Station\*\* moved while it was closed\. .*counter moved to Shepherd's Bush/],
    ['where did forest gate counter move to', /^The front counter at \*\*Forest Gate Police Station\*\* moved to \*\*Stratford Police Station\*\*, which is open\. Forest Gate's own counter closed on 6 March 2024\./],
    ['which counter replaced barking police station', /^The front counter at \*\*Barking Police Station \(former town-centre station\)\*\* moved to \*\*Barking Learning Centre police front counter\*\*, which closed on 28 February 2026\. Barking's own counter closed /],
    ['what replaced sidcup police station', /^The front counter at \*\*Sidcup Police Station \(former, Main Road\)\*\* moved to \*\*Marlowe House \(Sidcup\) police front counter\*\*/],
    ['What is the replacement for Forest Gate police station?', /^The front counter at \*\*Forest Gate Police Station\*\* moved to \*\*Stratford Police Station\*\*/],
    ['which counter replaced lewisham police station', /^My sources record no move or temporary closure of the front counter at \*\*Lewisham Police Station\*\*\./],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(pattern));
  }

  for (const [say, pattern] of [
    ['when did hammersmith reopen', /^The front counter at \*\*Hammersmith Police Station\*\* reopened on 29 September 2020/],
    ['was hammersmith ever closed', /^Yes: the front counter at \*\*Hammersmith Police Station\*\* was closed for a while\./],
    ['i moved to hackney where is my nearest station', /^The nearest front counter to Hackney is /],
    ['we just moved, nearest police station to E8?', /^The nearest front counter to E8 is /],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'did hammersmith move? someone is following me with a knife';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
