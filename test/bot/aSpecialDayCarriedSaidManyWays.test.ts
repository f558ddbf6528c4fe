/**
 * A special day carried to the question after it, in the same message or the next ("is lewisham open on christmas and
 * what time does it close", "is brixton open on boxing day and when does it shut", "is lewisham open on christmas", then
 * "what time does it close"): still that day, whose hours the data does not hold, so the answer does not contradict
 * itself (before: "I don't have special-day hours for Christmas Day" then "Lewisham is open 24 hours on Friday 25
 * December"). Controls: an ordinary day carried keeps its hours; a special day asked alone unchanged; danger leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { Conversation, itAnswersLast } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NO_SPECIAL_HOURS = (day: string, counter: string) => new RegExp(`^I don't have special-day hours for ${day} \\([^)]*\\), so I can't say whether \\*\\*${counter} Police Station\\*\\* opens as usual then\\.`);
/** Said as open on the special day's date as if it were an ordinary day: the contradiction. */
const AS_AN_ORDINARY_DAY = /is open (?:24 hours )?on (?:Friday 25|Saturday 26) December|is open on (?:Friday 1 January)/;

describe('a special day carried to the next question, said many ways', function () {
  this.timeout(60_000);
  const cases: [string[], RegExp][] = [
    [['is lewisham open on christmas and what time does it close'], NO_SPECIAL_HOURS('Christmas Day', 'Lewisham')],
    [['is brixton open on boxing day and when does it shut'], NO_SPECIAL_HOURS('Boxing Day', 'Brixton')],
    [['is brixton open on 25 december and what time does it open'], NO_SPECIAL_HOURS('Christmas Day', 'Brixton')],
    [['is lewisham open on christmas', 'what time does it close'], NO_SPECIAL_HOURS('Christmas Day', 'Lewisham')],
    [['is walworth open on new years day', 'when does it open'], NO_SPECIAL_HOURS("New Year's Day", 'Walworth')],
    [['ilford open xmas day?', 'wat time does it shut'], NO_SPECIAL_HOURS('Christmas Day', 'Ilford')],
  ];
  itAnswersLast(cases, FRIDAY);
  for (const [said] of cases) {
    it(`never says it is open that day as usual: ${said.join(' / ')}`, async () => {
      const c = new Conversation('webchat', FRIDAY);
      let last = '';
      for (const s of said) last = await c.ask(s);
      expect(last).not.to.match(AS_AN_ORDINARY_DAY);
    });
  }

  describe('controls', () => {
    itAnswersLast(
      [
        [['is brixton open on saturday', 'what time does it close'], /^\*\*Brixton Police Station\*\* closes at 19:00 tomorrow, Saturday 5 December \(open 09:00–19:00\)\./],
        [['is brixton open on christmas day'], NO_SPECIAL_HOURS('Christmas Day', 'Brixton')],
        [['is brixton open on christmas day', 'what about saturday'], /^Yes, \*\*Brixton Police Station\*\* is open tomorrow, Saturday 5 December/],
      ],
      FRIDAY,
    );
    it999FirstAsControls(['is lewisham open on christmas and what time does it close, someone is attacking my neighbour now'], FRIDAY);
  });
});
