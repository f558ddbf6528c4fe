/**
 * Whatever is open now, asked with nothing named and nowhere given ("whats still open", "anything open at this hour",
 * "what's open at this time of night", "any open rn"): London's counters open now lead, as "which ones are open right
 * now" is answered, and the reply offers the nearest. Controls: "near me" (where the resident is asked), after the
 * resident said where they are (the nearest), "anywhere" (somewhere to go: where they are is asked), a part of London, another time named (that time's list or the nearest then), a counter
 * named, "it" with nothing to refer to, and danger.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf, itAnswersFirst, itAnswersLast, suggestions } from './harness';

const LATE_FRIDAY = DateTime.fromISO('2026-12-04T23:30', { zone: 'Europe/London' });
const OPEN_NOW = /^27 police front counters are open in London now: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day/;
const OPEN_LATE = /^Two police front counters are open in London now: \*\*Charing Cross\*\* and \*\*Lewisham\*\* open 24 hours a day\./;

const CASES: [string, RegExp][] = [
  ['whats still open', OPEN_NOW],
  ['anything open at this hour', OPEN_NOW],
  ["what's open at this time of night", OPEN_NOW],
  ['is anything open rn', OPEN_NOW],
  ['any open now?', OPEN_NOW],
  ['anything still open atm', OPEN_NOW],
  ['is there anything at all open right now', OPEN_NOW],
  ['whats open now', OPEN_NOW],
  // Controls.
  ['anywhere open near me', /^To find the nearest front counter open now, I need to know where you are\./],
  // Somewhere to go ("anywhere") stays the nearest: where the resident is is asked.
  ['anywhere open atm', /^To find the nearest front counter open now, I need to know where you are\./],
  ["what's open now in south london", /^\w+ police front counters are open in South London now/],
  ['is walworth open', /^Yes, \*\*Walworth Police Station\*\* is open now/],
  ['is it still open', /^Which police station do you want to know about\?/],
  ['is anywhere open at 3am', /^Two police front counters are open in London at 3am tomorrow/],
  ['anything open now? someone is kicking my door in', /^\*\*Call 999 now/],
];

describe('what is open now, with nowhere said: London\'s counters open now', function () {
  this.timeout(30_000);
  itAnswersFirst(CASES, { understood: true });
  itAnswersLast([
    // The resident said where they are: the nearest, as before.
    [['im in croydon', 'anything open now'], /Croydon Police Station\*\* is open now/],
    // Where they are, said after the list: the nearest to it.
    [['anything open at this hour', 'im in SE15'], /^The nearest front counter to SE15 is \*\*Walworth Police Station\*\*/],
  ]);

  it('late at night, only the 24-hour counters, and the nearest offered', async () => {
    const replies = await new Conversation('webchat', LATE_FRIDAY).say('anything open at this hour');
    expect(firstLineOf(replies[0].text ?? '')).to.match(OPEN_LATE);
    expect(replies.flatMap(suggestions)).to.include('Nearest desk open now');
  });
});
