/**
 * An errand the data names as a use of a front counter (presenting documents, lost property, evidence), asked yes or no
 * at a counter named ("can i produce my licence at brixton police station", "can i hand in a found phone at brixton"):
 * yes, in the data's words for the errand, then whether that counter is open now (was: the counter's hours card, no
 * yes). Whether a thing must be brought there ("do i need to bring proof of insurance to brixton": was the hours card)
 * gets the same without the "Yes" (the data says nothing of need). Controls: a closed counter says it closed; "where can i
 * hand in a found phone in croydon" is still the nearest; with no counter named, the general answer.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

describe('An errand asked yes or no at a counter named: yes, in the data\'s words, then whether it is open now', () => {
  const cases: Array<[string, RegExp]> = [
    ['can i produce my licence at brixton police station', /^Yes: presenting documents is one of the things people go to a police front counter for, and Brixton's \(\*\*Brixton Police Station\*\*\) is open/],
    ['can i produce my documents at hammersmith police station?', /^Yes: presenting documents .* Hammersmith's \(\*\*Hammersmith Police Station\*\*\) is open/],
    ['can i hand in a found phone at brixton', /^Yes: leaving or collecting lost property is one of the things .* Brixton's/],
    ['could i drop off evidence at croydon police station', /^Yes: handing in evidence is one of the things .* Croydon's/],
    ['is it ok to hand in a wallet i found at lewisham police station', /^Yes: leaving or collecting lost property .* Lewisham's \(\*\*Lewisham Police Station\*\*\) is open now, 24 hours a day/],
  ];
  for (const [say, answer] of cases) it(say, async () => expect(await new Conversation().askText(say)).to.match(answer));
});

describe('Whether a thing must be brought to a counter named: what counters are for, no "Yes", then whether it is open', () => {
  for (const say of ['do i need to bring proof of insurance to brixton', 'should i take my licence to lewisham police station', 'do i have to bring my insurance documents to croydon police station']) {
    it(say, async () => expect(await new Conversation().askText(say)).to.match(/^Presenting documents is one of the things people go to a police front counter for, and \w+'s \(\*\*\w+ Police Station\*\*\) is open/));
  }
});

describe('Controls', () => {
  it('a closed counter named: it closed, and where to go', async () => {
    expect(await new Conversation().askText('can i hand in a found wallet at holborn police station')).to.match(/^The front counter at \*\*Holborn Police Station\*\* closed/);
  });
  it('"where can i hand in a found phone in croydon": the nearest counter', async () => {
    expect(await new Conversation().askText('where can i hand in a found phone in croydon')).to.match(/^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/);
  });
  it('no counter named: the general answer', async () => {
    expect(await new Conversation().askText('can i hand in a found wallet')).to.match(/^You can do that at a police front counter/);
  });
  it('"i found a purse in brixton, where should i take it": the nearest, not what to bring', async () => {
    expect(await new Conversation().askText('i found a purse in brixton, where should i take it')).to.match(/^The nearest front counter to Brixton is/);
  });
  it('"is brixton open, i need to produce my licence": whether Brixton is open', async () => {
    expect(await new Conversation().askText('is brixton open, i need to produce my licence')).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });
});
