/**
 * Times as people say them, through the real bot: the answer is for the time
 * meant, and a time worked out from loose words is said back. Hours from
 * shared/data/events.csv: since 3 Mar 2026 Lewisham and Charing Cross are
 * 24/7, the other counters Mon–Fri 10:00–22:00 and Sat–Sun 09:00–19:00.
 * "Now" is Thursday 26 November 2026, 14:00 London time.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation } from './harness';

async function firstLine(say: string, now?: DateTime): Promise<string> {
  return (await new Conversation('webchat', now).askText(say)).split('\n')[0];
}

describe('times as people say them, through the bot', () => {
  it('"4 in the morning": 04:00 tomorrow, when a reduced-hours counter is closed', async () => {
    expect(await firstLine('is brixton open at 4 in the morning')).to.match(/^No, at 04:00 tomorrow \(Friday 27 November\), \*\*Brixton Police Station\*\* is closed; opens at 10:00/);
    expect(await firstLine('lewisham open 4 in the morning?')).to.match(/^Yes, at 04:00 tomorrow.*\*\*Lewisham Police Station\*\* is open, 24 hours a day/);
  });

  it('"half 9" is said back as the time taken; "half 9 tonight" needs no saying back', async () => {
    expect(await firstLine('is lewisham open half 9')).to.include('(I took "half 9" to mean 21:30 tonight.)');
    const tonight = await firstLine('is walworth open at half 9 tonight');
    expect(tonight).to.match(/^Yes, at 21:30 .*\*\*Walworth Police Station\*\* is open, until 22:00/);
    expect(tonight).to.not.include('I took');
    const morning = DateTime.fromISO('2026-11-26T08:00', { zone: 'Europe/London' });
    expect(await firstLine('is walworth open at half nine', morning)).to.match(/^No, at 09:30 .*is closed; opens at 10:00.*\(I took "half nine" to mean 09:30 today\.\)/);
  });

  it('"quarter to ten tonight", "ten past six", "after work", "first thing tomorrow", "in 20 minutes"', async () => {
    expect(await firstLine('will croydon be open at quarter to ten tonight')).to.match(/^Yes, at 21:45 .*\*\*Croydon Police Station\*\* is open, until 22:00/);
    expect(await firstLine('is kingston open at ten past six')).to.match(/^Yes, at 18:10 .*is open, until 22:00.*\(I took "ten past six" to mean 18:10 tonight\.\)/);
    expect(await firstLine('can i go to croydon police station after work')).to.include('(I took "after work" to mean 18:00 tonight.)');
    expect(await firstLine('is sutton open first thing tomorrow')).to.match(/08:00.*\(I took "first thing" to mean 08:00 tomorrow/);
    expect(await firstLine('nearest station open in 20 minutes to SE1 7RT')).to.match(/open at 14:20 today.*\(I took "in 20 minutes" to mean 14:20 today\.\)/);
  });

  it('midnight: the end of the day named, and which day it is said', async () => {
    const text = await firstLine('is charing cross open at midnight');
    expect(text).to.match(/00:00/);
    expect(text).to.match(/Charing Cross Police Station\*\* is open, 24 hours a day/);
  });

  it('"and the day after?" after a day: the next day, same counter', async () => {
    const c = new Conversation();
    await c.ask('is bromley open on saturday');
    const text = (await c.askText('and the day after?')).split('\n')[0];
    expect(text).to.match(/Sunday 29 November/);
    expect(text).to.match(/Bromley/);
    expect(text).to.match(/09:00.*19:00/);
  });
});
