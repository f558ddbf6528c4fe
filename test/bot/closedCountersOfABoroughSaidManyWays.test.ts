/**
 * A borough's closures asked as counters that are closed: "closed counters in southwark?", "closed stations in hackney",
 * "southwark closed police stations", "former police stations in hackney". The counters that closed there since July
 * 2017, dated (was: the borough's open counters). Controls: closed near the resident still asks where, and "which
 * counters in southwark have closed" keeps its answer. Through the bot.
 */
import { itAnswersFirst } from './harness';

const SOUTHWARK = /^Since July 2017, two front counters closed in \*\*Southwark\*\*: Peckham \(14 December 2017\) and Southwark \(14 December 2017\)\./;
const HACKNEY = /^Since July 2017, one front counter closed in \*\*Hackney\*\*: Shoreditch/;

describe('closed counters of a borough, said many ways', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['closed counters in southwark?', SOUTHWARK],
      ['southwark closed police stations', SOUTHWARK],
      ['any closed front counters in southwark', SOUTHWARK],
      ['closed stations in hackney', HACKNEY],
      ['former police stations in hackney', HACKNEY],
    ],
    { understood: true },
  );

  describe('controls', () => {
    itAnswersFirst(
      [
        ['which counters in southwark have closed', SOUTHWARK],
        ['are there closed counters near me', /^To find the nearest front counter, I need to know where you are\./],
        ['what counters are in southwark', /^Southwark has one police front counter: \*\*Walworth Police Station\*\*/],
      ],
      { understood: true },
    );
  });
});
