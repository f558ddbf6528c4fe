/**
 * The future of the counters in general, as residents ask it, through the bot: the Met's estates strategy (the data's
 * own sentence about it, read from resident-facts, with its sources), closures asked of a year or years to come ("are
 * police stations closing in 2027?": what the sources hold of closures ahead), and whether any 24-hour counter will be
 * left ("will there be any 24 hour police stations left": the two open 24 hours now). A housing estate is no strategy.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst, knowledge } from './harness';

const estatesFact = knowledge.data.residentFacts.sections.flatMap((s) => s.facts).find((f) => /\bestates strategy\b/i.test(f.text));
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLOSURES_AHEAD = /^No more front counter closures are decided or proposed, as far as my sources show/;
const TWENTY_FOUR_HOURS = /^Only two front counters are open 24 hours a day since 3 March 2026: \*\*(?:Lewisham|Charing Cross)\*\* and \*\*(?:Lewisham|Charing Cross)\*\*\./;

describe('the estates strategy: the data\'s own sentence about it', () => {
  it('is in the data (resident-facts)', () => expect(estatesFact, 'a resident fact about the estates strategy').to.not.equal(undefined));

  for (const say of ["what's the estates strategy", "what is the met's estates plan", 'tell me about the police estate strategy', 'is the police estate being sold off']) {
    it(say, async () => {
      const first = firstLineOf(await new Conversation().askText(say));
      // The fact's words up to its citation: the reply cites it in its own way.
      expect(first).to.match(new RegExp(`^${escaped(estatesFact!.text.replace(/\s*\(\[.*$|\s*\(.*\)\.?$/, '').slice(0, 60))}`));
    });
  }

  it('a housing estate is not the strategy: "my estate has loads of crime, is brixton open" is about Brixton', async () => {
    expect(firstLineOf(await new Conversation().askText('my estate has loads of crime, is brixton open'))).to.match(/Brixton Police Station/);
  });
});

describe('closures to come, asked of a year or years ahead, and 24-hour counters left', () => {
  itAnswersFirst(
    [
      ['are police stations closing in 2027', /^No front counter closure in 2027 is decided or proposed, as far as my sources show/],
      ['will stations close next year', CLOSURES_AHEAD],
      ['are front counters going to close in the next few years', CLOSURES_AHEAD],
      ['will there be any 24 hour police stations left', TWENTY_FOUR_HOURS],
      ['will there be any 24/7 front counters left in london', TWENTY_FOUR_HOURS],
    ],
    { understood: true },
  );

  it('danger said with the same words still leads with 999', async () => {
    const say = 'will there be any police left, a man is breaking in right now';
    expect999First(await new Conversation().say(say), say);
  });
});
