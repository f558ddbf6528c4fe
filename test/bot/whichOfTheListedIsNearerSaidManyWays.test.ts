/**
 * After the 24-hour desks were listed, "which is nearer to N1?" asks which of those desks is nearest, not for the
 * nearest desk of any kind: the first sentence names the nearest 24-hour desk, as the knowledge core orders them.
 */
import { expect } from 'chai';
import { nearest24x7Desk } from '../../src/stations/nearest';
import { Conversation, firstLineOf, knowledge, THURSDAY_AFTERNOON } from './harness';

const LISTS = ['which stations are 24 hour', 'list the 24/7 police desks', 'what police counters are open all night'];
const WHICH = [
  ['which is nearer to N1', 'N1'],
  ["which one's closest to SE15 4", 'SE15 4'],
  ['which of them is nearest to E17', 'E17'],
  ['and which of the two is closer to W6', 'W6'],
] as const;

function nearest24HourDesk(district: string): string {
  const area = [...knowledge.data.districts, ...knowledge.data.sectors].find((a) => a.code === district)!;
  const point = { lat: area.londonLat, lon: area.londonLon };
  return nearest24x7Desk(knowledge.desks, point, knowledge.deskStatuses(THURSDAY_AFTERNOON), 1)[0].station.name;
}

describe('which of the 24-hour desks just listed is nearer', function () {
  this.timeout(60_000);
  for (const list of LISTS) {
    it(`after "${list}"`, async () => {
      for (const [which, place] of WHICH) {
        const chat = new Conversation();
        await chat.say(list);
        const line = firstLineOf(await chat.askText(which));
        expect(line, which).to.match(new RegExp(`^The nearest 24-hour front counter to ${place} is \\*\\*${nearest24HourDesk(place)}\\*\\*`));
      }
    });
  }

  it('without "which", the nearest desk of any kind is asked', async () => {
    const chat = new Conversation();
    await chat.say(LISTS[0]);
    expect(firstLineOf(await chat.askText('nearest station to N1'))).to.match(/^The nearest front counter to N1 is \*\*Islington Police Station\*\*/);
  });
});
