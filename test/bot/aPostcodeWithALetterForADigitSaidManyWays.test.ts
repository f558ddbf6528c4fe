/**
 * A postcode typed on a phone with a letter O, I or l where the district's second digit goes ("n1O", "se1O 9hh",
 * "E1l"), first or as the answer to "where are you?": the London district so read, not "I couldn't find the postcode".
 * Controls: a district typed right, a letter a district may hold, and a venue that is no postcode. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a postcode with a letter typed for a digit, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest police station', 'n1O'], /^The nearest front counter to N10 is \*\*/],
      [['nearest police station', 'se1O 9hh'], /^The nearest front counter to SE10 9HH is \*\*/],
      [['whats the closest police station to me', 'sw1O 0aa'], /^The nearest front counter to SW10 0AA is \*\*/],
      [['nearest police station to se1o'], /^The nearest front counter to SE10 is \*\*/],
      [['nearest station to e1l'], /^The nearest front counter to E11 is \*\*/],
      [['nearest to W1O pls'], /^The nearest front counter to W10 is \*\*/],
      [['closest front desk to n1I'], /^The nearest front counter to N11 is \*\*/],
    ],
    NOW,
  );
});

describe('controls: a district typed right, a letter a district holds, a venue', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest station to n1'], /^The nearest front counter to N1 is \*\*Islington Police Station\*\*/],
      [['nearest station to n10'], /^The nearest front counter to N10 is \*\*/],
      [['nearest station to e1w'], /^The nearest front counter to E1W is \*\*/],
      [['nearest police station', 'se1 7pb'], /^The nearest front counter to SE1 7PB is \*\*Walworth Police Station\*\*/],
    ],
    NOW,
  );
});
