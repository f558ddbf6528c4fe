/**
 * An opening or closing time asked inside another question, without "does" ("can you tell me when brixton opens", "do
 * you know when ilford closes", "let me know when sutton opens"): the counter's opening or closing times, where it
 * asked what the resident wanted to know about the counter.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

describe('a time asked inside another question', function () {
  this.timeout(60_000);
  for (const [say, first] of [
    ['can you tell me when brixton opens', /^\*\*Brixton Police Station\*\* opens at 10:00 Monday to Friday, and at 09:00 on Saturday and Sunday\./],
    ['mate can u tell me when brixton opens', /^\*\*Brixton Police Station\*\* opens at 10:00/],
    ['wondering when lewisham opens', /^\*\*Lewisham Police Station\*\* is open 24 hours a day/],
    ['do you know when ilford closes', /^\*\*Ilford Police Station\*\* is open until 22:00 Monday to Friday, and until 19:00 on Saturday and Sunday\./],
    ['any idea when croydon shuts', /^\*\*Croydon Police Station\*\* is open until 22:00/],
    ['let me know when sutton opens', /^\*\*Sutton Police Station\*\* opens at 10:00/],
  ] as const) {
    it(say, async () => expect(firstLineOf(await new Conversation().askText(say))).to.match(first));
  }
});
