/**
 * A theft or break-in that is over, asked where to report it: "walworth or brixton to report my phone being nicked",
 * "car broken into overnight, can i report it at croydon". The thing named as what is reported ("my phone being
 * nicked", "my car getting broken into": no "is" before "being") and "overnight" as when it happened are not danger
 * now and not a question of night opening: the counters are answered, with no 999 line first. A theft going on, just
 * done with the thief near, or "my phone is being stolen" keep "Call 999 now".
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { expectCall999First, firstLine } from './call999First';
import { Conversation } from './harness';

/** Friday 4 December 2026, 14:00 in London: every counter named is open. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

const OVER: [string, RegExp][] = [
  ['walworth or brixton to report my phone being nicked', /^Both are open now\./],
  ['where do i report my bike getting nicked, walworth or brixton', /^Both are open now\./],
  ['lewisham or brixton, which should i go to to report my bag being snatched', /^\**Lewisham\** is open longer/],
  ['how do i report my phone being stolen', /^To report a crime that is not an emergency: call 101/],
  ['can i report my car being broken into at croydon', /Croydon Police Station\*\* is open/],
  ['want to report my van getting broken into, is ilford open', /^Yes, \*\*Ilford Police Station\*\* is open now, until 22:00\.$/m],
  ['car broken into overnight, can i report it at croydon', /^Yes, you can report it at Croydon's front counter \(\*\*Croydon Police Station\*\*\): it is open now/],
  ['bike nicked off my drive overnight, is walworth open', /^Yes, \*\*Walworth Police Station\*\* is open now, until 22:00\.$/m],
  ['my car was broken into overnight, can i report it at lewisham', /^Yes, you can report it at Lewisham's front counter \(\*\*Lewisham Police Station\*\*\): it is open now, 24 hours a day\./],
];

describe('a theft or break-in that is over, asked where to report it: the counters, not 999', function () {
  this.timeout(30_000);
  for (const [say, answer] of OVER) {
    it(say, async () => {
      const [reply] = await new Conversation('webchat', FRIDAY_AFTERNOON).say(say);
      expect(firstLine(reply), say).to.not.match(/999/);
      expect(reply.text, say).to.match(answer);
    });
  }

  // Going on, just done with the thief near, or "is being": 999 first.
  for (const say of [
    'someone is nicking my bike right now',
    'theyre breaking into my car as we speak',
    'he just grabbed my phone and hes running off',
    'my phone is being stolen right now',
    'my car is being broken into',
    'im being robbed, where is the nearest station',
    'someone broke into my van overnight and theyre still inside',
  ]) {
    it(`${say}: "Call 999 now"`, async () => {
      expectCall999First(await new Conversation('webchat', FRIDAY_AFTERNOON).say(say), say);
    });
  }

  // "overnight" asked of a counter is still night opening.
  const NIGHT: [string, RegExp][] = [
    ['is lewisham open overnight', /^Yes, \*\*Lewisham Police Station\*\* is open 24 hours a day, every day\./],
    ['is brixton staffed overnight', /^No, \*\*Brixton Police Station\*\* is not open 24 hours/],
  ];
  for (const [say, answer] of NIGHT) {
    it(`${say}: night opening`, async () => {
      const [reply] = await new Conversation('webchat', FRIDAY_AFTERNOON).say(say);
      expect(reply.text, say).to.match(answer);
    });
  }
});
