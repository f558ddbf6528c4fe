/**
 * The nearest desk to a district, then "it" asked of in the same message: "nearest to N1 and what time does it close",
 * "whats the nearest station to SE15 and is it open on sunday", "closest police station to E17 and whats the address".
 * The second half is about the desk the first half found, so its answer follows straight after (was: a second
 * "nearest open front counter to N1 is ..." line repeating the first, the answer itself further down). Controls: a
 * counter asked from is its own nearest, and a second half naming its own counter keeps it. Through the bot.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const cases: [string, RegExp][] = [
  ['nearest to N1 and what time does it close', /^The nearest front counter to N1 is \*\*Islington Police Station\*\*.*\n\*\*Islington Police Station\*\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\./],
  ['whats the nearest station to SE15 and is it open on sunday', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*.*\nYes, \*\*Walworth Police Station\*\* is open on Sunday \d+ \w+, 09:00–19:00\./],
  ['closest police station to E17 and whats the address', /^The nearest front counter to E17 is \*\*Tottenham Police Station\*\*.*\n\*\*Tottenham Police Station\*\*: 398 High Road, Tottenham N17 9JA\./],
  ['nearest 24 hour station to IG8 and what time does it close', /^The nearest 24-hour front counter to IG8 is \*\*Charing Cross Police Station\*\*.*\n\*\*Charing Cross Police Station\*\* is open 24 hours a day, every day\./],
  ['nearest to brixton and what time does it close', /^The nearest front counter to Brixton is \*\*Brixton Police Station\*\*.*\n\*\*Brixton Police Station\*\* is open until 22:00 Monday to Friday/],
  ['nearest police station to SE15 and what time does brixton close', /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*.*\n\*\*Brixton Police Station\*\* is open until 22:00/],
];

describe('the nearest, then its hours, in one message, said many ways', function () {
  this.timeout(60_000);
  for (const [say, reply] of cases) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(text).to.match(reply);
      expect(text).to.not.match(/The nearest open front counter to/);
    });
  }
});
