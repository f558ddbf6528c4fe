/**
 * A counter's past asked of a period in which one source contradicts the others, said many ways through
 * the real bot. Woodford's counter closed in 2013 (Ilford Recorder), but a June 2017 article gave it
 * Mon-Fri 09:00-17:00 hours; SOURCES.md marks that row a conflict. Asked of June 2017 the claim was said,
 * but asked of all 2017 (whose spell is read from 1 January) it was not. The answer now says, on the line
 * right after its first sentence, what the contradicted source claims and that the others contradict it,
 * and cites that source too.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const CLOSED_IN_2017 = /^(?:No\. )?In (?:2017|June 2017|summer 2017 \(June to August 2017\)), the front counter at \*\*Woodford Police Station\*\* was closed: it had closed some time in 2013/;
const DISPUTE = /^Sources disagree: a source from June 2017 gave opening hours of Mon–Fri 09:00–17:00, but other sources say the counter closed in 2013\.$/m;

const CASES: string[] = [
  "what were woodford's hours in 2017",
  'woodford hours 2017',
  'what were the opening hours of woodford police station in 2017',
  'was woodford open in 2017',
  'was woodford station open in june 2017',
  'woodford police in summer 2017?? was it open',
  'did woodford have a front counter in 2017',
];

describe('a disputed claim in the past, said many ways', () => {
  for (const say of CASES) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(CLOSED_IN_2017);
      // The contradicted claim comes right after the answer, not only in the card's details.
      expect(text.split('\n\n')[1]).to.match(DISPUTE);
    });
  }

  it('the contradicted source is cited beside the ones the answer rests on', async () => {
    const conversation = new Conversation();
    const text = await conversation.ask('woodford hours in 2017');
    expect(text).to.match(/Guardian Series, Jun 2017/);
    expect(text).to.match(/Ilford Recorder, 2013/);
  });

  it('control: a year with no disputed claim in it does not lead with one', async () => {
    const text = await new Conversation().askText('what were woodford hours in 2019');
    expect(firstLineOf(text)).to.match(/^In 2019, the front counter at \*\*Woodford Police Station\*\* was closed/);
    expect(text.split('\n\n')[1]).to.not.match(DISPUTE);
  });
});
