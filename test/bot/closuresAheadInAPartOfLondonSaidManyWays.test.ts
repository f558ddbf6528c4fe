/**
 * Closures ahead asked of a part of London ("any more closures planned in south london", "are more stations closing in
 * east london"): the first sentence answers for that part, named in it (none there as far as the sources show, or
 * which), and the count of counters is that part's, not London's; a borough named is a part too. Asked without a part,
 * the answer stays London's.
 * On a copy of the data with a closure decided in South East London, that closure leads for the south only.
 */
import { expect } from 'chai';
import { FrontCounterKnowledge } from '../../src/stations';
import { Conversation, firstLineOf, itAnswersFirst, knowledge, THURSDAY_AFTERNOON } from './harness';

const noneIn = (part: string) => new RegExp(`^No more front counter closures are decided or proposed in ${part}, as far as my sources show`);

describe('closures ahead in a part of London, said many ways: answered for that part', () => {
  itAnswersFirst(
    [
      ['any more closures planned in south london', noneIn('South London')],
      ['are more stations closing in east london', noneIn('East London')],
      ['will more police stations close in north london', noneIn('North London')],
      ['are any more stations going to close in west london', noneIn('West London')],
      ['any more closures planned in south east london?', noneIn('South East London')],
      ['are they closing any more counters in north west london', noneIn('North West London')],
      ['any plans to close more police stations in central london', noneIn('Central London')],
      ['whats closing next in east london', noneIn('East London')],
      ['is anything else closing in south london', noneIn('South London')],
      ['will any more close in south london?', noneIn('South London')],
      ['are there plans to close police stations in north london', noneIn('North London')],
      ['is south london losing any more police stations', noneIn('South London')],
      ['more closures coming for east london?', noneIn('East London')],
    ],
    { understood: true },
  );

  it("says how many counters are open in that part, and what is reported there only", async () => {
    const east = await new Conversation().askText('are more stations closing in east london');
    expect(east).to.match(/\n\d+ front counters? (?:is|are) open in East London now/);
    expect(east).to.match(/Reported, with no date or decision: \*\*Stratford\*\*/);
    const south = await new Conversation().askText('any more closures planned in south london');
    expect(south).to.not.match(/Stratford/);
    expect(south).to.not.match(/open in London now/);
  });

  it('asked of a borough: that borough, its count and what is reported there', async () => {
    expect(firstLineOf(await new Conversation().askText('any more closures planned in croydon'))).to.match(noneIn('Croydon'));
    expect(firstLineOf(await new Conversation().askText('are more stations closing in tower hamlets'))).to.match(noneIn('Tower Hamlets'));
    const newham = await new Conversation().askText('will more police stations close in newham');
    expect(firstLineOf(newham)).to.match(noneIn('Newham'));
    expect(newham).to.match(/Reported, with no date or decision: \*\*Stratford\*\*/).and.to.match(/\n1 front counter is open in Newham now/);
    expect(await new Conversation().askText('are any more counters closing in richmond')).to.match(/\nNo front counter is open in Richmond upon Thames now/);
  });

  it('closures in a borough with nothing ahead asked stay what closed there', async () => {
    expect(firstLineOf(await new Conversation().askText('any closures in croydon'))).to.match(/^Since \w+ \d{4}, two front counters closed in \*\*Croydon\*\*/);
  });

  it('asked without a part: the closures ahead of all London, as before', async () => {
    const all = await new Conversation().askText('are any more police stations closing');
    expect(firstLineOf(all)).to.match(/^No more front counter closures are decided or proposed, as far as my sources show/);
    expect(all).to.match(/open in London now/);
  });
});

/** A copy of the data in which a plan of October 2026 decided that Lewisham's counter closes on 1 March 2027. */
function lewishamDueToClose(): FrontCounterKnowledge {
  const data = structuredClone(knowledge.data);
  const plan = { ...data.plans.at(-1)!, id: 'test-2026-plan', proposedOn: '2026-09-01', decidedOn: '2026-10-01' };
  data.plans.push(plan);
  const last = data.events.filter((e) => e.stationId === 'lewisham').at(-1)!;
  const row = { ...last, datePrecision: 'day', dateQualifier: 'on', planId: plan.id, conflict: false } as const;
  data.events.push({ ...row, id: 'ev-99998', date: '2026-10-01', kind: 'decided-close', value: 'close counter' });
  data.events.push({ ...row, id: 'ev-99999', date: '2027-03-01', kind: 'closed', value: 'front counter to close' });
  return new FrontCounterKnowledge(data);
}

describe('a closure decided in a part of London leads for that part only', function () {
  this.timeout(30_000);
  const data = lewishamDueToClose();
  it('south: Lewisham, with its date', async () => {
    const line = firstLineOf(await new Conversation('webchat', THURSDAY_AFTERNOON, 'personal', undefined, data).askText('any more closures planned in south london'));
    expect(line).to.equal('One front counter in South London is due to close: **Lewisham** (1 March 2027).');
  });
  it('north: none there', async () => {
    const line = firstLineOf(await new Conversation('webchat', THURSDAY_AFTERNOON, 'personal', undefined, data).askText('are more stations closing in north london'));
    expect(line).to.match(noneIn('North London'));
  });
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of ['are more stations closing in east london, someone is trying to break in right now', 'any more closures planned in south london? a man is attacking my neighbour']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).to.match(/999/);
    });
  }
});
