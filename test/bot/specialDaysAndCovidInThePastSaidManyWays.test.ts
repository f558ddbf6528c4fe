/**
 * A counter's past asked of a special day or of covid's edges, said many ways through the real bot (as of
 * Thursday 26 November 2026). A special day said with a past year, "last", "last year" or in the past tense
 * ("was it open on christmas day") is the past one, not the next; the data has no special-day hours, so the
 * first sentence says so and gives the usual hours of that weekday then. "Before covid" is the day before
 * England's first lockdown (it was read as during covid); "after covid", from the day the last restrictions
 * lifted to today. Controls: a special day asked in the present is still the next one.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const NO_SPECIAL_HOURS = (day: string, date: string, station: string, weekday: string, state: string) =>
  new RegExp(`^I don't have special-day hours for ${day} \\(${date}\\), so I can't say whether \\*\\*${station} Police Station\\*\\* opened as usual then: on a usual ${weekday} then it was ${state}\\.`);
const ALL_DAY = 'open 24 hours a day';
const SINCE_MARCH = 'open \\(Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\\)';
const BEFORE_COVID = (verdict: string, station: string) =>
  new RegExp(`^${verdict}On 22 March 2020, the day before England's first covid lockdown, the front counter at \\*\\*${station}[^*]*\\*\\* was`);

describe('special days and covid in the past, said many ways', () => {
  describe('a past special day: no special-day hours, the usual ones then', () => {
    itAnswersFirst([
      ['was ilford open last christmas', NO_SPECIAL_HOURS('Christmas Day', '25 December 2025', 'Ilford', 'Thursday', ALL_DAY)],
      ['ilford last xmas was it open?', NO_SPECIAL_HOURS('Christmas Day', '25 December 2025', 'Ilford', 'Thursday', ALL_DAY)],
      ['was brixton open on christmas day last year', NO_SPECIAL_HOURS('Christmas Day', '25 December 2025', 'Brixton', 'Thursday', ALL_DAY)],
      ['was ilford open on christmas day 2024', NO_SPECIAL_HOURS('Christmas Day', '25 December 2024', 'Ilford', 'Wednesday', ALL_DAY)],
      ['was croydon open xmas 2023', NO_SPECIAL_HOURS('Christmas Day', '25 December 2023', 'Croydon', 'Monday', ALL_DAY)],
      ['did hounslow open on christmas day', NO_SPECIAL_HOURS('Christmas Day', '25 December 2025', 'Hounslow', 'Thursday', ALL_DAY)],
      ['was brixton open on boxing day 2025', NO_SPECIAL_HOURS('Boxing Day', '26 December 2025', 'Brixton', 'Friday', ALL_DAY)],
      ['was lewisham open on new years day', NO_SPECIAL_HOURS("New Year's Day", '1 January 2026', 'Lewisham', 'Thursday', ALL_DAY)],
      ['were walworth open easter monday this year', NO_SPECIAL_HOURS('Easter Monday', '6 April 2026', 'Walworth', 'Monday', SINCE_MARCH)],
      ['was sutton open on the summer bank holiday', NO_SPECIAL_HOURS('the summer bank holiday', '31 August 2026', 'Sutton', 'Monday', SINCE_MARCH)],
    ]);
    it('a counter closed by then is simply closed', async () => {
      const text = await new Conversation().askText('was barnet police station open last christmas');
      expect(firstLineOf(text)).to.match(/^No\. On 25 December 2025, the front counter at \*\*Barnet Police Station\*\* was closed: it had closed on 14 December 2017/);
    });
  });

  describe('controls: a special day asked in the present is the next one', () => {
    itAnswersFirst([
      ['is ilford open on christmas day', /^I don't have special-day hours for Christmas Day \(25 December 2026\), so I can't say whether \*\*Ilford Police Station\*\* opens as usual then\./],
      ['i was wondering if brixton is open on boxing day', /^I don't have special-day hours for Boxing Day \(26 December 2026\)/],
      ['will lewisham be open new years day', /^I don't have special-day hours for New Year's Day \(1 January 2027\)/],
    ]);
  });

  describe('before and after covid', () => {
    itAnswersFirst([
      ['was brixton open before covid', BEFORE_COVID('Yes\\. ', 'Brixton Police Station')],
      ['what were brixton hours before covid', BEFORE_COVID('', 'Brixton Police Station')],
      ['was ilford 24 hours pre covid', BEFORE_COVID('', 'Ilford Police Station')],
      ['was hammersmith open before the pandemic', BEFORE_COVID('No\\. ', 'Hammersmith Police Station')],
      ['was harrow police station open before covid', BEFORE_COVID('Yes\\. ', 'Harrow Police Station')],
      ['was kensington open after covid', /^Partly\. After covid \(taken as 20 July 2021, the day after the last legal restrictions lifted, to today\), the front counter at \*\*Kensington Police Station\*\* was open 24 hours a day until 27 February 2026 and closed from 28 February 2026\./],
      ['which stations were open before covid', /^As of 22 March 2020, the day before England's first covid lockdown, 37 front counters were open in London:/],
      ['how many 24 hour counters were there pre covid', /^As of 22 March 2020, the day before England's first covid lockdown, 30 front counters were open 24 hours a day:/],
      // Control: during covid keeps its whole period.
      ['was harrow open during lockdown', /^Yes\. During lockdown \(23 March 2020 \(England's first lockdown\) to 19 July 2021/],
    ]);
  });
});
