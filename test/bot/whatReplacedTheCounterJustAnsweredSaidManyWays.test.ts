/**
 * What replaced the counter just answered ("what replaced it", "what took its place", "is there a replacement", "any
 * replacement?"): its desk's moves, as when the counter is named, and for a closed counter with none the nearest open
 * after. Controls: "so where's open" is still the nearest open; a thing of the resident's replaced is no move.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('what replaced the counter just answered ("what replaced it", "what took its place")', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['is woodford open', 'what replaced it'], /^My sources record no move of the front counter at \*\*Woodford Police Station\*\*: it closed in 2013/],
      [['when did forest gate close', 'what took its place'], /^The front counter at \*\*Forest Gate Police Station\*\* moved to \*\*Stratford Police Station\*\*, which is open\./],
      [['is peckham open', 'is there a replacement'], /^My sources record no move of the front counter at \*\*Peckham Police Station\*\*/],
      [['is forest gate open', 'what did they replace it with'], /^The front counter at \*\*Forest Gate Police Station\*\* moved to \*\*Stratford Police Station\*\*/],
      [['is woodford open', 'any replacement?'], /^My sources record no move of the front counter at \*\*Woodford Police Station\*\*/],
      [['when did sidcup police station main road close', 'what replaced that one'], /^The front counter at \*\*Sidcup Police Station \(former, Main Road\)\*\* moved to \*\*Marlowe House \(Sidcup\) police front counter\*\*/],
      // Controls: somewhere else to go is still the nearest open; a thing of the resident's replaced is no move.
      [['is woodford open', 'so where\'s open'], /^The nearest front counter open now to Woodford is \*\*Ilford Police Station\*\*/],
      [['is woodford open', 'is there a replacement for my lost passport'], /^(?!My sources record no move)/],
    ],
    FRIDAY,
  );

  it('the nearest open counter follows a closed one with no move recorded', async () => {
    const chat = new Conversation('webchat', FRIDAY);
    await chat.say('is woodford open');
    expect(await chat.askText('what replaced it')).to.match(/Nearest open now: \*\*Ilford\*\*/);
  });
});
