/**
 * A transport matter told first (a train delayed, a bus cancelled, a tube strike), then a counter asked of in the same
 * breath with no full stop between, as typed on a phone ("my boss will shoot me if the train is delayed again lol is
 * brixton open", "tube strike again smh what time does walworth close"): the counter question is answered (was: the
 * out-of-scope "public transport" decline, the counter question unanswered). Controls: the times or running of transport
 * to a place ("when is the last train to brixton", "is the tube running to brixton") keep the decline; a counter asked
 * alone keeps its answer; danger leads with 999.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const OPEN_NOW = (counter: string) => new RegExp(`^Yes, (?:the front counter at )?\\*\\*${counter} Police Station\\*\\* is open`);
const DECLINED = /^Sorry, I can't help with that: I only know about London's police front counters\.$/;

describe('a counter asked after a transport matter, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['my boss will shoot me if the train is delayed again lol is brixton open', OPEN_NOW('Brixton')],
      ['trains r delayed again ugh is croydon open now', OPEN_NOW('Croydon')],
      ['my train got cancelled lol is ilford still open', OPEN_NOW('Ilford')],
      ['the district line is suspended is hammersmith open tonight', /^Yes, \*\*Hammersmith Police Station\*\* is open this evening/],
      ['overground is delayed so is lewisham open all night', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day/],
      ['tube strike again smh what time does walworth close', /^\*\*Walworth Police Station\*\* closes at 22:00 today/],
      ['bus was late AGAIN 😤 is brixtn open', OPEN_NOW('Brixton')],
      ['northern line delays as usual when does kentish town shut', /^\*\*Kentish Town Police Station\*\* (?:is open until|closes at) 22:00/],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [[['hi', 'the bus is cancelled again is romford open'], OPEN_NOW('Romford')]],
    FRIDAY,
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['when is the last train to brixton', DECLINED],
        ['is the tube running to brixton', DECLINED],
        ['is the overground running to crystal palace', DECLINED],
        ['are trains running to croydon tonight', DECLINED],
        ['is brixton open', OPEN_NOW('Brixton')],
        ['the train is delayed and a man on it has a knife', /999/],
      ],
      { now: FRIDAY },
    );
  });
});
