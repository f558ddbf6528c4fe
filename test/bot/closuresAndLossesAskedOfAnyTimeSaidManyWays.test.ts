/**
 * Closures asked of a part of London or a borough, through the real turn pipeline. "Any closures in south london",
 * "were there closures in east london": what closed there (the past), with what is planned there beside it, not only
 * the closures ahead; words of the future ("any more closures planned") still ask what is ahead. "What did bromley lose
 * in 2017": that borough's closures in that time, counted first (never a "Yes." about its own counter). Danger told with
 * the same words still leads with 999. Facts from data/.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, itAnswersFirst } from './harness';

/** Whether any closed, asked yes or no: "Yes: " before the same count. */
const yes = (re: RegExp): RegExp => new RegExp(`^Yes: ${re.source.slice(1)}`);
const closedIn = (part: string) => new RegExp(`^\\w+ front counters? in ${part} closed (?:on|in|between) `);

describe('closures in a part of London, asked of any time: what closed there, then what is planned', () => {
  itAnswersFirst(
    [
      ['any closures in south london', closedIn('South London')],
      ['were there closures in east london', closedIn('East London')],
      ['have there been any closures in north london', closedIn('North London')],
      ['did any police stations close in west london', yes(closedIn('West London'))],
      ['did anything close in south east london', closedIn('South East London')],
      ['any police station closures in central london?', closedIn('Central London')],
      ['were there any counter closures in north west london', yes(closedIn('North West London'))],
      ['has there been closures in the east end', closedIn('East London')],
    ],
    { understood: true },
  );

  it('says what is planned in that part beside what closed (none, or only reported)', async () => {
    expect(await new Conversation().askText('any closures in south london')).to.match(/No more closures are decided or proposed in South London, as far as my sources show\./);
    expect(await new Conversation().askText('were there closures in east london')).to.match(/Ahead in East London, reported, with no date or decision: \*\*Stratford\*\*\./);
  });

  describe('words of the future still ask only what is ahead', () => {
    itAnswersFirst(
      [
        ['any more closures planned in south london', /^No more front counter closures are decided or proposed/],
        ['are there any future closures in east london', /^No more front counter closures are decided or proposed/],
        ['any closures coming up in north london', /^No more front counter closures are decided or proposed/],
      ],
      { understood: true },
    );
  });
});

describe('what a borough lost in a time named: its closures then, counted first', () => {
  itAnswersFirst(
    [
      ['what did bromley lose in 2017', /^Two front counters in Bromley closed on 17 December 2017 under the 2017 Public Access Strategy \(MOPAC\): Copperfield House \(Penge\) and West Wickham\.$/],
      ['how many counters did tower hamlets lose in 2017', /^Two front counters in Tower Hamlets closed on 14 December 2017 .*: Brick Lane and Limehouse\.$/],
      ['what did hackney lose in the 2017 closures', /^One front counter in Hackney closed on 14 December 2017 .*: Shoreditch\.$/],
      ['which stations did merton lose in 2026', /^Two front counters in Merton closed on 28 February 2026 .*: Mitcham and Wimbledon\.$/],
      ['what did lambeth lose last year', /^No front counter in Lambeth closed in 2025, as far as my sources show\.$/],
      ['what did barnet lose in 2019', /^No front counter in Barnet closed in 2019, as far as my sources show\.$/],
      ['so what did croydon lose back in 2017', /^\w+ front counters? in Croydon closed /],
    ],
    { understood: true },
  );

  it('never begins with a bare "Yes." about the counter that shares the borough\'s name', async () => {
    for (const say of ['what did bromley lose in 2017', 'what did croydon lose in 2017', 'what did hounslow lose in 2026']) {
      expect(await new Conversation().askText(say), say).to.not.match(/^Yes\./);
    }
  });
});

describe('danger told with the same words still leads with 999', function () {
  this.timeout(30_000);
  for (const say of [
    'any closures in south london theres a man with a knife outside my door',
    'what did bromley lose in 2017 someone is breaking in right now',
    'were there closures in east london my neighbour is being attacked',
  ]) {
    it(say, async () => {
      expect999First(await new Conversation().say(say), say);
    });
  }
});
