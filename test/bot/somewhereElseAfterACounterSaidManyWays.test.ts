/**
 * "Where should I go instead?" after a counter was named: the first sentence is the nearest desk open now from that
 * counter, never the counter itself (closed, or open but not where the resident wants to go), as the knowledge core
 * orders the desks open at that moment.
 */
import { expect } from 'chai';
import { nearestOpenNowDesk } from '../../src/stations/nearest';
import { Conversation, firstLineOf, knowledge, THURSDAY_AFTERNOON } from './harness';

const ASKED_AGAIN = ['where should I go instead?', 'so where else can i go', 'whats the alternative', 'where can i go then', 'any other station i could try', 'what other station could i go to'];

/** The nearest desk open at the harness's clock from a counter's own point, the counter left out. */
function nearestOtherOpenDesk(stationName: string): string {
  const station = knowledge.data.stations.find((s) => s.name === `${stationName} Police Station`)!;
  const found = nearestOpenNowDesk(knowledge.desks, station.location!, knowledge.deskStatuses(THURSDAY_AFTERNOON), THURSDAY_AFTERNOON, 5);
  return found.map((d) => d.station.name).find((name) => name !== station.name)!;
}

describe('somewhere else to go, after a counter was named', function () {
  this.timeout(60_000);
  for (const [first, counter] of [
    ['is woodford police station open', 'Woodford'],
    ['is chingford still open', 'Chingford'],
    ['is wembley open now', 'Wembley'],
  ] as const) {
    it(`${first} -> the nearest other desk open now, however it is asked`, async () => {
      const expected = nearestOtherOpenDesk(counter);
      for (const again of ASKED_AGAIN) {
        const chat = new Conversation();
        await chat.say(first);
        const line = firstLineOf(await chat.askText(again));
        expect(line, again).to.match(new RegExp(`^The nearest front counter open now to ${counter}.* is \\*\\*${expected}\\*\\*`));
        expect(line, again).not.to.match(new RegExp(`\\*\\*${counter} Police Station\\*\\*`));
      }
    });
  }
});

describe('another counter asked of the past is not somewhere else to go', function () {
  this.timeout(30_000);
  for (const say of ['did walthamstow have a different counter before', 'was there another counter in croydon back then', 'were there other police stations in bexley in 2017']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).not.to.match(/^The nearest front counter open now/);
    });
  }
});
