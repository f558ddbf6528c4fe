/**
 * A counter called by one word of its name that no place is named by alone ("is the hill station open", "hours for the
 * cross one", "whats the address of the hill police station"): the counters with that word in a name they go by, from
 * the data (Charing Cross alone; Notting Hill, Kings Head Hill or Lavender Hill, a choice), not "Which police
 * station?". Controls: a word that also names places ("is the green police station open tomorrow") still asks which;
 * words that describe a counter ("the main station", "the new one") or another kind of station ("the train station")
 * are not names; danger leads with 999. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst, itAnswersLast, knowledge } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const HILLS = /^Did you mean Notting Hill Police Station, Kings Head Hill or Lavender Hill Police Station\?/;

describe('a counter called by one word only counters have, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is the hill station open', HILLS],
      ['is the hill one open', HILLS],
      ['whats the address of the hill police station', HILLS],
      ['hours for the cross one', /^\*\*Charing Cross Police Station\*\* is open 24 hours a day, every day\./],
      ['when does the cross police station close', /^\*\*Charing Cross Police Station\*\* is open 24 hours a day, every day\./],
      ['whats the address of the cross one', /^\*\*Charing Cross Police Station\*\*: Agar Street, Strand WC2N 4JP\./],
    ],
    { understood: true, now: FRIDAY },
  );
  itAnswersLast(
    [
      [['is the hill station open', 'lavender'], /^Yes, \*\*Lavender Hill Police Station\*\* is open now/],
      [['is the hill one open', 'notting hill'], /^No, the front counter at \*\*Notting Hill Police Station\*\* closed on 14 December 2017\./],
    ],
    FRIDAY,
  );

  it('the counters named with a word come from the data, whole words only', () => {
    const hill = knowledge.locator.countersNamedWith('hill');
    expect(hill.status).to.equal('ambiguous');
    expect(hill.status === 'ambiguous' ? hill.candidates.map((c) => c.stationId) : []).to.have.members(['notting-hill', 'chingford', 'lavender-hill']);
    expect(knowledge.locator.countersNamedWith('police').status).to.equal('not-found');
    expect(knowledge.locator.countersNamedWith('hil').status).to.equal('not-found');
  });

  describe('controls', () => {
    itAnswersFirst(
      [
        ['is the green police station open tomorrow', /^Which police station/],
        ['is the green one open sunday', /^Did you mean .*Bethnal Green.*Wood Green\?/],
        ['where is the main station', /^Which police station/],
        ['is the new one open', /^Which police station/],
        ['is the train station open', /^Sorry, I can't help with that/],
        ['nearest police station to the angel', /^The nearest front counter to Angel is \*\*Islington Police Station\*\*/],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['is the cross station open my ex is outside with a knife'], FRIDAY);
  });
});
