/**
 * How good the facts on a counter named are ("is the info on brixton accurate", "are the opening hours for lewisham
 * right", "is the address you have for sutton correct"): a question about the service, answered by when those facts
 * were last checked and the latest change the sources show, not the counter's status read from the place alone.
 * Whether the bot is the police, said with "official" or "real" ("are you the official met police"), is what the bot
 * is. Controls: the counter's state, hours and address asked plainly keep their answers.
 */
import { DateTime } from 'luxon';
import { describe } from 'mocha';
import { itAnswersFirst } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const checked = (station: string): RegExp => new RegExp(`^What I have on \\*\\*${station} Police Station\\*\\* was last checked on \\d+ \\w+ 2026; the latest change my sources show for its counter is dated`);

describe("how good a counter's facts are, said many ways", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is the info on brixton accurate', checked('Brixton')],
      ['is the croydon info correct', checked('Croydon')],
      ['are the opening hours for lewisham right', checked('Lewisham')],
      ['can i rely on the brixton opening times', checked('Brixton')],
      ['is the address you have for sutton correct', checked('Sutton')],
      ['how trustworthy is the info on croydon', checked('Croydon')],
      ['are your details for ilford still accurate', checked('Ilford')],
      ['is your information about walworth up to date', checked('Walworth')],
    ],
    { now: FRIDAY_AFTERNOON, understood: true },
  );
});

describe('whether the bot is the police, said with "official" or "real"', function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['are you the official met police', /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
      ['r u the real metropolitan police', /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
      ['are you the actual police', /^No: I'm StationDesk, an open-source chatbot, not a Metropolitan Police service/],
    ],
    { now: FRIDAY_AFTERNOON, understood: true },
  );
});

describe("controls: a counter's state, hours and address asked plainly", function () {
  this.timeout(60_000);
  itAnswersFirst(
    [
      ['is brixton open', /^Yes, \*\*Brixton Police Station\*\* is open now/],
      ['is brixton still open', /^Yes, the front counter at \*\*Brixton Police Station\*\* is open/],
      ['are the hours for brixton 24/7', /^\*\*Brixton Police Station\*\* is open Mon–Fri 10:00–22:00/],
      ['what is the address for sutton police station', /^\*\*Sutton Police Station\*\*: 6 Carshalton Road/],
      ['is the right station for lost property brixton', /Brixton Police Station/],
    ],
    { now: FRIDAY_AFTERNOON },
  );
});
