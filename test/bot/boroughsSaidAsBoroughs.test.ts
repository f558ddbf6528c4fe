/**
 * A borough named as a borough gets the borough's desks: its open counters, or "no counter in this borough
 * now" with the nearest open elsewhere; a question about one desk asked of a borough with one open counter is
 * answered about that counter; "<name> police station" keeps the counter's own answer. Facts from
 * shared/data/events.csv: Chingford (Waltham Forest) and Twickenham (Richmond upon Thames) closed on
 * 28 Feb 2026; Sutton and Kingston stay open.
 */
import { expect } from 'chai';
import { Conversation } from './harness';

const NO_COUNTER: [string, string][] = [
  ['waltham forest police front desk', 'Waltham Forest'],
  ['waltham forest front counter hours', 'Waltham Forest'],
  ['richmond borough police counter hours', 'Richmond upon Thames'],
  ['what time does the front counter in richmond borough open', 'Richmond upon Thames'],
];

/** The question, the borough, its counter, and the first words ("Yes, " when whether there is one was asked). */
const HAS_COUNTER: [string, string, RegExp, string][] = [
  ['police counters in the borough of Sutton', 'Sutton', /Sutton Police Station/, ''],
  ['is there a front desk in Kingston upon Thames borough', 'Kingston upon Thames', /Kingston Police Station/, 'Yes, '],
];

describe('boroughs said as boroughs: the bot', () => {
  for (const [say, borough] of NO_COUNTER) {
    it(`${say}: no counter in ${borough} now, and the nearest open elsewhere`, async () => {
      const text = await new Conversation('webchat').askText(say);
      expect(text).to.match(new RegExp(`^There is no police front counter in \\*\\*${borough}\\*\\* now\\.`));
      expect(text).to.match(/Nearest open now: \*\*\w+/);
    });
  }
  for (const [say, borough, counter, lead] of HAS_COUNTER) {
    it(`${say}: ${borough}'s counter`, async () => {
      const text = await new Conversation('webchat').askText(say);
      expect(text).to.match(new RegExp(`^${lead}${borough} has one police front counter`));
      expect(text).to.match(counter);
    });
  }
  it('a question about one desk, asked of a borough with one open counter, is answered about that counter', async () => {
    const text = await new Conversation('webchat').askText('sutton borough police desk opening times');
    expect(text).to.match(/^\*\*Sutton Police Station\*\* is open Mon–Fri 10:00–22:00; Sat–Sun 09:00–19:00\./);
    expect(text).to.match(/It is the only front counter open in Sutton\./);
  });
  it('"<name> police station" stays the counter (Chingford, by its alias "Waltham Forest police station")', async () => {
    expect(await new Conversation('webchat').askText('waltham forest police station')).to.match(/^The front counter at \*\*Chingford Police Station\*\* closed/);
    expect(await new Conversation('webchat').askText('sutton police station')).to.match(/^The front counter at \*\*Sutton Police Station\*\* is open/);
  });
});
