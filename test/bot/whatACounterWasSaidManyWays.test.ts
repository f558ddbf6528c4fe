/**
 * What a counter was, asked as a what or how ("what did stratford used to be", "what did ilford use to be like"), many ways,
 * through the real bot: what it was before its last change, said without a "Yes." that answers no yes-or-no question. The
 * yes or no of "was brixton open in 2019?" stays.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { Conversation, firstLineOf } from './harness';

const FRIDAY = DateTime.fromISO('2026-12-04T14:00', { zone: 'Europe/London' });
const ask = async (say: string) => firstLineOf(await new Conversation('webchat', FRIDAY).askText(say));

describe('what a counter was, said many ways', () => {
  for (const [say, name] of [
    ['what did stratford used to be', 'Stratford'],
    ['what did ilford use to be like', 'Ilford'],
    ['So what was Ilford police station before its hours changed?', 'Ilford'],
  ] as const) {
    it(say, async () => {
      const first = await ask(say);
      expect(first).to.not.match(/^(?:Yes|No)\b/);
      expect(first).to.match(new RegExp(`^On 2 March 2026, the day before its hours changed \\(on 3 March 2026\\), the front counter at \\*\\*${name} Police Station\\*\\* was open 24 hours a day\\.`));
    });
  }

  it('"how was stratford before": its history, not its hours today', async () => {
    expect(await ask('how was stratford before')).to.match(/^The front counter at \*\*Stratford Police Station\*\* was closed for a while: it closed on /);
  });

  it('control: a yes or no asked keeps it ("was brixton open in 2019")', async () => {
    expect(await ask('was brixton open in 2019')).to.match(/^Yes\. In 2019, the front counter at \*\*Brixton Police Station\*\* was open/);
  });
});
