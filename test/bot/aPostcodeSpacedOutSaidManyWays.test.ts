/**
 * A London postcode sent alone with a space typed inside its district ("e 17", "se 15 4", "n 1 7pb"), as a phone's
 * keyboard may, often as the answer to "where are you?": that district, sector or postcode, not "Sorry, I didn't
 * understand that". Controls: the postcode typed right, letters no London postcode begins with, and a message with more
 * words than a postcode. Through the bot.
 */
import { DateTime } from 'luxon';
import { itAnswersLast } from './harness';

const NOW = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('a postcode with a space inside its district, said many ways', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest police station', 'e 17'], /^The nearest front counter to E17 is \*\*Tottenham Police Station\*\*/],
      [['nearest police station', 'n 1'], /^The nearest front counter to N1 is \*\*Islington Police Station\*\*/],
      [['closest police station to me?', 'se 15 4'], /^The nearest front counter to SE15 4 is \*\*/],
      [['nearest police station', 'n 1 7pb'], /^The nearest front counter to N1 7PB is \*\*Islington Police Station\*\*/],
      [['nearest police station', 'W 1'], /^The nearest front counter to W1 is \*\*Charing Cross Police Station\*\*/],
      [['where is my nearest front counter', 'SE 1 7PB'], /^The nearest front counter to SE1 7PB is \*\*Walworth Police Station\*\*/],
      [['nearest 24 hour police station', 'sw 2'], /^The nearest 24-hour front counter to SW2 is \*\*/],
    ],
    NOW,
  );
});

describe('controls: typed right, other letters, more words', function () {
  this.timeout(60_000);
  itAnswersLast(
    [
      [['nearest police station', 'e17'], /^The nearest front counter to E17 is \*\*Tottenham Police Station\*\*/],
      [['nearest police station', 'se1 7pb'], /^The nearest front counter to SE1 7PB is \*\*Walworth Police Station\*\*/],
      [['is a 1 open'], /^(?!The nearest front counter to A1)/],
      [['nearest police station', 'b 12'], /^(?!The nearest front counter to B12)/],
    ],
    NOW,
  );
});
