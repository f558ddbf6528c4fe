/**
 * "The other <name>" after an answer about a counter or place whose name another London place shares ("hayes police
 * station" then "what about the other hayes"; "belmont", "sutton", then "the other belmont"), through the real bot: the
 * place of that name in the other borough (Hayes in Bromley, Belmont in Harrow), never the same answer again. Controls:
 * a name no other place shares keeps the counter; "the other one" after the nearest desks stays the next nearest; danger
 * leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HAYES_BROMLEY = /^The nearest front counter open now to \**Hayes\** is \*\*Bromley Police Station\*\*/;
const HAYES_HILLINGDON = /^The nearest front counter to Hayes is \*\*Hayes Police Station \(Hayes End\)\*\*/;

async function lastFirstLine(turns: readonly string[]): Promise<string> {
  const c = new Conversation('webchat', FRIDAY);
  let text = '';
  for (const say of turns) text = await c.askText(say);
  return firstLineOf(text);
}

describe('the other place of a name, said many ways', () => {
  for (const [turns, pattern] of [
    [['hayes police station', 'what about the other hayes'], HAYES_BROMLEY],
    [['hayes police station', 'the other hayes'], HAYES_BROMLEY],
    [['is hayes open', 'and the other hayes?'], HAYES_BROMLEY],
    [['nearest to hayes kent', 'what about the other hayes'], HAYES_HILLINGDON],
    [['belmont', 'sutton', 'the other belmont'], /^The nearest front counter open now to \*\*Belmont\*\* is \*\*Colindale Police Station\*\*/],
    [['belmont', 'the harrow one', 'what about the other belmont'], /^The nearest front counter open now to \*\*Belmont\*\* is \*\*Sutton Police Station\*\*/],
    // Controls.
    [['brixton', 'the other brixton'], /^The front counter at \*\*Brixton Police Station\*\* is open/],
    [['nearest to E17', 'the other one'], /^The next nearest front counter open now to E17 is/],
  ] as const) {
    it(turns.join(' / '), async () => expect(await lastFirstLine(turns)).to.match(pattern));
  }

  it('danger control: hayes police station / the other hayes, theres a fight outside with knives', async () => {
    const c = new Conversation('webchat', FRIDAY);
    await c.askText('hayes police station');
    const said = 'the other hayes, theres a fight outside with knives';
    expect999First(await c.say(said), said);
  });
});
