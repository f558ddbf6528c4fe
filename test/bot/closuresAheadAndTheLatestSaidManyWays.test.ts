/**
 * Closures ahead and the latest, said loosely. The next to close, of London ("which ones are closing down next", "whos
 * next for the chop"): the closures ahead, as far as the sources show, not the closures gone by. Changes ahead at a
 * counter ("is anything changing at croydon", "any changes coming to ilford"): whether it is planned to close, not its
 * hours. The latest closure said short ("what closed last"): the last round, not every closure. Controls: closures of a
 * year, a counter's news and today's closing keep their answers.
 */
import { DateTime } from 'luxon';
import { itAnswersFirst } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const NONE_AHEAD = /^No more front counter closures are decided or proposed, as far as my sources show/;
const NOT_PLANNED = (name: string) => new RegExp(`^No, the front counter at \\*\\*${name} Police Station\\*\\* is not planned to close, as far as my sources show`);
const LAST_ROUND = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/;

describe('the next to close, of London: the closures ahead', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which ones are closing down next', NONE_AHEAD],
      ['whos next for the chop', NONE_AHEAD],
      ['which counter will close next', NONE_AHEAD],
      ['which station is next to close', NONE_AHEAD],
      ['what police station is gonna shut down next', NONE_AHEAD],
      ['next round of closures when?', NONE_AHEAD],
    ],
    { now: FRIDAY },
  );
});

describe('changes ahead at a counter: whether it is planned to close', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is anything changing at croydon', NOT_PLANNED('Croydon')],
      ['any changes coming to ilford', NOT_PLANNED('Ilford')],
      ['is anything going to change at romford police station', NOT_PLANNED('Romford')],
      ['are there any changes planned for bromley police station', NOT_PLANNED('Bromley')],
      ['is something going to change at kingston police station', NOT_PLANNED('Kingston')],
    ],
    { now: FRIDAY },
  );
});

describe('the latest closure said short: the last round', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['what closed last', LAST_ROUND],
      ['which closed most recently', LAST_ROUND],
      ['which station closed last', LAST_ROUND],
    ],
    { now: FRIDAY },
  );
});

describe('controls: closures of a year, a closing today', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['which counters closed in 2026', LAST_ROUND],
      ['what time does croydon close today', /Croydon Police Station\*\*[^\n]*22:00/],
    ],
    { now: FRIDAY },
  );
});
