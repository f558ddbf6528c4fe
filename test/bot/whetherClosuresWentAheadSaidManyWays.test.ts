/**
 * Whether closures went ahead ("did the february closures actually happen", "were they paused", "called off, is that
 * right?") is answered first by the closures themselves, as the data dates them, with the one unconfirmed report of a
 * pause beside them; a claim the resident heard and checks ("is that right?") is answered about its subject, not
 * about how up to date the bot is.
 */
import { expect } from 'chai';
import { Conversation, firstLineOf } from './harness';

const TEN_CLOSED = /^Ten front counters closed on 28 February 2026 under the 2025 front counter review \(Met\)/;

describe('whether the closures went ahead', function () {
  this.timeout(60_000);
  for (const say of [
    'did the february closures actually happen',
    'were the closures paused',
    'did the closures go ahead in the end',
    'i read the police station closures were called off, is that right',
    'were the cuts reversed',
  ]) {
    it(say, async () => {
      const reply = await new Conversation().ask(say);
      expect(firstLineOf(reply)).to.match(TEN_CLOSED);
      expect(reply).to.match(/Unconfirmed report \(18 February 2026\).*paused/);
    });
  }
  it('a round named by its year is that round', async () => {
    expect(firstLineOf(await new Conversation().askText('did the 2017 closures happen'))).to.match(/^36 front counters closed between 14 December 2017 and January 2018/);
  });
});

describe('a claim heard, checked with "is that right?"', function () {
  this.timeout(60_000);
  it('of a counter: its own answer', async () => {
    expect(firstLineOf(await new Conversation().askText('my mate says ilford is closing, is that true'))).to.match(/^No, the front counter at \*\*Ilford Police Station\*\* is not planned to close/);
    expect(firstLineOf(await new Conversation().askText('someone told me brixton is 24 hours now, is that right'))).to.match(/^No, \*\*Brixton Police Station\*\* is not open 24 hours/);
  });
  it('alone, it is still how up to date the bot is', async () => {
    expect(firstLineOf(await new Conversation().askText('is that right'))).to.match(/^My information was last checked on/);
  });
});

describe('"open or closed?" asked as alternatives: answered without a yes or no', function () {
  this.timeout(60_000);
  for (const [say, expected] of [
    ['is plumstead open or has it closed', /^\*\*Plumstead Police Station\*\* is open now/],
    ['is croydon closed or open on sunday', /^\*\*Croydon Police Station\*\* is open on Sunday/],
    ['lewisham open or not right now', /^\*\*Lewisham Police Station\*\* is open now, 24 hours a day/],
  ] as const) {
    it(say, async () => expect(firstLineOf(await new Conversation().askText(say))).to.match(expected));
  }
  it('"closed on sunday?" alone is still answered no', async () => {
    expect(firstLineOf(await new Conversation().askText('is hounslow closed on sunday'))).to.match(/^No, \*\*Hounslow Police Station\*\* is open on Sunday/);
  });
});
