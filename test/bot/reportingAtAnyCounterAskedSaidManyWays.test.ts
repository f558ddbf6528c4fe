/**
 * "Can I report a crime at any police station?": yes, in person at a front counter, or by 101 or online; not a request
 * for the nearest counter. With a place given ("... near SE15") it is the nearest from there.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });

describe('reporting at any counter asked, said many ways', () => {
  for (const say of ['can i report a crime at any police station', 'can you report stuff at any front counter', 'is it possible to report a theft at every station', 'can i report a burglary at any police counter']) {
    it(say, async () => expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText(say))).to.match(/^Yes, you can report a crime in person at a police front counter/).and.to.match(/101/));
  }
  it('with a place given: the nearest from there', async () => expect(firstLineOf(await new Conversation('webchat', FRIDAY).askText('can i report at any police station near SE15'))).to.match(/^The nearest front counter to SE15/));
});
