/**
 * A borough's counter asked open at a day or a time ("is there a desk in croydon open sunday", "any counters in southwark
 * open at 11pm tonight"): the first sentence says yes or no for then, with the counter and its hours that day, not the
 * borough's list with its week. A place named near ("front counters near uxbridge open at 9pm") is the nearest open then.
 * Controls: the borough's counters asked without a day or time keep their list; a past year keeps its history answer.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expect999First } from './call999First';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe("a borough's counter asked open then, said many ways", () => {
  for (const [say, first] of [
    ['is there a desk in croydon open sunday', /^Yes, \*\*Croydon Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
    ['is there a police station in hackney open sunday', /^Yes, \*\*Stoke Newington Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
    ['is there one in ealing open sunday', /^Yes, \*\*Acton Police Station\*\* is open on Sunday 6 December/],
    ['is there a police station in tower hamlets open saturday', /^Yes, \*\*Bethnal Green Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
    ['are there any police stations in the borough of sutton open on saturday', /^Yes, \*\*Sutton Police Station\*\* is open tomorrow, Saturday 5 December/],
    ['which counters in bromley open sundays', /\*\*Bromley Police Station\*\* is open on Sunday 6 December, 09:00–19:00\./],
    ['any counters in southwark open at 11pm tonight', /^No, at 23:00 today .*\*\*Walworth Police Station\*\* is closed/],
    ['is there a desk in westminster open sunday', /^Yes, \*\*Charing Cross Police Station\*\* is open 24 hours on Sunday 6 December\./],
    ['front counters near uxbridge open at 9pm', /^The nearest front counter open at 21:00 tonight to Uxbridge is \*\*Hayes Police Station \(Hayes End\)\*\*/],
    ['is there a police desk near Kingston open sat', /^The nearest front counter open tomorrow \(Saturday 5 December\) to Kingston is \*\*Kingston Police Station\*\*/],
  ] as const) {
    it(say, async () => expect(await ask(say)).to.match(first));
  }

  for (const [say, first] of [
    ['which counters are in kingston', /^Kingston upon Thames has one police front counter: \*\*Kingston Police Station\*\*, open Mon–Fri/],
    ['is there a police station in croydon', /^Yes, Croydon has one police front counter: \*\*Croydon Police Station\*\*/],
    ['what police stations are in croydon', /^Croydon has one police front counter/],
    ['was there a police station in ealing open on sundays in 2015', /^I don't know whether the front counter at \*\*Ealing Police Station\*\* was open then/],
  ] as const) {
    it(`control: ${say}`, async () => expect(await ask(say)).to.match(first));
  }

  it('danger told with it still leads with 999', async () => {
    const say = 'is there a desk in croydon open sunday, someone is kicking my door in right now';
    expect999First(await new Conversation('webchat', FRIDAY).say(say), say);
  });
});
