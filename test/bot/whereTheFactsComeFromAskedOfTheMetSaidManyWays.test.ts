/**
 * Whether the bot's facts come from the Met or the police ("is the info from the met", "is this info from the police",
 * "is the data from the met police", "are the hours from the met"): its publishers first, the Met among the official
 * ones (was: when the data was last checked). Controls: a year asked ("is this info from 2024") and "is this up to date"
 * stay how fresh it is; "are you the police" stays what the bot is. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const PUBLISHERS = /^My facts come from \d+ publishers: official ones such as Metropolitan Police/;

describe('where the facts come from, asked of the Met, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is the info from the met', PUBLISHERS],
      ['is this info from the police', PUBLISHERS],
      ['is the data from the met police', PUBLISHERS],
      ['are the hours from the met', PUBLISHERS],
      ['is your information from official sources', PUBLISHERS],
      ['are these opening times straight from the police', PUBLISHERS],
    ],
    { understood: true, now: FRIDAY },
  );
  describe('controls', () => {
    itAnswersFirst(
      [
        ['is this info from 2024', /^My information was last checked on 4 December 2026/],
        ['is this up to date', /^My information was last checked on 4 December 2026/],
        ['are you the police', /^No/],
      ],
      { now: FRIDAY },
    );
  });
});
