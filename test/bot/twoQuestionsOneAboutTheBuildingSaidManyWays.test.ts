/**
 * Two questions in one where the second asks about the counter's building ("is ilford open and is there parking", "is
 * walworth open today and is it step free", "hours for brixton and is there a lift"): both answered, the building's
 * half that the data does not say (was: the second half dropped). Controls: the building asked alone keeps its answer;
 * a two-in-one of hours and the address keeps both. Through the bot.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_FACILITIES = (counter: string) => new RegExp(`^I don't have information about waiting times, access, parking or other facilities at \\*\\*${counter} Police Station\\*\\*`);
const NOT_ACCESS = /^My sources don't say whether front counters are wheelchair accessible or step-free/;

describe('two questions in one, one about the building, said many ways', function () {
  this.timeout(60_000);
  for (const [say, first, second] of [
    ['is ilford open and is there parking', /^Yes, \*\*Ilford Police Station\*\* is open now/, NO_FACILITIES('Ilford')],
    ['is brixton open now and is there parking', /^Yes, \*\*Brixton Police Station\*\* is open now/, NO_FACILITIES('Brixton')],
    ['is walworth open today and is it step free', /^Yes, \*\*Walworth Police Station\*\* is open today/, NOT_ACCESS],
    ['hours for croydon and can i park there', /^\*\*Croydon Police Station\*\*/, NO_FACILITIES('Croydon')],
    ['is lewisham open and is there a lift', /^Yes, \*\*Lewisham Police Station\*\* is open/, NO_FACILITIES('Lewisham')],
    ['whats the address of stratford police station and is there parking', /^\*\*Stratford Police Station\*\*:/, NO_FACILITIES('Stratford')],
  ] as const) {
    it(say, async () => {
      const lines = (await new Conversation('webchat', FRIDAY).askText(say)).split('\n').filter((l) => l.trim());
      expect(lines[0], say).to.match(first);
      expect(lines.slice(1).some((l) => second.test(l)), say).to.equal(true);
    });
  }
  describe('controls', () => {
    itAnswersFirst(
      [
        ['is there parking at brixton police station', NO_FACILITIES('Brixton')],
        ['is walworth step free', NO_FACILITIES('Walworth')],
      ],
      { now: FRIDAY },
    );
  });
});
