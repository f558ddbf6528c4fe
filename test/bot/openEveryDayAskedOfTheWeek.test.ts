/**
 * "Is it open every day?" is answered yes or no from every day of the counter's week; "is it open during the week?"
 * or "on weekdays" is not answered by its weekend: the week is given as it is. Tested on a copy of the data in which
 * Ilford is closed on Sundays (no counter open today is closed on any day).
 */
import { expect } from 'chai';
import { FrontCounterKnowledge } from '../../src/stations';
import { Conversation, firstLineOf, knowledge, THURSDAY_AFTERNOON } from './harness';

function ilfordClosedOnSundays(): FrontCounterKnowledge {
  const data = structuredClone(knowledge.data);
  const latest = data.events.filter((e) => e.stationId === 'ilford' && e.kind === 'hours').sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
  data.events.push({ ...latest, id: `${latest.id}-sundays-closed`, date: '2026-11-01', value: 'Mon-Fri 10:00-22:00; Sat 09:00-19:00' });
  return new FrontCounterKnowledge(data);
}

describe('"open every day?" asks of every day; "during the week?" is not answered by Sunday', function () {
  this.timeout(30_000);
  const changed = ilfordClosedOnSundays();
  const ask = async (say: string) => firstLineOf(await new Conversation('webchat', THURSDAY_AFTERNOON, 'personal', undefined, changed).askText(say));

  for (const say of ['is ilford open every day', 'is ilford open 7 days a week', 'is ilford police station open daily?']) {
    it(`${say}: no, with the day it is closed`, async () => {
      expect(await ask(say)).to.match(/^No, \*\*Ilford Police Station\*\* is closed on Sundays: Mon–Fri 10:00–22:00; Sat 09:00–19:00\.$/);
    });
  }

  for (const say of ['is ilford open during the week', 'is ilford open on weekdays', 'is ilford open mon to fri']) {
    it(`${say}: the week as it is, not "No"`, async () => {
      expect(await ask(say)).to.match(/^\*\*Ilford Police Station\*\* is open Mon–Fri 10:00–22:00; Sat 09:00–19:00\.$/);
    });
  }

  it('"7 days" as a while is not the week: "is brixton closed for 7 days"', async () => {
    expect(await ask('is brixton closed for 7 days')).to.not.match(/every day/);
  });
});
