/**
 * Property test (fast-check) through the real bot: any message built from
 * someone × an act of harm × a person × a place × now, or someone × a body in
 * crisis (dangerMessages.ts), gets "Call 999 now" as the first line of the
 * first reply and its speech (with an ambulance asked for a body in crisis),
 * never the out-of-scope reply.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { dangerMessage, medicalMessage } from '../understanding/dangerMessages';
import { expectCall999First, firstLine } from './call999First';
import { Conversation } from './harness';

describe('the bot leads with 999 for any message about danger (fast-check)', function () {
  this.timeout(120_000);

  it('someone × an act of harm × a person × a place × now, in four shapes', async () => {
    await fc.assert(
      fc.asyncProperty(dangerMessage, async (say) => {
        expectCall999First(await new Conversation().say(say), say);
      }),
      { numRuns: 60 },
    );
  });

  it('someone × a body in crisis × a place × now: 999 first, and an ambulance asked for', async () => {
    await fc.assert(
      fc.asyncProperty(medicalMessage, async (say) => {
        const replies = await new Conversation().say(say);
        expectCall999First(replies, say);
        expect(firstLine(replies[0]), say).to.match(/ambulance/);
      }),
      { numRuns: 40 },
    );
  });

});
