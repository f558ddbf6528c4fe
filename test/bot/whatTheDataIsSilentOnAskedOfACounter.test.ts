/**
 * What the data says nothing about, for any counter (appointments, what to bring, ID, complaints, who may come with
 * you), asked of a counter named or of counters in general: that the sources do not say comes first, with where to
 * check; then the counter named (its hours), never its hours alone as if they answered. Its hours asked beside are
 * that question; wheelchair access keeps its own answer. Through the bot.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const CHECK = 'Check met.police.uk or call 101\\.';
const silent = (what: string) => new RegExp(`^My sources don't say ${what}\\. ${CHECK}$`);

describe('what the data is silent on, asked of a counter named: it does not say, then that counter', () => {
  for (const [say, what, name] of [
    ['do i need an appointment at lewisham', 'whether you need an appointment to visit a front counter', 'Lewisham'],
    ['do i have to book before going to ilford police station', 'whether you need an appointment to visit a front counter', 'Ilford'],
    ['what do i need to bring to brixton police station', 'what to bring to a front counter', 'Brixton'],
    ['do they check id at croydon police station', 'whether you need to show ID at a front counter', 'Croydon'],
    ['can my mum come in with me to brixton police station', 'who may come with you to a front counter', 'Brixton'],
    ['can i bring someone with me to ilford police station', 'who may come with you to a front counter', 'Ilford'],
  ] as const) {
    it(say, async () => {
      const text = await new Conversation().askText(say);
      expect(firstLineOf(text)).to.match(silent(what));
      expect(text).to.include(`The front counter at **${name} Police Station** is open`);
      expect(text).not.to.include('tell me your postcode or area');
    });
  }

  it('its hours asked beside are that question', async () => {
    expect(firstLineOf(await new Conversation().askText('is brixton open now, do i need an appointment'))).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
  });
});

describe('who may come with you, asked of counters in general: the sources do not say', () => {
  itAnswersFirst(
    [
      ['can i bring my kid with me to the police station', silent('who may come with you to a front counter')],
      ['are children allowed in the police station', silent('who may come with you to a front counter')],
      ['can i bring my kids to the front counter', silent('who may come with you to a front counter')],
      ['could my support worker come along with me to the front desk', silent('who may come with you to a front counter')],
    ],
    { understood: true },
  );

  it('danger with the same words still leads with 999', async () => {
    const say = 'my friend is being attacked, can i bring her to the police station';
    expect999First(await new Conversation().say(say), say);
  });
});

describe('crime figures and officer numbers: the sources do not cover them', () => {
  itAnswersFirst(
    [
      ["what's the crime rate in hackney", /^My sources don't cover crime figures or police officer numbers/],
      ['tell me about knife crime in lambeth', /^My sources don't cover crime figures or police officer numbers/],
      ['how many police officers are there in london', /^My sources don't cover crime figures or police officer numbers/],
      ['how many officers work at brixton police station', /^My sources don't cover crime figures or police officer numbers/],
      ['how safe is peckham', /^My sources don't cover crime figures or police officer numbers/],
    ],
    { understood: true },
  );

  it('a counter asked beside keeps its answer first, and the building is not a place of crime figures', async () => {
    expect(firstLineOf(await new Conversation().askText('is brixton open, and how bad is crime there'))).to.match(/^Yes, \*\*Brixton Police Station\*\* is open now/);
    expect(firstLineOf(await new Conversation().askText('how safe is it to walk to walworth police station at night'))).to.not.match(/crime figures/);
  });

  it('danger with the same words still leads with 999', async () => {
    const say = 'knife crime happening right now outside my house, a boy is bleeding';
    expect999First(await new Conversation().say(say), say);
  });
});
