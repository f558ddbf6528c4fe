/**
 * A crime told as the story before a question ("I was mugged two years ago and they never caught him, I just want to
 * know if Walworth is still a working front counter"): the question asked, not how to report a crime, which the
 * resident did not ask. A half that asks about reporting ("how do i report it") stays a question of its own; whether a
 * counter is "still a working front counter", "still a functioning police station", is its status.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

describe('a crime told before a question is the story, not a question', function () {
  this.timeout(60_000);
  for (const [say, first] of [
    ['I was mugged two years ago and they never caught him, I just want to know if Walworth is still a working front counter', /^(?:Yes, the|The) front counter at \*\*Walworth Police Station\*\* is open/],
    ['my car was broken into last year and is brixton still open', /^Yes, the front counter at \*\*Brixton Police Station\*\* is open/],
    ['i got scammed and is ilford open today', /^Yes, \*\*Ilford Police Station\*\* is open today/],
    // A time told in the story is not the question's: the date the counter closed is asked.
    ['my flat was burgled in april, all dealt with now, out of interest when did wimbledon police counter close', /^The front counter at \*\*Wimbledon Police Station\*\* closed on 28 February 2026/],
    ['got my bike nicked in june but sorted now, when did kilburn police station shut', /^The front counter at \*\*Kilburn Police Station\*\* closed on 14 December 2017/],
    ['my van was broken into, what time does sutton open tomorrow', /^\*\*Sutton Police Station\*\* opens at (?:09|10):00 tomorrow, \w+ \d+ \w+ \(open (?:09|10):00–(?:19|22):00\)/],
    // Reporting "at a desk near" a place is going in person: the desks near it.
    ['my bike was nicked last month, i would like to report it at a desk near SE15', /^The nearest front counter to SE15 is \*\*/],
    // The resident's own day in court is not a challenge to a closure.
    ['my case went to court last month, i need my phone back from croydon, when do they open', /^\*\*Croydon Police Station\*\* (?:is open|opens)/],
    ['is walworth still a working front counter', /^Yes, the front counter at \*\*Walworth Police Station\*\* is open/],
    ['is ilford still a functioning police station', /^Yes, the front counter at \*\*Ilford Police Station\*\* is open/],
    ['is sutton still an active front desk', /^Yes, the front counter at \*\*Sutton Police Station\*\* is open/],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(first);
      expect(text, say).to.not.match(/To report a crime that is not an emergency/);
    });
  }

  it('"do I need to go to a front counter?" after a crime told: no, then 101 and online', async () => {
    for (const say of ['i have a crime reference already for my stolen bike, do i need to go to a police station', 'my phone got nicked, do i have to report it in person', 'my car was broken into, should i go to a police station']) {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text), say).to.match(/^No, you don't have to go to a front counter \(you can if you want to\): if it is not an emergency you can call 101, or report online at met\.police\.uk\./);
    }
    expect(firstLineOf(await new Conversation().askText('can i report a crime at the front desk'))).to.match(/^Yes, you can report a crime in person/);
  });

  it('a half that asks how to report stays a question of its own', async () => {
    const text = await new Conversation().askText('my bike was stolen, how do i report it and is brixton open now');
    expect(text).to.match(/call 101, or report online at met\.police\.uk/);
    expect(text).to.match(/Brixton Police Station/);
  });
});
