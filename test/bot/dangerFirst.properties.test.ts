/**
 * Property test (fast-check) through the real bot: any message built from
 * someone × an act of harm × a person × a place × now (dangerMessages.ts)
 * gets "Call 999 now" as the first line of the first reply and its speech,
 * never the out-of-scope reply.
 */
import fc from 'fast-check';
import { dangerMessage } from '../understanding/dangerMessages';
import { expectCall999First } from './call999First';
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

});
