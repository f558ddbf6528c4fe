/**
 * Whether each of two or three places has a counter ("does peckham or camberwell have a police station", "hammersmith
 * or fulham which has a counter"): each place answered as "is there a police station in peckham" is, in the order said
 * (was: the nearest counter to the first place only). An open counter is said with its place ("Yes, in Hammersmith.").
 * A line both answers share is said once. Controls: one place; boroughs together (a list); a place with a moment.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => new Conversation('webchat', FRIDAY).askText(say);

describe('whether each of several places has a counter, said many ways', () => {
  for (const [say, first, second] of [
    ['does peckham or camberwell have a police station', /^No: the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\./, /^I know of no police front counter in Camberwell, which is in Southwark\./m],
    ['hammersmith or fulham which has a counter', /^Yes, in Hammersmith\. Hammersmith and Fulham has one police front counter: \*\*Hammersmith Police Station\*\*/, /^No: the front counter at \*\*Fulham Police Station[^*]*\*\* closed on 14 December 2017\./m],
    ['is there a police station in bow or stratford', /^I know of no police front counter in Bow, which is in Tower Hamlets\./, /^Yes, in Stratford\. Newham has one police front counter: \*\*Stratford Police Station\*\*/m],
    ['do camberwell or brixton have a nick', /^I know of no police front counter in Camberwell/, /^Yes, in Brixton\. Lambeth has one police front counter/m],
    ['has either peckham or brixton got a police station', /^No: the front counter at \*\*Peckham Police Station\*\* closed/, /^Yes, in Brixton\./m],
  ] as const) {
    it(say, async () => {
      const reply = await ask(say);
      expect(reply.split('\n')[0], say).to.match(first);
      expect(reply, say).to.match(second);
    });
  }

  it('three places, each answered in the order said', async () => {
    const reply = await ask('do brixton, streatham or clapham have a police station');
    const lines = reply.split('\n');
    expect(lines[0]).to.match(/^Yes, in Brixton\./);
    expect(lines[1]).to.match(/^No: the front counter at \*\*Streatham[^*]*\*\* closed on 14 December 2017\./);
    expect(lines[2]).to.match(/^I know of no police front counter in Clapham, which is in Lambeth\./);
  });

  it('a line both answers share is said once', async () => {
    const reply = await ask('does peckham or camberwell have a police station');
    expect(reply.match(/Address: 12-28 Manor Place/g) ?? []).to.have.length(1);
  });

  for (const [say, pattern] of [
    ['is there a police station in camberwell', /^I know of no police front counter in Camberwell, which is in Southwark\./],
    ['does hackney or islington have a police station', /^Two police front counters are open in Hackney and Islington/],
    ['is there a police station in stratford', /^Yes, in Stratford\. Newham has one police front counter/],
    ['does camberwell have a nick', /^I know of no police front counter in Camberwell, which is in Southwark\./],
    ['has peckham got a nick', /^No: the front counter at \*\*Peckham Police Station\*\* closed on 14 December 2017\./],
  ] as const) {
    it(`control: ${say}`, async () => expect((await ask(say)).split('\n')[0]).to.match(pattern));
  }
});
