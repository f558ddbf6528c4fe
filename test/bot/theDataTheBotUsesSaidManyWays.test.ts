/**
 * The data or information the bot uses asked ("what data do you use", "what info do you use", "what information does
 * the bot rely on", "what facts do you go by"): where its facts come from, its publishers, first (was: can't help). A
 * correction offered ("can i suggest a correction", "how do i send you a correction"): the bot takes no feedback, and
 * where to check (was: can't help). Controls: what the bot can do ("what info do you have") keeps its answer; who made
 * the bot stays who runs it; danger leads with 999. Through the bot.
 */
import { DateTime } from 'luxon';
import { it999FirstAsControls } from './call999First';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const PUBLISHERS = /^My facts come from \d+ publishers: official ones such as/;
const NO_FEEDBACK = /^I can't take feedback or pass it on\./;

describe('the data the bot uses, and a correction offered, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what data do you use', PUBLISHERS],
      ['what info do you use', PUBLISHERS],
      ['what information does the bot rely on?', PUBLISHERS],
      ['what facts do u go by', PUBLISHERS],
      ['what data sources do you use', PUBLISHERS],
      ['can i suggest a correction', NO_FEEDBACK],
      ['how do i send you a correction', NO_FEEDBACK],
      ['i want to submit a fix', NO_FEEDBACK],
    ],
    { understood: true, now: FRIDAY },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['what info do you have', /^I answer questions about police front counters in London/],
        ['who made this bot', /^I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
        ['who do i tell if your info is wrong', NO_FEEDBACK],
      ],
      { now: FRIDAY },
    );
    it999FirstAsControls(['what data do you use? my neighbour is being attacked right now'], FRIDAY);
  });
});
