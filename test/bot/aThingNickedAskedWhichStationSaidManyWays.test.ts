/**
 * A thing "nicked" (stolen) and a station asked for: "had my bike nicked yesterday which station do i go to". Said of a
 * thing, "nicked" is a theft to report, not an arrest: the nearest counter (or where the resident is) is asked for or
 * answered, never the custody reply. Someone nicked (arrested) and asked after keeps the custody reply.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation } from './harness';

/** Friday 4 December 2026, 14:00 in London. */
const FRIDAY_AFTERNOON = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const CUSTODY = /I can't check whether someone has been arrested/;

const THEFTS: [string, RegExp][] = [
  ['had my bike nicked yesterday which station do i go to', /^To find the nearest front counter, I need to know where you are\./],
  ['car got nicked overnight which police station do i go to', /^To find the nearest front counter, I need to know where you are\./],
  ['my phone was nicked on the bus, which station should i go to near SE17 1RT', /^The nearest front counter to SE17 1RT is \*\*Walworth Police Station\*\*/],
  ['got my car nicked last week what station do i report it at', /^To report a crime that is not an emergency: call 101/],
  ['my wallet got nicked at the weekend, what station is nearest to SE17 1RT', /Walworth Police Station/],
  ['someone had my laptop nicked from the office which station do i go to', /^To find the nearest front counter/],
];

// Someone arrested and asked after: custody.
const ARRESTS = [
  'which station is my husband being held at',
  'my son got nicked last night which station is he at',
  'my brother was nicked by the police, which station has he been taken to',
  'my boyfriend has been arrested, what station is he in',
];

/** The first reply to one message said on its own. */
async function replyTo(say: string): Promise<string> {
  const [reply] = await new Conversation('webchat', FRIDAY_AFTERNOON).say(say);
  return reply.text ?? '';
}

describe('a thing nicked, asked which station: where to report, not custody', function () {
  this.timeout(30_000);
  for (const [say, answer] of THEFTS) {
    it(say, async () => {
      const text = await replyTo(say);
      expect(text, say).to.match(answer);
      expect(text, say).to.not.match(CUSTODY);
    });
  }
  for (const say of ARRESTS) it(`${say}: custody`, async () => expect(await replyTo(say), say).to.match(CUSTODY));
});
