/**
 * A report asked to be made for the resident ("can you report a crime online for me", "could you file it for me"), many
 * ways, through the real bot: declined as a report ("I can't report a crime or make a complaint for you"), 999 first for
 * danger and then 101 and online, never "I can't call the police for you". Controls: calling the police for them, how one
 * reports online, danger told.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => (await new Conversation('webchat', FRIDAY).askText(say)).split('\n').filter((l) => l.trim() !== '');

describe('a report asked to be made for the resident, said many ways', () => {
  for (const say of [
    'can you report a crime online for me',
    'could you file it for me',
    'can you report my stolen phone for me',
    'please report this for me',
    'can you make a report for me',
    'Could u report the burglary to the police for us?',
  ]) {
    it(say, async () => {
      const [first, second] = await ask(say);
      expect(first).to.equal("**Call 999 now** if someone is in danger: I can't report a crime or make a complaint for you.");
      expect(second).to.match(/call 101, or report online at met\.police\.uk/);
    });
  }

  for (const [say, pattern] of [
    ['can you call the police for me', /I can't call the police for you\./],
    ['can you phone 101 for me', /I can't call the police for you\./],
    ['can you report a crime online?', /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk/],
  ] as const) {
    it(`control: ${say}`, async () => expect((await ask(say))[0]).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'can you report this for me, he is hitting me right now';
    expectCall999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
