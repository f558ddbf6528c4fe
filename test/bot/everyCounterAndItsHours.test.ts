/**
 * "All the police front desks open in London today" gets the counters open, with their hours, the counters
 * sharing hours said together, in the first sentence: not "what's your postcode?". Counts and hours come from
 * the data (events.csv): from 3 Mar 2026 Charing Cross and Lewisham are 24/7 and the other open counters
 * keep Mon–Fri 10:00–22:00, Sat–Sun 09:00–19:00, so late on a weekday only the two 24-hour desks are open.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, knowledge, THURSDAY_AFTERNOON } from './harness';

const openNow = knowledge.statusesAsOf(THURSDAY_AFTERNOON).filter((s) => s.counter === 'open').length;
const LATE_THURSDAY = DateTime.fromISO('2026-11-26T23:15', { zone: 'Europe/London' });

const WHOLE_LIST = [
  'all the police front desks open in london today',
  'what are the opening hours of all the police stations in london',
  'list every front counter and its hours',
  'which counters are open on Sunday across London',
  'opening times of every police front counter',
  'give me a list of police stations in london with their opening hours',
];

describe('every counter and its hours: the bot', () => {
  for (const say of WHOLE_LIST) {
    it(`${say}: the open counters and their shared hours, no postcode asked`, async () => {
      const text = await new Conversation('webchat').askText(say);
      expect(text).to.match(new RegExp(`^${openNow} police front counters are open in London`));
      expect(text).to.match(/Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day; the other \d+ open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00/);
      expect(text).not.to.match(/postcode/i);
    });
  }

  it('the card names every open counter with its hours', async () => {
    const all = await new Conversation('msteams').ask('list all the front desks');
    for (const s of knowledge.statusesAsOf(THURSDAY_AFTERNOON).filter((x) => x.counter === 'open')) expect(all).to.include(s.station.name);
  });

  it('open now, late on a weekday: only the 24-hour desks', async () => {
    const text = await new Conversation('webchat', LATE_THURSDAY).askText('what front desks are open in london right now');
    expect(text).to.match(/^Two police front counters are open in London now: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\./);
  });

  it('near me stays a nearest question (asks where)', async () => {
    const text = await new Conversation('webchat').askText('all the police stations near me');
    expect(text).to.match(/postcode|where are you/i);
    expect(text).not.to.match(/police front counters are open in London/);
  });
});
