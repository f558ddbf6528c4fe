/**
 * Whether a crime can be reported at a counter named: "can i report a stolen bike at walworth". The first sentence
 * says yes (for an open counter) and whether it is open now; its hours and 101/online follow. A counter that closed
 * keeps its closed answer, a bare name its hours, and a theft going on still leads with 999.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First } from './call999First';
import { Conversation } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const ASKED: [string, RegExp][] = [
  ['can i report a stolen bike at walworth', /^Yes, you can report it at Walworth's front counter \(\*\*Walworth Police Station\*\*\): it is open now, until 22:00\./],
  ['can i report a crime at brixton', /^Yes, you can report it at Brixton's front counter/],
  ['can i report a burglary at walworth', /^Yes, you can report it at Walworth's front counter/],
  ['can i report my stolen phone at charing cross', /^Yes, you can report it at Charing Cross's front counter .*open now, 24 hours a day\./],
  ['i was assaulted last year, can i still report it at walworth', /^Yes, you can report it at Walworth's front counter/],
  ['can I report a missing person at lewisham', /^Yes, you can report it at Lewisham's front counter/],
  ['i was attacked three weeks ago, can i go to ilford about it', /^Yes, you can report it at Ilford's front counter/],
];

const CONTROLS: [string, RegExp][] = [
  ['can you report crimes at Holborn police station', /^The front counter at \*\*Holborn Police Station\*\* closed in January 2018\./],
  ['walworth', /^The front counter at \*\*Walworth Police Station\*\* is open: Mon–Fri 10:00–22:00/],
  ['is the counter at lewisham staffed by real officers?', /^I don't have information about waiting times, access, parking or other facilities/],
  ['can i report a stolen bike at walworth tomorrow', /^Yes, \*\*Walworth Police Station\*\* is open tomorrow, Saturday 5 December, 09:00–19:00\./],
];

describe('reporting at a counter named: yes first, then whether it is open', function () {
  this.timeout(30_000);
  for (const [say, answer] of [...ASKED, ...CONTROLS]) {
    it(say, async () => {
      const [reply] = await new Conversation('webchat', FRIDAY_AFTERNOON).say(say);
      expect(reply.text, say).to.match(answer);
    });
  }
  it('someone is stealing my bike outside walworth station right now: 999 first', async () => {
    const say = 'someone is stealing my bike outside walworth station right now';
    expectCall999First(await new Conversation('webchat', FRIDAY_AFTERNOON).say(say), say);
  });
});

describe('a report already made, and only where a counter is asked: no "Yes, you can report it"', () => {
  for (const [say, answer] of [
    ['A car was broken into on our street last month and my neighbour already reported it; I only want to know where Plumstead police station is', /Plumstead High Street/],
    ['i already reported my stolen bike online, what time does walworth shut', /Walworth/],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation('webchat', FRIDAY_AFTERNOON).askText(say);
      expect(text, say).to.match(answer);
      expect(text.split('\n')[0], say).to.not.match(/you can report it/);
    });
  }
});
