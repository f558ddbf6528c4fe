/**
 * An opening time asked with no day while the counter is closed ("when does walworth open" at 23:30 on a Friday,
 * "brixton opening time"): its next opening answers first, then its opening times over the week (was: the week's
 * opening times alone, leaving the resident to work out which applies next). Controls: asked while it is open, of a
 * 24-hour counter, or with a day named.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY_NIGHT = DateTime.fromISO('2026-12-04T23:30', { zone: 'Europe/London' });
const SUNDAY_EVENING = DateTime.fromISO('2026-12-06T20:15', { zone: 'Europe/London' });
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string, at: DateTime) => firstLineOf(await new Conversation('webchat', at).askText(say));
const WEEK = 'It opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday\\.';

describe('an opening time asked while the counter is closed, said many ways', () => {
  for (const [say, station] of [
    ['when does walworth open', 'Walworth'],
    ['what time does brixton open', 'Brixton'],
    ['when does ilford open next', 'Ilford'],
    ['brixton opening time', 'Brixton'],
    ['wat time does croydon open', 'Croydon'],
    ['when does hammersmith station open', 'Hammersmith'],
  ] as const) {
    it(`${say} (Friday 23:30)`, async () => {
      expect(await ask(say, FRIDAY_NIGHT)).to.match(new RegExp(`^\\*\\*${station} Police Station\\*\\* is closed now; opens at 09:00 tomorrow \\(Saturday 5 December\\)\\. ${WEEK}`));
    });
  }

  it('on a Sunday evening the next opening is Monday at 10:00', async () => {
    expect(await ask('when does walworth open', SUNDAY_EVENING)).to.match(/^\*\*Walworth Police Station\*\* is closed now; opens at 10:00 tomorrow \(Monday 7 December\)\./);
  });

  for (const [say, at, pattern] of [
    ['when does walworth open', FRIDAY_AFTERNOON, new RegExp(`^\\*\\*Walworth Police Station\\*\\* opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday\\.`)],
    ['when does lewisham open', FRIDAY_NIGHT, /^\*\*Lewisham Police Station\*\* is open 24 hours a day, every day\./],
    ['what time does croydon open on saturday', FRIDAY_NIGHT, /^\*\*Croydon Police Station\*\* opens at 09:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say, at)).to.match(pattern));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'when does walworth open, my neighbour is being attacked outside right now';
    expect999First(await new Conversation('webchat', FRIDAY_NIGHT).say(say), say);
  });
});
